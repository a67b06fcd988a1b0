package nl.nvp.goedegesprek.project.signup;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.placement.PlacementFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.MailOutage;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.SentTwice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A parent or guardian withdraws the consent they gave for a child's project sign-up, on
 * their own page (decision 51): the sign-up ends as the child's own cancel ends it (it no
 * longer counts for grouping), a place the child had at a dialogue ends and goes to the
 * waitlist, the child gets one kind mail in "je" words, and the data go a day later.
 * Withdrawing twice at once withdraws once and mails once.
 */
@IntegrationTest
class SignUpConsentWithdrawalTest {

	private static final String WITHDRAWN_MAIL = "projectSignUp.CONSENT_WITHDRAWN";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SignUpFixtures fixtures;

	@Autowired
	private PlacementFixtures placements;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private SentTwice sentTwice;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JavaMailSender mailSender;

	private static String email(String who) {
		return who + "-" + UUID.randomUUID() + "@test.example";
	}

	private SignUpFixtures.Project project(String title) {
		return this.fixtures.childrenProject(title);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long id(String email) {
		return this.fixtures.idOf(email);
	}

	private String groupingPage(SignUpFixtures.Project project) throws Exception {
		return SignUpChildrenTest.groupingPage(this.mvc, this.accounts, project);
	}

	private String statusOf(String email) {
		return this.fixtures.statusOf(email);
	}

	private long withdrawnMails(long signUpId) {
		return this.jdbc.queryForObject("select count(*) from mail_outbox where kind = ? and subject_id = ?",
				Long.class, WITHDRAWN_MAIL, signUpId);
	}

	/**
	 * A foster child signs up and confirms, and the adult says yes on their page; returns
	 * the adult's consent link. The child has two mails then.
	 */
	private String consented(SignUpFixtures.Project project, String child, String guardian) throws Exception {
		this.mvc
			.perform(SignUpTest.fromSomewhere(
					SignUpChildrenTest.child(post(project.page() + "?voor=jongere"), child, "FROM_12_TO_16", guardian)))
			.andExpect(redirectedUrl(project.page() + "/verstuurd"));
		String link = Mailbox.link(this.mailbox.latest(child, 1), "/project-aanmelding/", "");
		this.mvc.perform(post(link + "/bevestigen").with(csrf())).andExpect(redirectedUrl(link));
		String consent = Mailbox.link(this.mailbox.latest(guardian, 1), "/project-toestemming/", "");
		assertThat(page(consent)).doesNotContain("/intrekken\"");
		this.mvc.perform(post(consent).with(csrf()).param("answer", "ja").param("responsible", "true"))
			.andExpect(redirectedUrl(consent));
		assertThat(statusOf(child)).isEqualTo("CONFIRMED");
		this.mailbox.await(child, 2);
		return consent;
	}

	@Test
	void aGuardianWithdrawsConsentOnTheirPageTheSignUpEndsAndTheChildGetsOneKindMail() throws Exception {
		SignUpFixtures.Project project = project("Intrekken");
		String child = email("kind");
		String consent = consented(project, child, email("voogd"));
		long id = id(child);
		assertThat(groupingPage(project)).contains("Niet ingedeeld (1)", "<strong>Sam</strong>");

		// After the yes, the page says consent can be withdrawn, and how: a plain form.
		assertThat(page(consent)).contains("toestemming gegeven", "U kunt uw toestemming altijd intrekken",
				"Toestemming intrekken", "Dan doet het kind niet meer mee aan het project",
				"action=\"/project-toestemming/" + consent.substring("/project-toestemming/".length()) + "/intrekken\"",
				"name=\"_csrf\"");
		// Without the CSRF token nothing happens.
		this.mvc.perform(post(consent + "/intrekken")).andExpect(status().isForbidden());
		assertThat(statusOf(child)).isEqualTo("CONFIRMED");

		this.mvc.perform(post(consent + "/intrekken").with(csrf()))
			.andExpect(redirectedUrl(consent))
			.andExpect(flash().attribute("flashMessage", "projectConsent.withdrawn"));
		assertThat(statusOf(child)).as("ended as the child's own cancel ends it").isEqualTo("CANCELLED");
		assertThat(this.jdbc.queryForMap("select cancelled_at from project_sign_up where id = ?", id))
			.doesNotContainEntry("cancelled_at", null);
		assertThat(this.jdbc
			.queryForMap("select decision, decided_at, text_version, guardian_email from project_sign_up_consent "
					+ "where sign_up_id = ?", id))
			.containsEntry("decision", "WITHDRAWN")
			.containsEntry("text_version", SignUpConsents.TEXT_VERSION)
			.containsEntry("guardian_email", null);
		assertThat(groupingPage(project)).as("no longer counts for grouping")
			.contains("Niet ingedeeld (0)")
			.doesNotContain("<strong>Sam</strong>");

		MimeMessage mail = this.mailbox.latest(child, 3);
		assertThat(Mailbox.subject(mail)).startsWith("Je doet niet meer mee");
		assertThat(Mailbox.text(mail))
			.contains("Hoi Sam,", "Je ouder of voogd vindt het nu toch niet goed dat je meedoet",
					"Je hebt niets fout gedaan")
			.doesNotContain("Je plek bij het gesprek")
			.doesNotContainPattern("\\b[Uu]w?\\b");
		assertThat(withdrawnMails(id)).isOne();

		// The page says what holds; withdrawing again does nothing and thanks nobody.
		assertThat(page(consent)).contains("uw toestemming ingetrokken").doesNotContain("/intrekken\"");
		this.mvc.perform(post(consent + "/intrekken").with(csrf()))
			.andExpect(redirectedUrl(consent))
			.andExpect(flash().attributeCount(0));
		assertThat(withdrawnMails(id)).isOne();

		// The child's data go a day later, as after a refusal.
		Object job = this.context.getBean("signUpRetention");
		job.getClass().getMethod("removeDue").invoke(job);
		assertThat(this.jdbc.queryForMap("select email from project_sign_up where id = ?", id)).containsEntry("email",
				child);
		this.jdbc.update(
				"update project_sign_up_consent set decided_at = now() - interval '2 days' where sign_up_id = ?", id);
		job.getClass().getMethod("removeDue").invoke(job);
		assertThat(this.jdbc.queryForMap("select name, email, anonymised_at from project_sign_up where id = ?", id))
			.containsEntry("name", null)
			.containsEntry("email", null)
			.doesNotContainEntry("anonymised_at", null);
		this.mvc.perform(post("/project-toestemming/" + "x".repeat(43) + "/intrekken").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void consentNotGivenCannotBeWithdrawn() throws Exception {
		SignUpFixtures.Project project = project("Nog niet");
		String child = email("kind");
		String token = this.fixtures.awaitingConsent(project.id(), "Sam", child, email("voogd"));
		String consent = "/project-toestemming/" + token;
		assertThat(page(consent)).doesNotContain("/intrekken\"");
		this.mvc.perform(post(consent + "/intrekken").with(csrf()))
			.andExpect(redirectedUrl(consent))
			.andExpect(flash().attributeCount(0));
		assertThat(statusOf(child)).isEqualTo("AWAITING_CONSENT");
		assertThat(withdrawnMails(id(child))).isZero();
	}

	/**
	 * The child already had a place at a dialogue: it ends as a cancel through the
	 * personal link ends it (the link ends, the place goes to the first on the waitlist,
	 * who is mailed), and the child's one mail says the place ended too.
	 */
	@Test
	void aPlacedChildsPlaceEndsAndGoesToTheWaitlist() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		SignUpFixtures.Project project = project("Geplaatst");
		String child = email("kind");
		String consent = consented(project, child, email("voogd"));
		long id = id(child);
		long dialogue = this.placements.dialogue(project.id(), "Dialoog woensdag",
				PlacementFixtures.next(DayOfWeek.WEDNESDAY), LocalTime.of(15, 0), true, 1, Map.of());
		String board = "/projecten/" + project.id() + "/indeling";
		this.mvc
			.perform(post(board + "/verplaatsen").with(csrf())
				.with(user(coordinator))
				.param("signUp", Long.toString(id))
				.param("meeting", Long.toString(dialogue)))
			.andExpect(redirectedUrl(board));
		this.mvc
			.perform(post(board + "/bevestigen").with(csrf())
				.with(user(coordinator))
				.param("meeting", Long.toString(dialogue)))
			.andExpect(flash().attribute("flashMessage", "placement.confirmed"));
		long registration = this.jdbc
			.queryForObject("select registration_id from project_group_member where sign_up_id = ?", Long.class, id);
		assertThat(this.jdbc.queryForObject("select status from registration where id = ?", String.class, registration))
			.isEqualTo("CONFIRMED");
		this.mailbox.await(child, 3);
		// The only place is taken; someone waits for it.
		long waiting = this.meetings.confirmed(dialogue, "Wim Wachtend", ParticipantRole.FOSTER_PARENT);
		this.jdbc.update("update registration set status = 'WAITLISTED' where id = ?", waiting);

		this.mvc.perform(post(consent + "/intrekken").with(csrf()))
			.andExpect(flash().attribute("flashMessage", "projectConsent.withdrawn"));

		assertThat(statusOf(child)).isEqualTo("CANCELLED");
		assertThat(this.jdbc.queryForMap("""
				select r.status, c.decision, c.text_version from registration r
				join guardian_consent c on c.registration_id = r.id where r.id = ?""", registration))
			.containsEntry("status", "CANCELLED")
			.containsEntry("decision", "WITHDRAWN");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from registration_link where registration_id = ? and ended_at is null", Long.class,
				registration))
			.as("the child's personal link for the dialogue ends")
			.isZero();
		assertThat(this.jdbc.queryForObject("select status from registration where id = ?", String.class, waiting))
			.as("the place goes to the waitlist")
			.isEqualTo("CONFIRMED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_outbox where kind = 'registration.PROMOTED' and subject_id = ?", Long.class,
				waiting))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_outbox where kind like 'registration.%' and kind <> 'registration.CONFIRMED' "
						+ "and subject_id = ?",
				Long.class, registration))
			.as("one mail to the child, from the project, not a second one that says they cancelled")
			.isZero();
		MimeMessage mail = this.mailbox.latest(child, 4);
		assertThat(Mailbox.subject(mail)).startsWith("Je doet niet meer mee");
		assertThat(Mailbox.text(mail)).contains("Je plek bij het gesprek gaat dus ook niet door",
				"Je hebt niets fout gedaan");
		assertThat(withdrawnMails(id)).isOne();
		// The grouping page no longer has the child.
		assertThat(this.mvc.perform(get(board).with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("<strong>Sam</strong>");
	}

	@Test
	void twoWithdrawalsAtOnceWithdrawOnceAndMailOnce() throws Exception {
		SignUpFixtures.Project project = project("Dubbel intrekken");
		String child = email("kind");
		String consent = consented(project, child, email("voogd"));
		List<MockHttpServletResponse> answers = this.sentTwice.atOnce(() -> post(consent + "/intrekken").with(csrf()),
				() -> post(consent + "/intrekken").with(csrf()));
		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
		assertThat(statusOf(child)).isEqualTo("CANCELLED");
		assertThat(withdrawnMails(id(child))).isOne();
		this.mailbox.await(child, 3);
		Thread.sleep(500);
		assertThat(this.mailbox.to(child))
			.filteredOn((mail) -> Mailbox.subject(mail).startsWith("Je doet niet meer mee"))
			.hasSize(1);
	}

	/**
	 * The outbox checks when it sends that the mail still applies: a withdrawal mail held
	 * up by a mail outage is not sent once the child signed up anew meanwhile.
	 */
	@Test
	void aWithdrawalMailThatNoLongerAppliesWhenItCanBeSentIsNotSent() throws Exception {
		SignUpFixtures.Project project = project("Storing");
		String child = email("kind");
		String consent = "/project-toestemming/"
				+ this.fixtures.consentGiven(project.id(), "Sam", child, email("voogd"));
		try (MailOutage outage = MailOutage.begin(this.mailSender)) {
			this.mvc.perform(post(consent + "/intrekken").with(csrf()))
				.andExpect(flash().attribute("flashMessage", "projectConsent.withdrawn"));
			long id = id(child);
			assertThat(MailOutage.await(() -> (this.jdbc.queryForObject(
					"select count(*) from mail_outbox where kind = ? and subject_id = ? and last_error is not null",
					Long.class, WITHDRAWN_MAIL, id) > 0) ? "failed" : null))
				.isEqualTo("failed");
			// The child signs up again before the mail could go.
			this.mvc
				.perform(SignUpTest.fromSomewhere(SignUpChildrenTest.child(post(project.page() + "?voor=jongere"),
						child, "FROM_12_TO_16", email("voogd"))))
				.andExpect(redirectedUrl(project.page() + "/verstuurd"));
			assertThat(statusOf(child)).isEqualTo("PENDING");
			GreenMail back = outage.start();
			assertThat(MailOutage.await(() -> (MailOutage.receivedBy(back, child).length > 0) ? "arrived" : null))
				.isNotNull();
			assertThat(MailOutage.await(() -> this.jdbc.queryForObject(
					"select max(outcome) from mail_outbox where kind = ? and subject_id = ?", String.class,
					WITHDRAWN_MAIL, id)))
				.as("the withdrawal mail is dropped unsent")
				.isEqualTo("dropped");
			Thread.sleep(1000);
			assertThat(MailOutage.receivedBy(back, child)).extracting(Mailbox::subject)
				.singleElement()
				.satisfies((subject) -> assertThat(subject).startsWith("Klik op de link om je aan te melden"));
		}
	}

}
