package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moving and cancelling a meeting, end to end: the coordinator's form, the mails and
 * calendar files people receive (same UID, higher SEQUENCE, METHOD:CANCEL), reminders,
 * the public and personal pages, and two submits at once.
 */
@IntegrationTest
class MeetingMoveAndCancelTest {

	private static final Pattern UID = Pattern.compile("(?m)^UID:(.+)\\r?$");

	private static final Pattern SEQUENCE = Pattern.compile("(?m)^SEQUENCE:(\\d+)\\r?$");

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

	@Test
	void movingAMeetingMailsEveryoneOnceWithTheSameUidAHigherSequenceAndRearmsReminders() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.create("JZ32", "Verzetten", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Verzette bijeenkomst", 1, Map.of(),
				TestClock.today().plusDays(10));
		Person anna = confirm(meeting, "Anna");
		Person bas = confirm(meeting, "Bas");
		String cor = email(meeting.id(), this.meetings.pending(meeting.id(), "Cor", ParticipantRole.FOSTER_PARENT),
				"Cor");
		assertThat(registrationStatus(meeting.id(), "Anna")).isEqualTo("CONFIRMED");
		assertThat(registrationStatus(meeting.id(), "Bas")).isEqualTo("WAITLISTED");
		String firstCalendar = ics(this.mailbox.latest(anna.email(), 1));
		this.jdbc.sql("update registration set reminder_sent_at = now() where meeting_id = ?")
			.param(meeting.id())
			.update();

		// Only the time changes; the coordinator clicks "save" twice.
		List<Integer> statuses = twice(() -> edit(meeting.id(), coordinator, "14:00", "Stadhuis, Nijmegen"));
		assertThat(statuses).containsExactlyInAnyOrder(200, 302);

		MimeMessage moved = this.mailbox.latest(anna.email(), 2);
		assertThat(Mailbox.subject(moved)).isEqualTo("Gewijzigd: Verzette bijeenkomst");
		String text = text(moved);
		assertThat(text).contains("Tijd: was 13:30 – 17:00, is nu 14:00 – 17:00")
			.contains("Plaats: was Stadhuis, Korte Nieuwstraat 6, Nijmegen, is nu Stadhuis, Nijmegen")
			.doesNotContain("Datum: was");
		String calendar = ics(moved);
		assertThat(uid(calendar)).isEqualTo(uid(firstCalendar));
		assertThat(sequence(calendar)).isGreaterThan(sequence(firstCalendar));
		assertThat(calendar).contains("METHOD:PUBLISH").contains("T140000");
		assertThat(moved.getContentType()).isNotNull();

		MimeMessage waiting = this.mailbox.latest(bas.email(), 2);
		assertThat(Mailbox.subject(waiting)).isEqualTo("Gewijzigd: Verzette bijeenkomst");
		assertThat(text(waiting)).contains("is nu 14:00 – 17:00").contains("wachtlijst");
		assertThat(icsOrNull(waiting)).isNull();

		// The reminder is due again for the new time.
		assertThat(this.jdbc.sql("select count(*) from registration where meeting_id = ? and reminder_sent_at is null")
			.param(meeting.id())
			.query(Long.class)
			.single()).isEqualTo(3);

		// A second move raises the sequence again; the date change is told.
		LocalDate later = TestClock.today().plusDays(12);
		this.mvc.perform(edit(meeting.id(), coordinator, "14:00", "Stadhuis, Nijmegen", later, 1))
			.andExpect(status().is3xxRedirection());
		MimeMessage again = this.mailbox.latest(anna.email(), 3);
		assertThat(text(again)).contains("Datum: was").doesNotContain("Tijd: was");
		assertThat(uid(ics(again))).isEqualTo(uid(firstCalendar));
		assertThat(sequence(ics(again))).isGreaterThan(sequence(calendar));

		// Saving without a change of date, time or place mails nobody.
		this.mvc.perform(edit(meeting.id(), coordinator, "14:00", "Stadhuis, Nijmegen", later, 2))
			.andExpect(status().is3xxRedirection());
		Thread.sleep(700);
		assertThat(this.mailbox.to(anna.email())).hasSize(3);
		assertThat(this.mailbox.to(bas.email())).hasSize(3);
		assertThat(this.mailbox.to(cor)).isEmpty();
	}

	/**
	 * Only the online link of an online meeting changes: the people with a place get the
	 * "moved" mail with the new link and a calendar file that replaces their entry (same
	 * UID, higher SEQUENCE); the waitlist hears nothing, since the link is only for
	 * people with a place (decision 25).
	 */
	@Test
	void changingOnlyTheOnlineLinkMailsThePeopleWithAPlaceButNotTheWaitlist() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.create("JZ32", "Nieuwe link", coordinator.id());
		LocalDate day = TestClock.today().plusDays(10);
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Verzette bijeenkomst", 1, Map.of(), day);
		this.jdbc.sql("update meeting set online = true, address = null, online_link = ? where id = ?")
			.params("https://meet.example/oude-kamer", meeting.id())
			.update();
		Person anna = confirm(meeting, "Anna");
		Person bas = confirm(meeting, "Bas");
		assertThat(registrationStatus(meeting.id(), "Anna")).isEqualTo("CONFIRMED");
		assertThat(registrationStatus(meeting.id(), "Bas")).isEqualTo("WAITLISTED");
		String firstCalendar = ics(this.mailbox.latest(anna.email(), 1));
		assertThat(firstCalendar).contains("oude-kamer");

		this.mvc
			.perform(post("/bijeenkomsten/" + meeting.id()).with(csrf())
				.with(user(coordinator))
				.param("title", "Verzette bijeenkomst")
				.param("type", "DIALOGUE_MEETING")
				.param("date", day.toString())
				.param("startTime", "13:30")
				.param("endTime", "17:00")
				.param("online", "true")
				.param("onlineLink", "https://meet.example/nieuwe-kamer")
				.param("capacity", "1")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		MimeMessage moved = this.mailbox.latest(anna.email(), 2);
		assertThat(Mailbox.subject(moved)).isEqualTo("Gewijzigd: Verzette bijeenkomst");
		assertThat(text(moved)).contains("Link om mee te doen: was https://meet.example/oude-kamer")
			.contains("is nu https://meet.example/nieuwe-kamer")
			.doesNotContain("Datum: was")
			.doesNotContain("Tijd: was");
		String calendar = ics(moved);
		assertThat(uid(calendar)).isEqualTo(uid(firstCalendar));
		assertThat(sequence(calendar)).isGreaterThan(sequence(firstCalendar));
		assertThat(calendar).contains("METHOD:PUBLISH").contains("nieuwe-kamer").doesNotContain("oude-kamer");

		// The waitlist gets no mail about a link that is not theirs.
		Thread.sleep(1000);
		assertThat(this.mailbox.to(bas.email())).hasSize(1);
		assertThat(this.mailbox.to(anna.email())).hasSize(2);
	}

	@Test
	void cancellingAMeetingAsksWhyMailsEveryoneOnceWithACancelAndClosesEverything() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.create("JZ32", "Afzeggen", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Afgezegde bijeenkomst", 1, Map.of(),
				TestClock.today().plusDays(1));
		Person anna = confirm(meeting, "Anna");
		Person bas = confirm(meeting, "Bas");
		String firstCalendar = ics(this.mailbox.latest(anna.email(), 1));

		String page = this.mvc.perform(get("/bijeenkomsten/" + meeting.id()).with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/bijeenkomsten/" + meeting.id() + "/afzeggen");
		this.mvc.perform(get("/bijeenkomsten/" + meeting.id() + "/afzeggen").with(user(coordinator)))
			.andExpect(status().isOk());

		// The reason is required and limited, and kept when refused.
		assertThat(cancel(meeting.id(), coordinator, "  ")).contains("id=\"reason-error\"");
		assertThat(cancel(meeting.id(), coordinator, "x".repeat(1001))).contains("id=\"reason-error\"");

		List<Integer> statuses = twice(() -> post("/bijeenkomsten/" + meeting.id() + "/afzeggen").with(csrf())
			.with(user(coordinator))
			.param("reason", "De zaal is niet beschikbaar."));
		assertThat(statuses).containsExactly(302, 302);

		for (Person person : List.of(anna, bas)) {
			MimeMessage cancelled = this.mailbox.latest(person.email(), 2);
			assertThat(Mailbox.subject(cancelled)).isEqualTo("Gaat niet door: Afgezegde bijeenkomst");
			assertThat(text(cancelled)).contains("gaat niet door").contains("De zaal is niet beschikbaar.");
			String calendar = ics(cancelled);
			assertThat(calendar).contains("METHOD:CANCEL").contains("STATUS:CANCELLED");
			assertThat(uid(calendar)).isEqualTo(uid(firstCalendar));
			assertThat(sequence(calendar)).isGreaterThan(sequence(firstCalendar));
		}

		// Public page: cancelled, with the reason, and no form; registering is refused.
		String publicPage = this.mvc.perform(get("/aanmelden/" + meeting.publicId()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(publicPage).contains("Deze bijeenkomst gaat niet door.")
			.contains("De zaal is niet beschikbaar.")
			.doesNotContain("id=\"register-title\"");
		this.mvc.perform(post("/aanmelden/" + meeting.publicId()).with(csrf())
			.param("name", "Nieuw")
			.param("email", "nieuw-" + meeting.id() + "@test.example")
			.param("role", "FOSTER_PARENT")
			.param("consent", "true"));
		assertThat(this.jdbc.sql("select count(*) from registration where meeting_id = ?")
			.param(meeting.id())
			.query(Long.class)
			.single()).isEqualTo(2);

		// Personal page (the link from the first mail): cancelled, with the reason.
		String personal = this.mvc.perform(get("/aanmelding/" + anna.token()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(personal).contains("Deze bijeenkomst gaat niet door.")
			.contains("De zaal is niet beschikbaar.")
			.doesNotContain("Er is een plek voor u");

		// No reminder, although the meeting is tomorrow; the waitlist does not move up.
		ReflectionTestUtils.invokeMethod(this.context.getBean("meetingReminders"), "sendDue");
		this.mvc.perform(post("/aanmelding/" + anna.token() + "/annuleren").with(csrf()));
		Thread.sleep(700);
		assertThat(this.mailbox.to(anna.email())).hasSize(3);
		assertThat(this.mailbox.to(bas.email())).hasSize(2);
		assertThat(registrationStatus(meeting.id(), "Bas")).isEqualTo("WAITLISTED");

		// The meeting can no longer be changed.
		this.mvc.perform(edit(meeting.id(), coordinator, "14:00", "Elders", TestClock.today().plusDays(5), 1))
			.andExpect(status().isOk());
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CONFIRMED)).isZero();
	}

	record Person(String token, String email) {
	}

	/** Registers and confirms through the personal link, as the participant does. */
	private Person confirm(MeetingFixtures.Created meeting, String name) throws Exception {
		String token = this.meetings.pending(meeting.id(), name, ParticipantRole.FOSTER_PARENT);
		this.mvc.perform(post("/aanmelding/" + token + "/bevestigen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		String email = email(meeting.id(), token, name);
		this.mailbox.await(email, 1);
		return new Person(token, email);
	}

	private String email(long meetingId, String token, String name) {
		return this.jdbc.sql("select email from registration where meeting_id = ? and name = ?")
			.params(meetingId, name)
			.query(String.class)
			.single();
	}

	private String registrationStatus(long meetingId, String name) {
		return this.jdbc.sql("select status from registration where meeting_id = ? and name = ?")
			.params(meetingId, name)
			.query(String.class)
			.single();
	}

	private MockHttpServletRequestBuilder edit(long id, AccountPrincipal user, String start, String address) {
		return edit(id, user, start, address, TestClock.today().plusDays(10), 0);
	}

	private MockHttpServletRequestBuilder edit(long id, AccountPrincipal user, String start, String address,
			LocalDate date, long version) {
		return post("/bijeenkomsten/" + id).with(csrf())
			.with(user(user))
			.param("title", "Verzette bijeenkomst")
			.param("type", "DIALOGUE_MEETING")
			.param("date", date.toString())
			.param("startTime", start)
			.param("endTime", "17:00")
			.param("address", address)
			.param("capacity", "1")
			.param("version", String.valueOf(version));
	}

	private String cancel(long id, AccountPrincipal user, String reason) throws Exception {
		return this.mvc
			.perform(post("/bijeenkomsten/" + id + "/afzeggen").with(csrf()).with(user(user)).param("reason", reason))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Sends the same request twice at the same moment; returns both statuses. */
	private List<Integer> twice(Callable<MockHttpServletRequestBuilder> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MvcResult>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				MockHttpServletRequestBuilder built = request.call();
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

	private static String text(MimeMessage message) {
		return Mailbox.text(message);
	}

	static String ics(MimeMessage message) {
		String ics = icsOrNull(message);
		assertThat(ics).as("calendar file").isNotNull();
		return ics;
	}

	static String icsOrNull(MimeMessage message) {
		return Mailbox.calendarFile(message);
	}

	static String uid(String ics) {
		Matcher matcher = UID.matcher(ics);
		assertThat(matcher.find()).as("UID in %s", ics).isTrue();
		return matcher.group(1).strip();
	}

	static int sequence(String ics) {
		Matcher matcher = SEQUENCE.matcher(ics);
		assertThat(matcher.find()).as("SEQUENCE in %s", ics).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
