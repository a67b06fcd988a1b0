package nl.nvp.goedegesprek.support;

import java.util.List;

/**
 * The state-changing forms of one module, for the double-submit test (web/
 * EveryFormSentTwiceTest): each module's test package has one, registered in
 * {@link FormCatalogues}.
 */
public interface FormCatalogue {

	List<FormCase> forms();

}
