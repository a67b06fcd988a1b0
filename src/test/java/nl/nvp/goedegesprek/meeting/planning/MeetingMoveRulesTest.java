package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules around moving a meeting that issue 12's review found open: a move into the
 * reminder window is one mail, not a move and a reminder at once; a meeting that has
 * started keeps its date, time, place and link; someone without access is refused before
 * the meeting's row lock is taken.
 */
@IntegrationTest
class MeetingMoveRulesTest {

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
	private ApplicationContext context;

	@Autowired
	private TestClock clock;

	@Autowired
	private Meetings meetingService;

	@Autowired
	private MeetingRepository meetingRepository;

	@Autowired
	private TransactionTemplate transactions;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void aMoveIntoTheReminderWindowIsOneMailThatCountsAsTheReminder() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.create("JZ32", "Naar voren", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Naar voren gehaald", 10, Map.of(),
				TestClock.today().plusWeeks(3));
		long anna = this.meetings.confirmed(meeting.id(), "Anna", ParticipantRole.FOSTER_PARENT);
		String email = email(anna);

		// Three weeks ahead becomes the day after tomorrow: the reminder would be due
		// now.
		this.mvc.perform(edit(meeting.id(), coordinator, "Naar voren gehaald", TestClock.today().plusDays(2), 0))
			.andExpect(status().is3xxRedirection());
		assertThat(Mailbox.subject(this.mailbox.latest(email, 1))).isEqualTo("Gewijzigd: Naar voren gehaald");
		remind();
		Thread.sleep(700);
		assertThat(this.mailbox.to(email)).hasSize(1);
		assertThat(reminded(anna)).isTrue();
	}

	@Test
	void aPlaceConfirmedInsideTheReminderWindowIsOneMailThatCountsAsTheReminder() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Laat bevestigd");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Overmorgen", 10, Map.of(),
				TestClock.today().plusDays(2));
		String name = "Bo " + UUID.randomUUID().toString().substring(0, 8);
		String token = this.meetings.pending(meeting.id(), name, ParticipantRole.FOSTER_PARENT);
		long bo = byName(name);

		this.mvc.perform(post("/aanmelding/" + token + "/bevestigen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mailbox.latest(email(bo), 1);
		remind();
		Thread.sleep(700);
		assertThat(this.mailbox.to(email(bo))).as("the confirmation, no reminder right after it").hasSize(1);
		assertThat(reminded(bo)).isTrue();
	}

	@Test
	void aPlaceFromTheWaitlistInsideTheReminderWindowIsOneMailThatCountsAsTheReminder() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Plek morgen");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Morgen vol", 1, Map.of(),
				TestClock.today().plusDays(1));
		String first = this.meetings.confirmedToken(meeting.id(), "Eerste", ParticipantRole.FOSTER_PARENT);
		String name = "Wachtende " + UUID.randomUUID().toString().substring(0, 8);
		this.meetings.pending(meeting.id(), name, ParticipantRole.FOSTER_PARENT);
		long waiting = byName(name);
		this.jdbc.sql("update registration set status = 'WAITLISTED' where id = ?").param(waiting).update();

		this.mvc.perform(post("/aanmelding/" + first + "/annuleren").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mailbox.latest(email(waiting), 1);
		remind();
		Thread.sleep(700);
		assertThat(this.mailbox.to(email(waiting))).as("the place from the waitlist, no reminder right after it")
			.hasSize(1);
		assertThat(reminded(waiting)).isTrue();
	}

	private long byName(String name) {
		return this.jdbc.sql("select id from registration where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void aMoveThatStaysOutsideTheReminderWindowRearmsTheReminder() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.create("JZ32", "Iets later", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Iets later gezet", 10, Map.of(),
				TestClock.today().plusWeeks(3));
		long anna = this.meetings.confirmed(meeting.id(), "Anna", ParticipantRole.FOSTER_PARENT);
		String email = email(anna);
		this.jdbc.sql("update registration set reminder_sent_at = now() where id = ?").param(anna).update();

		this.mvc.perform(edit(meeting.id(), coordinator, "Iets later gezet", TestClock.today().plusDays(10), 0))
			.andExpect(status().is3xxRedirection());
		this.mailbox.latest(email, 1);
		remind();
		Thread.sleep(500);
		assertThat(this.mailbox.to(email)).hasSize(1);
		assertThat(reminded(anna)).isFalse();

		// Eight days later the reminder for the new date goes out, once.
		this.clock.set(TestClock.today().plusDays(8).atTime(9, 0));
		remind();
		assertThat(Mailbox.subject(this.mailbox.latest(email, 2))).isEqualTo("Binnenkort: Iets later gezet");
		assertThat(reminded(anna)).isTrue();
	}

	@Test
	void aMeetingThatHasStartedKeepsItsDateTimePlaceAndLink() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.create("JZ32", "Al begonnen", coordinator.id());
		LocalDate day = TestClock.today().plusDays(10);
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Al begonnen", 10, Map.of(), day);
		long anna = this.meetings.confirmed(meeting.id(), "Anna", ParticipantRole.FOSTER_PARENT);
		this.clock.set(day.atTime(14, 0));

		// The edit form shows date, time, place and link read-only; the rest can change.
		String form = this.mvc.perform(get("/bijeenkomsten/" + meeting.id() + "/bewerken").with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String field : new String[] { "date", "startTime", "endTime", "address", "onlineLink" }) {
			assertThat(input(form, field)).as(field).contains("readonly");
		}
		assertThat(input(form, "online")).contains("disabled");
		assertThat(input(form, "title")).doesNotContain("readonly");
		assertThat(input(form, "capacity")).doesNotContain("readonly");

		// The server refuses a changed place at the field, keeps what was typed elsewhere
		// and saves nothing.
		String refused = this.mvc
			.perform(edit(meeting.id(), coordinator, "Nieuwe titel", day, 0, "13:30", "Elders, Arnhem"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"address-error\"")
			.contains("De bijeenkomst is al begonnen.")
			.contains("value=\"Nieuwe titel\"");
		assertThat(input(refused, "address")).contains("Stadhuis, Korte Nieuwstraat 6, Nijmegen");
		assertThat(this.jdbc.sql("select title || '|' || address from meeting where id = ?")
			.param(meeting.id())
			.query(String.class)
			.single()).isEqualTo("Al begonnen|Stadhuis, Korte Nieuwstraat 6, Nijmegen");
		String later = this.mvc
			.perform(edit(meeting.id(), coordinator, "Al begonnen", day.plusDays(7), 0, "15:00",
					"Stadhuis, Korte Nieuwstraat 6, Nijmegen"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(later).contains("id=\"date-error\"").contains("id=\"startTime-error\"");

		// Other fields still change, and nobody is mailed.
		this.mvc.perform(edit(meeting.id(), coordinator, "Nieuwe titel", day, 0))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select title from meeting where id = ?")
			.param(meeting.id())
			.query(String.class)
			.single()).isEqualTo("Nieuwe titel");
		Thread.sleep(500);
		assertThat(this.mailbox.to(email(anna))).isEmpty();

		// In English too.
		assertThat(this.mvc
			.perform(edit(meeting.id(), coordinator, "Nieuwe titel", day, 1, "13:30", "Elders, Arnhem")
				.cookie(new Cookie("gg-taal", "en")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("The meeting has already started.");
	}

	/**
	 * A coordinator of another region never waits for (or holds) the lock on a meeting
	 * they may not change: access is checked first, with the same answer as before.
	 */
	@Test
	void someoneWithoutAccessIsRefusedWithoutWaitingForTheMeetingsLock() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		AccountPrincipal otherRegion = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ17");
		AccountPrincipal notAssigned = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.create("JZ32", "Op slot", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Op slot", 10, Map.of(),
				TestClock.today().plusWeeks(3));
		MeetingForm form = this.transactions
			.execute((status) -> MeetingForm.of(this.meetingRepository.findById(meeting.id()).orElseThrow()));
		form.setAddress("Elders, Arnhem");

		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> holder = pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.meetingRepository.lockById(meeting.id());
				locked.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

			assertThat(pool.submit(() -> refusal(() -> this.meetingService.update(meeting.id(), form, otherRegion)))
				.get(5, TimeUnit.SECONDS)).isInstanceOf(NotFoundException.class);
			assertThat(pool.submit(() -> refusal(() -> this.meetingService.cancel(meeting.id(), "Weg", otherRegion)))
				.get(5, TimeUnit.SECONDS)).isInstanceOf(NotFoundException.class);
			assertThat(pool.submit(() -> refusal(() -> this.meetingService.update(meeting.id(), form, notAssigned)))
				.get(5, TimeUnit.SECONDS)).isInstanceOf(AccessDeniedException.class);
			assertThat(pool.submit(() -> refusal(() -> this.meetingService.cancel(meeting.id(), "Weg", notAssigned)))
				.get(5, TimeUnit.SECONDS)).isInstanceOf(AccessDeniedException.class);

			// Through the pages: the same answers as the authorisation matrix, at once.
			assertThat(pool
				.submit(() -> this.mvc
					.perform(edit(meeting.id(), otherRegion, "Op slot", TestClock.today().plusWeeks(4), 0))
					.andReturn()
					.getResponse()
					.getStatus())
				.get(5, TimeUnit.SECONDS)).isEqualTo(404);
			assertThat(pool
				.submit(() -> this.mvc.perform(post("/bijeenkomsten/" + meeting.id() + "/afzeggen").with(csrf())
					.with(user(otherRegion))
					.param("reason", "Weg")).andReturn().getResponse().getStatus())
				.get(5, TimeUnit.SECONDS)).isEqualTo(404);
			assertThat(pool
				.submit(() -> this.mvc.perform(post("/bijeenkomsten/" + meeting.id() + "/afzeggen").with(csrf())
					.with(user(notAssigned))
					.param("reason", "Weg")).andReturn().getResponse().getStatus())
				.get(5, TimeUnit.SECONDS)).isEqualTo(403);
			release.countDown();
			holder.get(10, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		// The coordinator who runs it still moves it.
		this.mvc.perform(edit(meeting.id(), coordinator, "Op slot", TestClock.today().plusWeeks(4), 0))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select cancelled from meeting where id = ?")
			.param(meeting.id())
			.query(Boolean.class)
			.single()).isFalse();
	}

	private static Exception refusal(Runnable action) {
		try {
			action.run();
			return null;
		}
		catch (Exception ex) {
			return ex;
		}
	}

	/** The tag of the form control with this id. */
	private static String input(String html, String id) {
		Matcher matcher = Pattern.compile("<(input|textarea)[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(html);
		assertThat(matcher.find()).as("control %s", id).isTrue();
		return matcher.group();
	}

	private void remind() {
		ReflectionTestUtils.invokeMethod(this.context.getBean("meetingReminders"), "sendDue");
	}

	private boolean reminded(long registration) {
		return this.jdbc.sql("select reminder_sent_at is not null from registration where id = ?")
			.param(registration)
			.query(Boolean.class)
			.single();
	}

	private String email(long registration) {
		return this.jdbc.sql("select email from registration where id = ?")
			.param(registration)
			.query(String.class)
			.single();
	}

	private MockHttpServletRequestBuilder edit(long id, AccountPrincipal user, String title, LocalDate date,
			long version) {
		return edit(id, user, title, date, version, "13:30", "Stadhuis, Korte Nieuwstraat 6, Nijmegen");
	}

	private MockHttpServletRequestBuilder edit(long id, AccountPrincipal user, String title, LocalDate date,
			long version, String startTime, String address) {
		return post("/bijeenkomsten/" + id).with(csrf())
			.with(user(user))
			.param("title", title)
			.param("type", "DIALOGUE_MEETING")
			.param("date", date.toString())
			.param("startTime", startTime)
			.param("endTime", "17:00")
			.param("address", address)
			.param("capacity", "10")
			.param("version", String.valueOf(version));
	}

}
