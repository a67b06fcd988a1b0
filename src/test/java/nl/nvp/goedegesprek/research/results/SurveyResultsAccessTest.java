package nl.nvp.goedegesprek.research.results;

import java.nio.charset.StandardCharsets;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who reads survey results once a coordinator has published them (the authorization
 * matrix covers the time before): the region's policymakers read results and report, but
 * never the open answers or the export; other regions still find nothing. What the CSV
 * export holds is checked in {@link SurveyPaddingTest}.
 */
@IntegrationTest
class SurveyResultsAccessTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Test
	void publishedResultsReachTheRegionsPolicymakersButNotTheOpenAnswers() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ09");
		long trajectory = this.trajectories.createRunning("JZ09", "Gepubliceerd", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		this.research.answer(survey, Audience.FOSTER_FAMILIES, 2, "Geheim antwoord");
		AccountPrincipal own = this.accounts.create(Role.POLICYMAKER, "JZ09");
		AccountPrincipal other = this.accounts.create(Role.POLICYMAKER, "JZ10");
		String base = "/trajecten/" + trajectory;

		assertThat(status(base + "/vragenlijst/resultaten", own)).isEqualTo(403);
		assertThat(status(base + "/onderzoek/rapport.pdf", own)).isEqualTo(403);
		this.research.publish(trajectory, coordinator);

		assertThat(status(base + "/vragenlijst/resultaten", own)).isEqualTo(200);
		assertThat(status(base + "/onderzoek", own)).isEqualTo(200);
		assertThat(status(base + "/onderzoek/rapport.pdf", own)).isEqualTo(200);
		assertThat(body(base + "/vragenlijst/resultaten", own)).doesNotContain("Geheim antwoord")
			.contains("Te weinig antwoorden om te tonen");
		assertThat(status(base + "/vragenlijst/open-antwoorden", own)).isEqualTo(403);
		assertThat(status(base + "/vragenlijst/antwoorden.csv", own)).isEqualTo(403);
		assertThat(status(base + "/vragenlijst", own)).isEqualTo(403);
		assertThat(status(base + "/vragenlijst/resultaten", other)).isEqualTo(404);
		assertThat(status(base + "/onderzoek", other)).isEqualTo(404);
	}

	private int status(String path, AccountPrincipal who) throws Exception {
		return this.mvc.perform(get(path).with(user(who))).andReturn().getResponse().getStatus();
	}

	private String body(String path, AccountPrincipal who) throws Exception {
		return this.mvc.perform(get(path).with(user(who)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
