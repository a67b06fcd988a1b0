package nl.nvp.goedegesprek.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.plan.PlanVersions;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SentTwice;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The action plan's forms sent from two tabs at once (decision 28): one action per title
 * and topic, one national action per title, the first save of the plan never a server
 * error, and adopting the adopted version again changes nothing. Races can pass by luck,
 * so each is tried several times.
 */
@IntegrationTest
class ActionPlanTwoTabsTest {

	private static final int ATTEMPTS = 5;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SentTwice sentTwice;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private PlanVersions versions;

	@Autowired
	private JdbcClient jdbc;

	private record Running(long trajectory, AccountPrincipal coordinator, long topic) {
	}

	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Twee tabs " + UUID.randomUUID(), coordinator.id());
		return new Running(trajectory, coordinator,
				this.harvest.choose(trajectory, coordinator, "Transparantie").get(0));
	}

	/** The same form sent at once from two pages of one session. */
	private List<MockHttpServletResponse> fromTwoPages(String page, RequestPostProcessor who,
			Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		SentTwice.Page first = this.sentTwice.open(page, who);
		SentTwice.Page second = this.sentTwice.open(page, who, first.session());
		return this.sentTwice.atOnce(() -> first.from(request.get()).with(who),
				() -> second.from(request.get()).with(who));
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void theSameActionFromTwoTabsIsMadeOnceAndTheSecondHearsTheTitleIsTaken() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Running running = running();
			String base = "/trajecten/" + running.trajectory();
			List<MockHttpServletResponse> answers = fromTwoPages(base + "/acties/nieuw", user(running.coordinator()),
					() -> post(base + "/acties").param("topicId", String.valueOf(running.topic()))
						.param("title", "Een buddy voor elk pleegkind")
						.param("ownerOrganisation", "Pleegzorg Gelderland")
						.param("status", "AGREED")
						.param("scope", "REGIONAL"));

			assertThat(answers).extracting(MockHttpServletResponse::getStatus).allMatch((status) -> status < 500);
			assertThat(count("select count(*) from improvement_action where trajectory_id = ?", running.trajectory()))
				.isEqualTo(1);
			assertThat(answers).anySatisfy((answer) -> assertThat(answer.getContentAsString())
				.contains("Dit onderwerp heeft al een actie met deze titel"));
		}
	}

	@Test
	void anActionTitleIsTakenPerTopicInAnyCase() throws Exception {
		Running running = running();
		long other = this.harvest
			.choose(running.trajectory(), running.coordinator(), "Transparantie", "Perspectiefbepaling")
			.get(1);
		this.actionPlan.action(running.trajectory(), running.coordinator(), running.topic(), "Buddy", null);
		String base = "/trajecten/" + running.trajectory();

		String page = this.mvc
			.perform(post(base + "/acties").with(csrf())
				.with(user(running.coordinator()))
				.param("topicId", String.valueOf(running.topic()))
				.param("title", " buddy ")
				.param("ownerOrganisation", "NVP")
				.param("status", "AGREED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("error-summary").contains("Dit onderwerp heeft al een actie met deze titel");
		// Under another topic the same title is another action.
		this.actionPlan.action(running.trajectory(), running.coordinator(), other, "Buddy", null);
		assertThat(count("select count(*) from improvement_action where trajectory_id = ?", running.trajectory()))
			.isEqualTo(2);
	}

	@Test
	void theSameNationalActionFromTwoTabsIsMadeOnce() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			AccountPrincipal nvp = this.accounts.create(Role.NATIONAL_COORDINATOR);
			String title = "Landelijk twee tabs " + UUID.randomUUID();
			List<MockHttpServletResponse> answers = fromTwoPages("/landelijke-acties", user(nvp),
					() -> post("/landelijke-acties").param("title", title));

			assertThat(answers).extracting(MockHttpServletResponse::getStatus).allMatch((status) -> status < 500);
			assertThat(count("select count(*) from national_action where title = ?", title)).isEqualTo(1);
			assertThat(answers).anySatisfy((answer) -> assertThat(answer.getContentAsString())
				.contains("Er is al een landelijke actie met deze titel"));
		}
	}

	@Test
	void theFirstSaveOfThePlanFromTwoTabsIsSavedOnceWithoutAnError() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Running running = running();
			String base = "/trajecten/" + running.trajectory() + "/actieplan";
			List<MockHttpServletResponse> answers = fromTwoPages(base, user(running.coordinator()),
					() -> post(base).param("introduction", "Samen aan de slag.").param("version", "0"));

			assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
			assertThat(answers).extracting((answer) -> answer.getHeader("Location")).containsOnly(base);
			assertThat(this.jdbc.sql("select introduction from action_plan where trajectory_id = ?")
				.param(running.trajectory())
				.query(String.class)
				.single()).isEqualTo("Samen aan de slag.");
		}
	}

	@Test
	void anOutOfDateSaveWithOtherTextIsStillRefused() throws Exception {
		Running running = running();
		String base = "/trajecten/" + running.trajectory() + "/actieplan";
		this.mvc.perform(post(base).with(csrf())
			.with(user(running.coordinator()))
			.param("introduction", "Eerste tekst.")
			.param("version", "0"));

		String page = this.mvc
			.perform(post(base).with(csrf())
				.with(user(running.coordinator()))
				.param("introduction", "Andere tekst.")
				.param("version", "0"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Iemand anders heeft het actieplan net gewijzigd");
		assertThat(this.jdbc.sql("select introduction from action_plan where trajectory_id = ?")
			.param(running.trajectory())
			.query(String.class)
			.single()).isEqualTo("Eerste tekst.");
	}

	@Test
	void adoptingTheAdoptedVersionAgainChangesNothing() throws Exception {
		Running running = running();
		this.actionPlan.action(running.trajectory(), running.coordinator(), running.topic(), "Buddy",
				TestClock.today().plusMonths(1));
		long version = this.actionPlan.submitPlan(running.trajectory(), running.coordinator());
		this.versions.adopt(running.trajectory(), version, running.coordinator());
		String adoptedAt = this.jdbc.sql("select adopted_at::text from plan_version where id = ?")
			.param(version)
			.query(String.class)
			.single();

		this.versions.adopt(running.trajectory(), version, running.coordinator());

		assertThat(this.jdbc.sql("select adopted_at::text from plan_version where id = ?")
			.param(version)
			.query(String.class)
			.single()).isEqualTo(adoptedAt);
		assertThat(count("select count(*) from plan_version where trajectory_id = ? and status = 'ADOPTED'",
				running.trajectory()))
			.isEqualTo(1);
	}

}
