package nl.nvp.goedegesprek.harvest.hostlink;

import nl.nvp.goedegesprek.privacy.LinkLabels;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table hosts' links whose label holds the person's name, for a data request that gives a
 * name. Erasing takes the name out of the label; the link and the harvest entered with it
 * stay.
 */
@Component
@Order(30)
class HostLinkPersonalData extends LinkLabels {

	HostLinkPersonalData(JdbcClient jdbc) {
		super(jdbc, "harvest_entry_link", "hostLink");
	}

}
