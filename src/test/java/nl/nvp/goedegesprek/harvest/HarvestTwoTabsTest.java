package nl.nvp.goedegesprek.harvest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SentTwice;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * The harvest forms sent from two tabs at once (decision 28): a line from the same source
 * (the coordinator, or one table host's link) is kept once, while the same words from two
 * tables stay two lines; a table host's link is made once, and a new one for the same
 * table from a fresh page still replaces it. Races can pass by luck, so each is tried
 * several times.
 */
@IntegrationTest
class HarvestTwoTabsTest {

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
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	private record Running(long trajectory, AccountPrincipal coordinator, long topic) {

		String base() {
			return "/trajecten/" + this.trajectory;
		}

	}

	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Oogst tabs " + UUID.randomUUID(), coordinator.id());
		return new Running(trajectory, coordinator,
				this.harvest.choose(trajectory, coordinator, "Transparantie").get(0));
	}

	/** The same form sent at once from two pages of one session. */
	private List<MockHttpServletResponse> fromTwoPages(String page, RequestPostProcessor who,
			Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		SentTwice.Page first = this.sentTwice.open(page, who);
		SentTwice.Page second = this.sentTwice.open(page, who, first.session());
		Supplier<MockHttpServletRequestBuilder> one = () -> first.from(request.get());
		Supplier<MockHttpServletRequestBuilder> other = () -> second.from(request.get());
		if (who == null) {
			return this.sentTwice.atOnce(one, other);
		}
		return this.sentTwice.atOnce(() -> one.get().with(who), () -> other.get().with(who));
	}

	private long lines(long trajectory) {
		return this.jdbc.sql("select count(*) from harvest_item where trajectory_id = ?")
			.param(trajectory)
			.query(Long.class)
			.single();
	}

	private String hostLink(Running running, String label) {
		SecretToken token = SecretToken.generate();
		this.jdbc
			.sql("insert into harvest_entry_link (trajectory_id, label, token_hash, expires_at, created_at) "
					+ "values (?, ?, ?, now() + interval '7 days', now())")
			.params(running.trajectory(), label, token.hash())
			.update();
		return token.value();
	}

	@Test
	void theSameLineFromTwoTabsOfACoordinatorIsKeptOnce() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Running running = running();
			List<MockHttpServletResponse> answers = fromTwoPages(running.base() + "/oogst", user(running.coordinator()),
					() -> post(running.base() + "/oogst").param("topicId", String.valueOf(running.topic()))
						.param("kind", "IDEA")
						.param("text", "Een vast aanspreekpunt."));

			assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
			assertThat(lines(running.trajectory())).isEqualTo(1);
		}
	}

	@Test
	void aLineAddedAgainIsNotAddedAndTheCoordinatorHearsSo() throws Exception {
		Running running = running();
		this.mvc
			.perform(post(running.base() + "/oogst").with(csrf())
				.with(user(running.coordinator()))
				.param("topicId", String.valueOf(running.topic()))
				.param("kind", "IDEA")
				.param("text", "Meer respijtzorg"))
			.andExpect(flash().attribute("flashMessage", "harvest.added"));

		this.mvc
			.perform(post(running.base() + "/oogst").with(csrf())
				.with(user(running.coordinator()))
				.param("topicId", String.valueOf(running.topic()))
				.param("kind", "IDEA")
				.param("text", "Meer respijtzorg"))
			.andExpect(flash().attribute("flashMessage", "harvest.alreadyAdded"));
		// Another coordinator who heard the same at their table adds their own line.
		AccountPrincipal colleague = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		this.jdbc.sql("insert into trajectory_coordinator (trajectory_id, account_id) values (?, ?)")
			.params(running.trajectory(), colleague.id())
			.update();
		this.mvc
			.perform(post(running.base() + "/oogst").with(csrf())
				.with(user(colleague))
				.param("topicId", String.valueOf(running.topic()))
				.param("kind", "IDEA")
				.param("text", "Meer respijtzorg"))
			.andExpect(flash().attribute("flashMessage", "harvest.added"));

		assertThat(lines(running.trajectory())).isEqualTo(2);
	}

	@Test
	void theSameLineFromTwoTabsOfATableHostIsKeptOnceButTwoTablesKeepTheirOwn() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Running running = running();
			String first = hostLink(running, "Tafel 1");
			String second = hostLink(running, "Tafel 2");
			for (String token : List.of(first, second)) {
				List<MockHttpServletResponse> answers = fromTwoPages("/oogst-invoer/" + token, null,
						() -> post("/oogst-invoer/" + token).param("topicId", String.valueOf(running.topic()))
							.param("kind", "CAN_BE_BETTER")
							.param("text", "Meer tijd voor de kinderen."));
				assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
			}

			assertThat(lines(running.trajectory())).isEqualTo(2);
			assertThat(this.jdbc.sql("select count(distinct entry_link_id) from harvest_item where trajectory_id = ?")
				.param(running.trajectory())
				.query(Long.class)
				.single()).isEqualTo(2);
		}
	}

	@Test
	void aHostLinkFromTwoTabsIsMadeOnceAndANewOneFromAFreshPageReplacesIt() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Running running = running();
			long meeting = this.meetings.create(running.trajectory(), "Dialoog", 30, Map.of()).id();
			String page = running.base() + "/oogst/invoerlinks";
			String seen = seen(page, running.coordinator());
			List<MockHttpServletResponse> answers = fromTwoPages(page, user(running.coordinator()),
					() -> post(page).param("label", "Tafel 3")
						.param("meetingId", String.valueOf(meeting))
						.param("seen", seen));

			assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
			assertThat(links(running.trajectory())).isEqualTo(1);

			// From the page as it is now, a new link for that table replaces the one
			// made.
			this.mvc
				.perform(post(page).with(csrf())
					.with(user(running.coordinator()))
					.param("label", "Tafel 3")
					.param("meetingId", String.valueOf(meeting))
					.param("seen", seen(page, running.coordinator())))
				.andExpect(flash().attribute("flashMessage", "hostLink.created.replaced"));
			assertThat(links(running.trajectory())).isEqualTo(2);
		}
	}

	@Test
	void anOwnTopicPromotedFromTwoTabsIsPromotedOnceAndBothHearSo() throws Exception {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Running running = running();
			long own = this.harvest.ownTopic(running.trajectory(), running.coordinator(),
					"Eigen twee tabs " + UUID.randomUUID());
			AccountPrincipal nvp = this.accounts.create(Role.NATIONAL_COORDINATOR);
			String url = running.base() + "/onderwerpen/" + own + "/landelijk";
			List<MockHttpServletResponse> answers = fromTwoPages(running.base() + "/onderwerpen", user(nvp),
					() -> post(url));

			assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
			// Once more, after both: still promoted, and said so.
			this.mvc.perform(post(url).with(csrf()).with(user(nvp)))
				.andExpect(flash().attribute("flashMessage", "topic.promoted"));
			assertThat(this.jdbc.sql("select trajectory_id is null from topic where id = ?")
				.param(own)
				.query(Boolean.class)
				.single()).isTrue();
		}
	}

	/** The hidden field of the page: the newest link it knows. */
	private String seen(String page, AccountPrincipal coordinator) throws Exception {
		String html = this.mvc.perform(get(page).with(user(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return html.replaceAll("(?s).*name=\"seen\" value=\"(\\d+)\".*", "$1");
	}

	private long links(long trajectory) {
		return this.jdbc.sql("select count(*) from harvest_entry_link where trajectory_id = ?")
			.param(trajectory)
			.query(Long.class)
			.single();
	}

}
