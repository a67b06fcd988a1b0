package nl.nvp.goedegesprek.support;

import nl.nvp.goedegesprek.trajectory.TrajectoryForms;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Every module's {@link FormCatalogue}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ TrajectoryForms.class })
public class FormCatalogues {

}
