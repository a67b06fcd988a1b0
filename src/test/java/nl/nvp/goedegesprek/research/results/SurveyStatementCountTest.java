package nl.nvp.goedegesprek.research.results;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Result pages count in the database: they cost the same number of statements with one
 * answer or with many.
 */
@IntegrationTest
class SurveyStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void resultPagesCostTheSameWithFewOrManyAnswers() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ07");
		long few = this.trajectories.createRunning("JZ07", "Weinig antwoorden", coordinator.id());
		long many = this.trajectories.createRunning("JZ07", "Veel antwoorden", coordinator.id());
		ResearchFixtures.Created fewSurvey = this.research.openSurvey(few, coordinator);
		ResearchFixtures.Created manySurvey = this.research.openSurvey(many, coordinator);
		this.research.answer(fewSurvey, Audience.FOSTER_FAMILIES, 1, "Eerste");
		for (Audience audience : Audience.values()) {
			for (int i = 0; i < 7; i++) {
				this.research.answer(manySurvey, audience, i % 5 + 1, "Antwoord " + i);
			}
		}
		// Results and open answers are read once the survey is closed.
		this.research.close(few, coordinator);
		this.research.close(many, coordinator);
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		for (String page : List.of("/vragenlijst", "/vragenlijst/resultaten", "/vragenlijst/open-antwoorden",
				"/onderzoek")) {
			assertThat(statements.forPage(this.mvc, "/trajecten/" + many + page, coordinator)).as(page)
				.isEqualTo(statements.forPage(this.mvc, "/trajecten/" + few + page, coordinator))
				.isPositive();
		}
		// Policymakers read the published results at the same cost.
		this.research.publish(few, coordinator);
		this.research.publish(many, coordinator);
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ07");
		for (String page : List.of("/vragenlijst/resultaten", "/onderzoek")) {
			assertThat(statements.forPage(this.mvc, "/trajecten/" + many + page, policymaker)).as(page)
				.isEqualTo(statements.forPage(this.mvc, "/trajecten/" + few + page, policymaker));
		}
	}

}
