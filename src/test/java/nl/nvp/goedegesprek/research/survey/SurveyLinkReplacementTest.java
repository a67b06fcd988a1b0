package nl.nvp.goedegesprek.research.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.Concurrently;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A coordinator replaces an audience's survey link (issue 10, decision 26): the old link
 * answers 410 Gone with a kind page and takes no answers, the new one works at once, the
 * answers given stay, the other audiences keep their links, and only the people who run
 * the trajectory may do it. Twice at once leaves one new link; an answer that waited for
 * the replacement is not saved through the old link.
 */
@IntegrationTest
class SurveyLinkReplacementTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private Surveys surveys;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	private static String page(long trajectory, Audience audience) {
		return "/trajecten/" + trajectory + "/vragenlijst/nieuwe-link/" + audience.slug();
	}

	private MockHttpServletRequestBuilder replace(long trajectory, Audience audience, String token,
			AccountPrincipal who) {
		return post(page(trajectory, audience)).with(csrf()).with(user(who)).param("link", SecretToken.sha256(token));
	}

	/** The flash attributes (a FlashMap is both a map and comparable). */
	private static Map<String, Object> flash(MvcResult result) {
		return result.getFlashMap();
	}

	private long responses(long surveyId) {
		return this.jdbc.sql("select count(*) from survey_response where survey_id = ?")
			.param(surveyId)
			.query(Long.class)
			.single();
	}

	private long endedLinks(long surveyId) {
		return this.jdbc.sql("select count(*) from survey_link_ended where survey_id = ?")
			.param(surveyId)
			.query(Long.class)
			.single();
	}

	@Test
	void aReplacedLinkEndsAtOnceWithAKindPageWhileTheNewLinkAndTheAnswersStay() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ20");
		long trajectory = this.trajectories.createRunning("JZ20", "Link in de verkeerde groepsapp", coordinator.id());
		ResearchFixtures.Created before = this.research.openSurvey(trajectory, coordinator);
		String old = before.token(Audience.FOSTER_FAMILIES);
		this.research.answer(before, Audience.FOSTER_FAMILIES, 4, "Fijn contact.");
		this.research.answer(before, Audience.FOSTER_FAMILIES, 2, null);

		// The confirmation says what will happen, with the link that stops.
		String confirmation = this.mvc.perform(get(page(trajectory, Audience.FOSTER_FAMILIES)).with(user(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmation).contains("Nieuwe link maken voor Pleeggezinnen?", "/vragenlijst/" + old,
				"werken meteen niet meer", "blijven bewaard", "value=\"" + SecretToken.sha256(old) + "\"");

		MvcResult replaced = this.mvc.perform(replace(trajectory, Audience.FOSTER_FAMILIES, old, coordinator))
			.andReturn();
		assertThat(replaced.getResponse().getRedirectedUrl()).isEqualTo("/trajecten/" + trajectory + "/vragenlijst");
		assertThat(flash(replaced)).containsEntry("flashMessage", "survey.link.replaced")
			.containsEntry("replacedAudience", Audience.FOSTER_FAMILIES);

		ResearchFixtures.Created after = this.research.created(trajectory);
		String fresh = after.token(Audience.FOSTER_FAMILIES);
		assertThat(fresh).isNotEqualTo(old);
		// The other audiences keep their links.
		for (Audience audience : Audience.values()) {
			if (audience != Audience.FOSTER_FAMILIES) {
				assertThat(after.token(audience)).as(audience.name()).isEqualTo(before.token(audience));
			}
		}
		// Only the hash of the old link is kept; the raw token is gone.
		assertThat(this.jdbc.sql("select token_hash, audience, ended_by from survey_link_ended where survey_id = ?")
			.param(before.surveyId())
			.query()
			.listOfRows())
			.containsExactly(Map.of("token_hash", SecretToken.sha256(old), "audience", "FOSTER_FAMILIES", "ended_by",
					coordinator.id()));
		assertThat(
				this.jdbc.sql("select count(*) from survey_link where token = ?").param(old).query(Long.class).single())
			.isZero();

		// The old link: 410 Gone, a kind page that names no survey, on every route.
		MockHttpServletResponse gone = this.mvc.perform(get("/vragenlijst/" + old)).andReturn().getResponse();
		assertThat(gone.getStatus()).isEqualTo(410);
		assertThat(gone.getContentAsString())
			.contains("Deze link werkt niet meer",
					"Vraag dan de nieuwe link aan de persoon of organisatie die u deze link stuurde",
					"Dan zijn uw antwoorden bewaard")
			.doesNotContain("Vragenlijst</h1>", "Versturen");
		assertThat(this.mvc.perform(get("/vragenlijst/" + old + "/bedankt")).andReturn().getResponse().getStatus())
			.isEqualTo(410);
		MockHttpServletResponse english = this.mvc.perform(get("/vragenlijst/" + old).param("taal", "en"))
			.andReturn()
			.getResponse();
		assertThat(english.getStatus()).isEqualTo(410);
		assertThat(english.getContentAsString()).contains("This link no longer works");
		// It takes no answers, also not from a form opened before it ended.
		long answered = responses(before.surveyId());
		MockHttpServletResponse late = this.mvc
			.perform(post("/vragenlijst/" + old).with(csrf())
				.param("q" + before.questionIds().get(0), "3")
				.param("q" + before.questionIds().get(2), "3"))
			.andReturn()
			.getResponse();
		assertThat(late.getStatus()).isEqualTo(410);
		assertThat(responses(before.surveyId())).isEqualTo(answered).isEqualTo(2);
		// A link that never existed is still simply not found.
		assertThat(this.mvc.perform(get("/vragenlijst/" + SecretToken.generate().value()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);

		// The new link works at once; the answers given before are still there.
		assertThat(this.mvc.perform(get("/vragenlijst/" + fresh)).andReturn().getResponse().getStatus()).isEqualTo(200);
		this.research.answer(after, Audience.FOSTER_FAMILIES, 5, "Via de nieuwe link.");
		assertThat(responses(before.surveyId())).isEqualTo(3);
		this.research.answer(after, Audience.PARENTS, 3, null);

		// The survey page shows the new link and when the old one stopped. (MockMvc keeps
		// flash attributes in its own session, not in the PostgreSQL one.)
		String overview = this.mvc
			.perform(get("/trajecten/" + trajectory + "/vragenlijst").with(user(coordinator)).with((request) -> {
				request.setAttribute(SessionRepositoryFilter.class.getName() + ".FILTERED", Boolean.TRUE);
				return request;
			}).flashAttrs(flash(replaced)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview)
			.contains("/vragenlijst/" + fresh, "Nieuwe link. Deel deze link", "Vorige link gestopt op",
					"Nieuwe link maken voor Ouders")
			.doesNotContain("/vragenlijst/" + old);
	}

	@Test
	void aChildsOldLinkSaysItInSimpleWords() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ20");
		long trajectory = this.trajectories.createRunning("JZ20", "Kinderlink", coordinator.id());
		String old = this.research.openSurvey(trajectory, coordinator).token(Audience.CHILDREN);
		this.mvc.perform(replace(trajectory, Audience.CHILDREN, old, coordinator));
		MockHttpServletResponse gone = this.mvc.perform(get("/vragenlijst/" + old)).andReturn().getResponse();
		assertThat(gone.getStatus()).isEqualTo(410);
		assertThat(gone.getContentAsString()).contains("Deze link doet het niet meer", "child-survey",
				"Vraag de nieuwe link aan wie jou deze link gaf");
	}

	@Test
	void onlyThePeopleWhoRunTheTrajectoryReplaceItsLinks() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ21");
		long trajectory = this.trajectories.createRunning("JZ21", "Alleen de eigen coördinator", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		String token = survey.token(Audience.PROFESSIONALS);
		Map<AccountPrincipal, Integer> refused = Map.of(this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ22"), 404,
				this.accounts.create(Role.POLICYMAKER, "JZ22"), 404, this.accounts.create(Role.POLICYMAKER, "JZ21"),
				403, this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ21"), 403);
		for (Map.Entry<AccountPrincipal, Integer> who : refused.entrySet()) {
			assertThat(this.mvc.perform(get(page(trajectory, Audience.PROFESSIONALS)).with(user(who.getKey())))
				.andReturn()
				.getResponse()
				.getStatus()).as("confirmation for %s", who.getKey().getUsername()).isEqualTo(who.getValue());
			assertThat(this.mvc.perform(replace(trajectory, Audience.PROFESSIONALS, token, who.getKey()))
				.andReturn()
				.getResponse()
				.getStatus()).as("replacing as %s", who.getKey().getUsername()).isEqualTo(who.getValue());
		}
		assertThat(this.mvc
			.perform(post(page(trajectory, Audience.PROFESSIONALS)).with(csrf())
				.param("link", SecretToken.sha256(token)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).contains("/inloggen");
		// Without the form's CSRF token nothing happens either.
		assertThat(this.mvc
			.perform(post(page(trajectory, Audience.PROFESSIONALS)).with(user(coordinator))
				.param("link", SecretToken.sha256(token)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.research.created(trajectory).token(Audience.PROFESSIONALS)).isEqualTo(token);
		assertThat(endedLinks(survey.surveyId())).isZero();
		// A national coordinator may.
		this.mvc.perform(
				replace(trajectory, Audience.PROFESSIONALS, token, this.accounts.create(Role.NATIONAL_COORDINATOR)));
		assertThat(this.research.created(trajectory).token(Audience.PROFESSIONALS)).isNotEqualTo(token);
	}

	@Test
	void aLinkThatChangedMeanwhileOrAClosedSurveyChangesNothing() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ21");
		long trajectory = this.trajectories.createRunning("JZ21", "Onbekende link en gesloten", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		String token = survey.token(Audience.POLICYMAKERS);

		MvcResult unknown = this.mvc.perform(replace(trajectory, Audience.POLICYMAKERS, "onbekend", coordinator))
			.andReturn();
		assertThat(flash(unknown)).containsEntry("flashError", "survey.link.unknown");
		// The hash of another audience's link does not replace this one.
		MvcResult other = this.mvc
			.perform(replace(trajectory, Audience.POLICYMAKERS, survey.token(Audience.PARENTS), coordinator))
			.andReturn();
		assertThat(flash(other)).containsEntry("flashError", "survey.link.unknown");
		assertThat(this.mvc.perform(get(page(trajectory, Audience.POLICYMAKERS) + "x").with(user(coordinator)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);

		this.research.close(trajectory, coordinator);
		assertThat(this.mvc.perform(get(page(trajectory, Audience.POLICYMAKERS)).with(user(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("De vragenlijst is gesloten.").doesNotContain("Ja, nieuwe link maken");
		MvcResult closed = this.mvc.perform(replace(trajectory, Audience.POLICYMAKERS, token, coordinator)).andReturn();
		assertThat(flash(closed)).containsEntry("flashError", "survey.rule.closedForGood");
		assertThat(this.research.created(trajectory).tokens()).isEqualTo(survey.tokens());
		assertThat(endedLinks(survey.surveyId())).isZero();
		assertThat(this.mvc.perform(get("/trajecten/" + trajectory + "/vragenlijst").with(user(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Nieuwe link maken");
	}

	@Test
	void sentTwiceAtTheSameMomentOneNewLinkRemains() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ23");
		long trajectory = this.trajectories.createRunning("JZ23", "Dubbelklik", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		String old = survey.token(Audience.FOSTER_FAMILIES);

		List<Integer> statuses = Concurrently.twice(this.mvc,
				() -> replace(trajectory, Audience.FOSTER_FAMILIES, old, coordinator));

		assertThat(statuses).containsExactly(302, 302);
		assertThat(endedLinks(survey.surveyId())).isEqualTo(1);
		String fresh = this.research.created(trajectory).token(Audience.FOSTER_FAMILIES);
		assertThat(fresh).isNotEqualTo(old);
		assertThat(this.mvc.perform(get("/vragenlijst/" + fresh)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/vragenlijst/" + old)).andReturn().getResponse().getStatus()).isEqualTo(410);
		// Sent again later, the same form says it was done and changes nothing.
		MvcResult again = this.mvc.perform(replace(trajectory, Audience.FOSTER_FAMILIES, old, coordinator)).andReturn();
		assertThat(flash(again)).containsEntry("flashMessage", "survey.link.alreadyReplaced");
		assertThat(this.research.created(trajectory).token(Audience.FOSTER_FAMILIES)).isEqualTo(fresh);
		assertThat(endedLinks(survey.surveyId())).isEqualTo(1);
	}

	/**
	 * An answer through the old link that was being saved when the link was replaced: the
	 * replacement holds the survey row, the answer waits for it and then finds its link
	 * ended, so it saves nothing. The order is forced with a third transaction that holds
	 * the row until both wait.
	 */
	@Test
	void anAnswerThatWaitedForTheReplacementIsNotSavedThroughTheOldLink() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ23");
		long trajectory = this.trajectories.createRunning("JZ23", "Antwoord tijdens vervangen", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		String old = survey.token(Audience.FOSTER_FAMILIES);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			long holderPid;
			try (ResultSet pid = holder.createStatement().executeQuery("select pg_backend_pid()")) {
				pid.next();
				holderPid = pid.getLong(1);
			}
			try (PreparedStatement lock = holder.prepareStatement("select id from survey where id = ? for update")) {
				lock.setLong(1, survey.surveyId());
				lock.executeQuery().close();
			}
			Future<Survey.LinkReplacement> replacing = pool.submit(() -> this.surveys.replaceLink(trajectory,
					Audience.FOSTER_FAMILIES, SecretToken.sha256(old), coordinator));
			awaitWaiting(holderPid, 1);
			Future<?> answering = pool
				.submit(() -> this.research.answer(survey, Audience.FOSTER_FAMILIES, 3, "Net op tijd?"));
			awaitWaiting(holderPid, 2);
			holder.rollback();

			assertThat(replacing.get(30, TimeUnit.SECONDS)).isEqualTo(Survey.LinkReplacement.REPLACED);
			assertThatThrownBy(() -> answering.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFoundException.class);
		}
		finally {
			pool.shutdown();
		}
		assertThat(responses(survey.surveyId())).isZero();
	}

	/**
	 * Until this many sessions of the test database wait for a lock, besides the one
	 * holding it (asked on another connection: a transaction sees pg_stat_activity as it
	 * was at its first look).
	 */
	private void awaitWaiting(long holderPid, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.jdbc.sql("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock' and pid <> ?""")
			.param(holderPid)
			.query(Long.class)
			.single() < count) {
			assertThat(System.nanoTime()).as("%d sessions waiting for a lock", count).isLessThan(deadline);
			Thread.sleep(10);
		}
	}

}
