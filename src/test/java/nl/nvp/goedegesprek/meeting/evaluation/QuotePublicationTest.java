package nl.nvp.goedegesprek.meeting.evaluation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.PublishedQuote;
import nl.nvp.goedegesprek.meeting.PublishedQuotes;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Quotes of participants on the public pages (decision 43): a coordinator who runs the
 * trajectory publishes a quote they saw and takes it back; a quote the participant
 * changes drops out; a quote the participant takes back, or whose registration is erased,
 * is gone from the database and every page; two publishes at once leave one state.
 */
@IntegrationTest
class QuotePublicationTest {

	/**
	 * Each test its own text: the region page shows the quotes of every test in the
	 * region.
	 */
	private final String quote = "Ik kwam meer dingen te weten en kon mijn stem laten horen (" + UUID.randomUUID()
			+ ").";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PublishedQuotes published;

	@Autowired
	private QuoteSelection selection;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	private AccountPrincipal coordinator;

	private long trajectory;

	private long meeting;

	private MeetingFixtures.Quoted quoted;

	@BeforeEach
	void aMeetingWithAQuote() {
		this.coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ24");
		this.trajectory = this.trajectories.createRunning("JZ24", "Citaten", this.coordinator.id());
		this.meeting = this.meetings
			.create(this.trajectory, "Dialoog gisteren", 30, Map.of(), TestClock.today().minusDays(1))
			.id();
		this.quoted = this.meetings.quoted(this.meeting, "Kim", ParticipantRole.FOSTER_CHILD, this.quote);
	}

	private String results() throws Exception {
		return this.mvc.perform(get("/bijeenkomsten/" + this.meeting + "/evaluaties").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions publishing(long meeting, AccountPrincipal who, String seen) throws Exception {
		return this.mvc.perform(post(
				"/bijeenkomsten/" + meeting + "/evaluaties/citaten/" + this.quoted.registrationId() + "/publiceren")
			.with(csrf())
			.with(user(who))
			.param("gezien", seen));
	}

	private void publish(AccountPrincipal who, String seen) throws Exception {
		publishing(this.meeting, who, seen).andExpect(status().is3xxRedirection());
	}

	private Map<String, Object> row() {
		return this.jdbc.sql("""
				select quote, quote_consent, quote_published_at, quote_published_by, score
				from meeting_evaluation where registration_id = ?""")
			.param(this.quoted.registrationId())
			.query()
			.singleRow();
	}

	private void evaluate(String text) throws Exception {
		this.mvc
			.perform(post("/aanmelding/" + this.quoted.token() + "/evaluatie").with(csrf())
				.param("score", "5")
				.param("quote", text)
				.param("quoteConsent", "true"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aCoordinatorPublishesAQuoteWithTheRoleOnlyAndWhoAndWhenAreKept() throws Exception {
		assertThat(results()).contains(this.quote).contains("Niet gepubliceerd").contains("Nog geen citaten gekozen.");
		assertThat(this.published.forTrajectory(this.trajectory)).isEmpty();

		publish(this.coordinator, this.quoted.seen());

		assertThat(row().get("quote_published_by")).isEqualTo(this.coordinator.id());
		assertThat(row().get("quote_published_at")).isNotNull();
		assertThat(this.published.forTrajectory(this.trajectory)).containsExactly(new PublishedQuote(this.quote,
				ParticipantRole.FOSTER_CHILD, this.trajectory, TestClock.today().minusDays(1)));
		assertThat(this.published.forTrajectories(List.of(this.trajectory, 987654321L))).hasSize(1);
		assertThat(this.published.recent(1)).extracting(PublishedQuote::trajectoryId).containsExactly(this.trajectory);
		// The preview shows it as the public pages will: the role in brackets, no name.
		String page = results();
		assertThat(page).contains("Gepubliceerd op").contains("(pleegkind)").doesNotContain("Kim");
		// The region's page shows it under its trajectory.
		String region = this.mvc.perform(get("/overzicht/regios/JZ24").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(region).contains("Citaten van deelnemers").contains(this.quote).contains("(pleegkind)");
		// Sent again (a second click): the same state, the first time kept.
		Object first = row().get("quote_published_at");
		publish(this.coordinator, this.quoted.seen());
		assertThat(row().get("quote_published_at")).isEqualTo(first);
	}

	@Test
	void aCoordinatorTakesAPublishedQuoteBack() throws Exception {
		publish(this.coordinator, this.quoted.seen());
		this.mvc
			.perform(post("/bijeenkomsten/" + this.meeting + "/evaluaties/citaten/" + this.quoted.registrationId()
					+ "/niet-publiceren")
				.with(csrf())
				.with(user(this.coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "evaluation.results.quote.unpublished"));
		assertThat(row().get("quote_published_at")).isNull();
		assertThat(row().get("quote_published_by")).isNull();
		assertThat(row().get("quote")).isEqualTo(this.quote);
		assertThat(this.published.forTrajectory(this.trajectory)).isEmpty();
	}

	@Test
	void aQuoteTheParticipantChangesIsNoLongerPublishedUntilChosenAgain() throws Exception {
		publish(this.coordinator, this.quoted.seen());
		// The same text saved again (another score): still published.
		evaluate(this.quote);
		assertThat(this.published.forTrajectory(this.trajectory)).hasSize(1);

		evaluate("Iets heel anders.");
		assertThat(row().get("quote_published_at")).isNull();
		assertThat(row().get("quote_published_by")).isNull();
		assertThat(this.published.forTrajectory(this.trajectory)).isEmpty();
		assertThat(results()).contains("Iets heel anders.").contains("Niet gepubliceerd");
	}

	@Test
	void aCoordinatorNeverPublishesTextTheyDidNotSee() throws Exception {
		// The page showed the first text; the participant changed it before the click.
		evaluate("Iets heel anders.");
		publishing(this.meeting, this.coordinator, this.quoted.seen()).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "evaluation.results.quote.changed"));
		assertThat(row().get("quote_published_at")).isNull();
		// Without the hash, or with nonsense, neither.
		publish(this.coordinator, "");
		publish(this.coordinator, "'; drop table meeting_evaluation; --");
		assertThat(row().get("quote_published_at")).isNull();
	}

	@Test
	void theParticipantTakesTheirQuoteBackAndItIsGoneEverywhere() throws Exception {
		publish(this.coordinator, this.quoted.seen());
		String page = this.mvc.perform(get("/aanmelding/" + this.quoted.token() + "/evaluatie"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(this.quote).contains("We laten deze zin zien").contains("Haal mijn zin weg");

		this.mvc.perform(post("/aanmelding/" + this.quoted.token() + "/evaluatie/citaat-weghalen").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "evaluation.quote.withdrawn"));

		Map<String, Object> row = row();
		assertThat(row.get("quote")).isNull();
		assertThat(row.get("quote_consent")).isEqualTo(false);
		assertThat(row.get("quote_published_at")).isNull();
		assertThat(((Number) row.get("score")).intValue()).isEqualTo(4);
		assertThat(this.published.forTrajectory(this.trajectory)).isEmpty();
		assertThat(this.published.recent(1000)).extracting(PublishedQuote::trajectoryId)
			.doesNotContain(this.trajectory);
		assertThat(results()).doesNotContain(this.quote);
		assertThat(this.mvc.perform(get("/overzicht/regios/JZ24").with(user(this.coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(this.quote);
		String after = this.mvc.perform(get("/aanmelding/" + this.quoted.token() + "/evaluatie"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).doesNotContain(this.quote).doesNotContain("Haal mijn zin weg");
		// Sent twice: nothing more to remove, the same answer.
		this.mvc.perform(post("/aanmelding/" + this.quoted.token() + "/evaluatie/citaat-weghalen").with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aPublishedQuoteStandsOnThePublicPagesWithTheRoleOnlyUntilTakenBack() throws Exception {
		this.jdbc.sql("""
				insert into output (trajectory_id, kind, title, summary, output_date, link, published_at, created_at,
				changed_at) values (?, 'BLOG', 'Blog', 'Samenvatting', date '2026-11-01', 'https://www.nvp-plein.nl/',
				now(), now(), now())""").param(this.trajectory).update();
		String before = publicPage("/opbrengsten/trajecten/" + this.trajectory);
		assertThat(before).doesNotContain(this.quote).doesNotContain("Wat deelnemers zeiden");

		publish(this.coordinator, this.quoted.seen());
		assertThat(publicPage("/opbrengsten/trajecten/" + this.trajectory)).contains("Wat deelnemers zeiden")
			.contains(this.quote)
			.contains("(pleegkind)")
			.doesNotContain("Kim");
		assertThat(publicPage("/opbrengsten")).contains("Wat deelnemers zeiden");
		assertThat(publicPage("/opbrengsten?soort=BLOG")).as("a filter is about outputs")
			.doesNotContain("Wat deelnemers zeiden");

		this.mvc.perform(post("/aanmelding/" + this.quoted.token() + "/evaluatie/citaat-weghalen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(publicPage("/opbrengsten/trajecten/" + this.trajectory)).doesNotContain(this.quote);
		assertThat(publicPage("/opbrengsten")).doesNotContain(this.quote);
	}

	private String publicPage(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anErasedRegistrationsPublishedQuoteIsGone() throws Exception {
		publish(this.coordinator, this.quoted.seen());
		this.mvc.perform(post("/aanmelding/" + this.quoted.token() + "/verwijderen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(row().get("quote")).isNull();
		assertThat(row().get("quote_published_at")).isNull();
		assertThat(this.published.forTrajectory(this.trajectory)).isEmpty();
	}

	@Test
	void aCoordinatorOfAnotherRegionCannotPublish() throws Exception {
		AccountPrincipal other = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ24");
		for (AccountPrincipal who : List.of(other, policymaker)) {
			publishing(this.meeting, who, this.quoted.seen()).andExpect(status().is4xxClientError());
		}
		assertThat(row().get("quote_published_at")).isNull();
		// Nor can they publish this quote under the address of their own meeting.
		AccountPrincipal elsewhere = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		long theirs = this.meetings
			.create(this.trajectories.createRunning("JZ34", "Elders", elsewhere.id()), "Elders", 30, Map.of(),
					TestClock.today().minusDays(1))
			.id();
		publishing(theirs, elsewhere, this.quoted.seen()).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "evaluation.results.quote.changed"));
		assertThat(row().get("quote_published_at")).isNull();
	}

	@Autowired
	private TestClock clock;

	@Test
	void twoPublishesAtOnceLeaveOneState() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Void>> both = List.of(this.coordinator, national)
			.stream()
			.map((who) -> CompletableFuture.runAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				this.selection.publish(this.meeting, this.quoted.registrationId(), this.quoted.seen(), who);
			}))
			.toList();
		start.countDown();
		CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		Map<String, Object> first = row();
		long winner = ((Number) first.get("quote_published_by")).longValue();
		assertThat(winner).isIn(this.coordinator.id(), national.id());
		assertThat(first.get("quote_published_at")).isNotNull();
		assertThat(this.published.forTrajectory(this.trajectory)).hasSize(1);

		// The one who lost, publishing again an hour later, changes neither who nor when:
		// time and publisher are kept together from the first publish.
		AccountPrincipal loser = (winner == this.coordinator.id()) ? national : this.coordinator;
		this.clock.set(LocalDateTime.now(TestClock.ZONE).plusHours(1));
		try {
			this.selection.publish(this.meeting, this.quoted.registrationId(), this.quoted.seen(), loser);
		}
		finally {
			this.clock.reset();
		}
		assertThat(row()).containsEntry("quote_published_by", first.get("quote_published_by"))
			.containsEntry("quote_published_at", first.get("quote_published_at"));
	}

}
