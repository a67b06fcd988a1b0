package nl.nvp.goedegesprek.project.dialogue;

import nl.nvp.goedegesprek.privacy.LinkLabels;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dialogue facilitators' links whose label holds the person's name (a first name, say),
 * for a data request that gives a name. Erasing takes the name out of the label; the link
 * and the remarks entered with it stay.
 */
@Component
@Order(31)
class FacilitatorLinkPersonalData extends LinkLabels {

	FacilitatorLinkPersonalData(JdbcClient jdbc) {
		super(jdbc, "facilitator_link", "facilitatorLink");
	}

}
