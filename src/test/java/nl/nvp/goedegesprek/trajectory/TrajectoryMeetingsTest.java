package nl.nvp.goedegesprek.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Closing a trajectory settles its meetings (decision 0025): cancelling it cancels the
 * meetings yet to come, with one mail to each person and a calendar CANCEL; finishing it
 * waits until none is left; the coordinator still manages the meetings afterwards.
 */
@IntegrationTest
class TrajectoryMeetingsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TrajectoryRepository repository;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private TestClock clock;

	@Autowired
	private ApplicationContext context;

	@Test
	void cancellingATrajectoryCancelsItsMeetingsYetToComeWithOneMailEach() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long id = this.trajectories.createRunning("JZ32", "Stopt", coordinator.id());
		MeetingFixtures.Created coming = this.meetings.create(id, "Komende bijeenkomst", 10, Map.of(),
				TestClock.today().plusDays(5));
		MeetingFixtures.Created past = this.meetings.create(id, "Geweest bijeenkomst", 10, Map.of(),
				TestClock.today().minusDays(3));
		String token = this.meetings.pending(coming.id(), "Anna", ParticipantRole.FOSTER_PARENT);
		this.mvc.perform(post("/aanmelding/" + token + "/bevestigen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		String anna = email(coming.id());
		this.mailbox.await(anna, 1);

		String page = this.mvc.perform(get("/trajecten/" + id + "/annuleren").with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Komende bijeenkomst").doesNotContain("Geweest bijeenkomst");

		long version = this.trajectories.version(id);
		String refused = this.mvc
			.perform(post("/trajecten/" + id + "/annuleren").with(csrf())
				.with(user(coordinator))
				.param("version", String.valueOf(version))
				.param("reason", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"reason-error\"");
		assertThat(this.trajectories.status(id)).isEqualTo("RUNNING");

		List<Integer> statuses = twice(() -> post("/trajecten/" + id + "/annuleren").with(csrf())
			.with(user(coordinator))
			.param("version", String.valueOf(version))
			.param("reason", "Het traject stopt: de regio doet niet meer mee."));
		assertThat(statuses).containsExactly(302, 302);
		assertThat(this.trajectories.status(id)).isEqualTo("CANCELLED");
		assertThat(cancelled(coming.id())).isTrue();
		assertThat(cancelled(past.id())).isFalse();

		MimeMessage mail = this.mailbox.latest(anna, 2);
		assertThat(Mailbox.subject(mail)).isEqualTo("Gaat niet door: Komende bijeenkomst");
		assertThat(Mailbox.text(mail)).contains("Het traject stopt: de regio doet niet meer mee.")
			.contains("METHOD:CANCEL");
		Thread.sleep(700);
		assertThat(this.mailbox.to(anna)).hasSize(2);

		// Registration is closed: nobody new gets in.
		this.mvc.perform(post("/aanmelden/" + coming.publicId()).with(csrf())
			.param("name", "Nieuw")
			.param("email", "nieuw-" + coming.id() + "@test.example")
			.param("role", "FOSTER_PARENT")
			.param("consent", "true"));
		assertThat(this.jdbc.sql("select count(*) from registration where meeting_id = ?")
			.param(coming.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		// The coordinator still manages the meetings of the cancelled trajectory.
		this.mvc.perform(get("/bijeenkomsten/" + past.id()).with(user(coordinator))).andExpect(status().isOk());
		this.mvc.perform(get("/bijeenkomsten/" + past.id() + "/afzeggen").with(user(coordinator)))
			.andExpect(status().isOk());
		String pastRefused = this.mvc
			.perform(post("/bijeenkomsten/" + past.id() + "/afzeggen").with(csrf())
				.with(user(coordinator))
				.param("reason", "Toch niet"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pastRefused).contains("al begonnen of voorbij");

		// No reminder either: the day before the meeting, the reminder job sends Anna
		// nothing.
		this.clock.set(TestClock.today().plusDays(4).atTime(9, 0));
		try {
			ReflectionTestUtils.invokeMethod(this.context.getBean("meetingReminders"), "sendDue");
		}
		finally {
			this.clock.reset();
		}
		Thread.sleep(500);
		assertThat(this.mailbox.to(anna)).as("mails to Anna after the reminder job").hasSize(2);
	}

	@Test
	void finishingWaitsUntilNoMeetingIsLeftToCome() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long id = this.trajectories.createRunning("JZ32", "Klaar", coordinator.id());
		this.transactions.executeWithoutResult((status) -> {
			Trajectory trajectory = this.repository.findById(id).orElseThrow();
			trajectory.completeStep(StepType.KICK_OFF);
			trajectory.getSteps()
				.stream()
				.filter((step) -> step.getState() == StepState.NOT_STARTED)
				.map(TrajectoryStep::getType)
				.toList()
				.forEach(trajectory::skipStep);
		});
		MeetingFixtures.Created coming = this.meetings.create(id, "Nog te gaan", 10, Map.of(),
				TestClock.today().plusDays(5));

		MvcResult refused = this.mvc
			.perform(post("/trajecten/" + id + "/afronden").with(csrf())
				.with(user(coordinator))
				.param("version", String.valueOf(this.trajectories.version(id))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "trajectory.rule.finishHasUpcomingMeetings"))
			.andReturn();
		assertThat(this.trajectories.status(id)).isEqualTo("RUNNING");
		// The page it leads to tells why. (MockMvc keeps flash attributes in its own
		// session, not in the PostgreSQL one.)
		this.mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(user(coordinator)).with((request) -> {
			request.setAttribute(SessionRepositoryFilter.class.getName() + ".FILTERED", Boolean.TRUE);
			return request;
		}).flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Er zijn nog bijeenkomsten die niet geweest zijn. Zeg ze eerst af of pas de datum aan.")));

		this.mvc
			.perform(post("/bijeenkomsten/" + coming.id() + "/afzeggen").with(csrf())
				.with(user(coordinator))
				.param("reason", "Niet meer nodig"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/trajecten/" + id + "/afronden").with(csrf())
				.with(user(coordinator))
				.param("version", String.valueOf(this.trajectories.version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.trajectories.status(id)).isEqualTo("FINISHED");
	}

	private String email(long meetingId) {
		return this.jdbc.sql("select email from registration where meeting_id = ?")
			.param(meetingId)
			.query(String.class)
			.single();
	}

	private boolean cancelled(long meetingId) {
		return this.jdbc.sql("select cancelled from meeting where id = ?")
			.param(meetingId)
			.query(Boolean.class)
			.single();
	}

	private List<Integer> twice(java.util.function.Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MvcResult>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				MockHttpServletRequestBuilder built = request.get();
				results.add(pool.submit(() -> {
					start.await();
					return this.mvc.perform(built).andReturn();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<MvcResult> result : results) {
				statuses.add(result.get().getResponse().getStatus());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

}
