package nl.nvp.goedegesprek.web;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * While the public address is not set, the start page tells national coordinators which
 * address links use now; with it set, nobody sees a warning (issue 15). This application
 * runs without the address.
 */
@IntegrationTest
@TestPropertySource(properties = "goedegesprek.base-url=")
class PublicAddressWarningTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Test
	void aNationalCoordinatorSeesWhichAddressLinksUseNow() throws Exception {
		String page = home(Role.NATIONAL_COORDINATOR);
		assertThat(page).contains("public-address-missing")
			.contains("Links in e-mails beginnen nu met http://localhost:8080 en werken dus niet voor deelnemers.");
	}

	@Test
	void otherRolesDoNotSeeTheWarning() throws Exception {
		assertThat(home(Role.REGIONAL_COORDINATOR)).doesNotContain("public-address-missing");
		assertThat(home(Role.POLICYMAKER)).doesNotContain("public-address-missing");
	}

	@Test
	void withTheAddressSetThereIsNothingToWarnAbout() {
		ExtendedModelMap model = new ExtendedModelMap();
		new PublicPagesController(new PublicUrls("https://goedegesprek.nvp.nl"), null, null).home(null, model);
		assertThat(model.containsAttribute("publicAddressInUse")).isFalse();
	}

	private String home(Role role) throws Exception {
		return this.mvc.perform(get("/").with(user(this.accounts.create(role))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
