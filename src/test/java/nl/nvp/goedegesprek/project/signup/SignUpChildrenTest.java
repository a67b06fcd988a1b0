package nl.nvp.goedegesprek.project.signup;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.project.SignUpForms;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.SentTwice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Children sign up for a national project (issue 17, decision 50): a form of their own in
 * "je" words with the age group and, under 16, a parent's or guardian's address; the
 * sign-up counts (CONFIRMED) only once the child confirmed and the adult consented
 * through a link of their own (only its hash stored); a refusal or no answer in time ends
 * it, mails the child kindly and erases it a day later; two answers at once make one
 * consent and one mail; whom the grouping page places; the data request.
 */
@IntegrationTest
class SignUpChildrenTest {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final SignUpFixtures fixtures;

	private final Mailbox mailbox;

	private final AccountFixtures accounts;

	private final SignUpPersonalData personalData;

	private final SentTwice sentTwice;

	private final ApplicationContext context;

	@Autowired
	SignUpChildrenTest(MockMvc mvc, JdbcTemplate jdbc, SignUpFixtures fixtures, Mailbox mailbox,
			AccountFixtures accounts, SignUpPersonalData personalData, SentTwice sentTwice,
			ApplicationContext context) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.fixtures = fixtures;
		this.mailbox = mailbox;
		this.accounts = accounts;
		this.personalData = personalData;
		this.sentTwice = sentTwice;
		this.context = context;
	}

	private static String email(String who) {
		return who + "-" + UUID.randomUUID() + "@test.example";
	}

	private SignUpFixtures.Project project(String title) {
		return this.fixtures.childrenProject(title);
	}

	/** The children's form filled in by a foster child. */
	static MockHttpServletRequestBuilder child(MockHttpServletRequestBuilder request, String email, String ageGroup,
			String guardianEmail) {
		request.param("name", "Sam")
			.param("email", email)
			.param("role", "FOSTER_CHILD")
			.param("regionCode", "JZ32")
			.param("weekParts", "3-AFTERNOON")
			.param("mode", "ONLINE")
			.param("consent", "true");
		if (ageGroup != null) {
			request.param("ageGroup", ageGroup);
		}
		return (guardianEmail != null) ? request.param("guardianEmail", guardianEmail) : request;
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long id(String email) {
		return this.fixtures.idOf(email);
	}

	/**
	 * The project's grouping page (decision 49) as a national coordinator sees it: the
	 * sign-ups that count for placing, all of them not placed yet (by its own query).
	 */
	private String groupingPage(SignUpFixtures.Project project) throws Exception {
		return groupingPage(this.mvc, this.accounts, project);
	}

	static String groupingPage(MockMvc mvc, AccountFixtures accounts, SignUpFixtures.Project project) throws Exception {
		return mvc
			.perform(get("/projecten/{id}/indeling", project.id())
				.with(user(accounts.create(Role.NATIONAL_COORDINATOR))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String ageGroupOf(long id) {
		return this.jdbc.queryForObject("select age_group from project_sign_up where id = ?", String.class, id);
	}

	private String statusOf(String email) {
		return this.fixtures.statusOf(email);
	}

	/**
	 * Signs up as a child and confirms; returns the consent link from the adult's mail.
	 */
	private String waitingForConsent(SignUpFixtures.Project project, String child, String guardian) throws Exception {
		this.mvc
			.perform(SignUpTest
				.fromSomewhere(child(post(project.page() + "?voor=jongere"), child, "FROM_12_TO_16", guardian)))
			.andExpect(redirectedUrl(project.page() + "/verstuurd"));
		MimeMessage confirm = this.mailbox.latest(child, 1);
		assertThat(Mailbox.subject(confirm)).startsWith("Klik op de link om je aan te melden");
		assertThat(Mailbox.text(confirm)).contains("Hoi Sam,").doesNotContainPattern("\\b[Uu]w?\\b");
		String link = Mailbox.link(confirm, "/project-aanmelding/", "");
		this.mvc.perform(post(link + "/bevestigen").with(csrf())).andExpect(redirectedUrl(link));
		assertThat(statusOf(child)).isEqualTo("AWAITING_CONSENT");
		assertThat(page(link)).contains("We wachten op toestemming van je ouder of voogd");
		MimeMessage request = this.mailbox.latest(guardian, 1);
		assertThat(Mailbox.subject(request)).startsWith("Uw toestemming gevraagd");
		assertThat(Mailbox.text(request)).contains("Naam van het kind bij deze aanmelding: Sam", "jonger dan 16");
		return Mailbox.link(request, "/project-toestemming/", "");
	}

	@Test
	void childrenGetAFormOfTheirOwnThatAsksTheAgeGroupAndUnder16TheGuardiansAddress() throws Exception {
		SignUpFixtures.Project project = project("Kinderen");
		String adults = page(project.page());
		assertThat(adults).contains("?voor=jongere", "value=\"FOSTER_PARENT\"", "name=\"caseCode\"")
			.doesNotContain("value=\"FOSTER_CHILD\"", "name=\"ageGroup\"");
		String children = page(project.page() + "?voor=jongere");
		assertThat(children)
			.contains("value=\"FOSTER_CHILD\"", "value=\"OWN_CHILD\"", "name=\"ageGroup\"", "name=\"guardianEmail\"",
					"Je naam", "Wat past bij jou?", "Dan moet je ouder of voogd eerst zeggen dat het goed is",
					"voor=jongere", "?voor=volwassene")
			.doesNotContain("value=\"FOSTER_PARENT\"", "name=\"caseCode\"", "name=\"organisation\"", "Uw naam");
		// A project without children's roles has no children's form.
		SignUpFixtures.Project adultsOnly = this.fixtures.project("Volwassenen " + UUID.randomUUID(), Set.of());
		assertThat(page(adultsOnly.page() + "?voor=jongere")).contains("value=\"FOSTER_PARENT\"")
			.doesNotContain("value=\"FOSTER_CHILD\"", "Naar het formulier voor");
	}

	@Test
	void theChildsFormRefusesAMissingAgeGroupOrGuardianAtTheFieldAndStoresNothing() throws Exception {
		SignUpFixtures.Project project = project("Fouten kind");
		String child = email("kind");
		String noAge = this.mvc
			.perform(SignUpTest.fromSomewhere(child(post(project.page() + "?voor=jongere"), child, null, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noAge).contains("href=\"#ageGroup\"", "Kies hoe oud je bent.", "value=\"Sam\"");
		String noGuardian = this.mvc
			.perform(SignUpTest.fromSomewhere(child(post(project.page() + "?voor=jongere"), child, "UNDER_12", null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noGuardian).contains("href=\"#guardianEmail\"", "Vul het e-mailadres van je ouder of voogd in.");
		String own = this.mvc
			.perform(SignUpTest.fromSomewhere(child(post(project.page() + "?voor=jongere"), child, "UNDER_12", child)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("niet je eigen e-mailadres");
		// An adult's role on the children's form is refused at the role field.
		String adultRole = this.mvc
			.perform(SignUpForms.filled(SignUpTest.fromSomewhere(post(project.page() + "?voor=jongere")), child))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(adultRole).contains("href=\"#role\"");
		assertThat(this.jdbc.queryForObject("select count(*) from project_sign_up where trajectory_id = ?", Long.class,
				project.id()))
			.isZero();
	}

	@Test
	void underSixteenASignUpCountsOnlyOnceAParentOrGuardianConsented() throws Exception {
		SignUpFixtures.Project project = project("Toestemming");
		String child = email("kind");
		String guardian = email("voogd");
		String consent = waitingForConsent(project, child, guardian);
		long id = id(child);
		assertThat(groupingPage(project)).contains("Niet ingedeeld (0)").doesNotContain("<strong>Sam</strong>");
		String token = consent.substring("/project-toestemming/".length());
		assertThat(this.jdbc.queryForObject("select count(*) from project_sign_up_consent where token_hash = ?",
				Long.class, token))
			.as("the token itself is never stored")
			.isZero();
		assertThat(page(consent)).contains("Sam", "12 tot 16 jaar", "Geeft u toestemming?", "name=\"answer\"");
		// Yes needs the statement.
		assertThat(this.mvc.perform(post(consent).with(csrf()).param("answer", "ja"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"#responsible\"", "error-summary");
		assertThat(statusOf(child)).isEqualTo("AWAITING_CONSENT");
		this.mvc.perform(post(consent).with(csrf()).param("answer", "ja").param("responsible", "true"))
			.andExpect(redirectedUrl(consent));
		assertThat(statusOf(child)).isEqualTo("CONFIRMED");
		assertThat(this.jdbc.queryForMap(
				"select guardian_email, decision, text_version from project_sign_up_consent where sign_up_id = ?", id))
			.containsEntry("guardian_email", null)
			.containsEntry("decision", "GIVEN")
			.containsEntry("text_version", SignUpConsents.TEXT_VERSION);
		MimeMessage confirmed = this.mailbox.latest(child, 2);
		assertThat(Mailbox.subject(confirmed)).startsWith("Je bent aangemeld");
		assertThat(page(consent)).contains("toestemming gegeven").doesNotContain("name=\"answer\"");
		assertThat(groupingPage(project)).contains("Niet ingedeeld (1)", "<strong>Sam</strong>");
		assertThat(ageGroupOf(id)).isEqualTo(AgeGroup.FROM_12_TO_16.name());
		// A second answer changes nothing.
		this.mvc.perform(post(consent).with(csrf()).param("answer", "nee")).andExpect(redirectedUrl(consent));
		assertThat(statusOf(child)).isEqualTo("CONFIRMED");
		this.mvc.perform(get("/project-toestemming/" + "x".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	void aChildOfSixteenOrOlderCountsOnceConfirmedWithoutAnyoneAsked() throws Exception {
		SignUpFixtures.Project project = project("Zestien");
		String child = email("kind");
		this.mvc
			.perform(SignUpTest.fromSomewhere(
					child(post(project.page() + "?voor=jongere"), child, "FROM_16_TO_18", email("genegeerd"))))
			.andExpect(redirectedUrl(project.page() + "/verstuurd"));
		String link = Mailbox.link(this.mailbox.latest(child, 1), "/project-aanmelding/", "");
		this.mvc.perform(post(link + "/bevestigen").with(csrf())).andExpect(redirectedUrl(link));
		assertThat(statusOf(child)).isEqualTo("CONFIRMED");
		assertThat(this.jdbc.queryForObject("select count(*) from project_sign_up_consent where sign_up_id = ?",
				Long.class, id(child)))
			.isZero();
		assertThat(groupingPage(project)).contains("Niet ingedeeld (1)", "<strong>Sam</strong>");
		assertThat(ageGroupOf(id(child))).isEqualTo(AgeGroup.FROM_16_TO_18.name());
	}

	@Test
	void aRefusalEndsTheSignUpMailsTheChildKindlyAndErasesItADayLater() throws Exception {
		SignUpFixtures.Project project = project("Nee");
		String child = email("kind");
		String consent = waitingForConsent(project, child, email("voogd"));
		this.mvc.perform(post(consent).with(csrf()).param("answer", "nee")).andExpect(redirectedUrl(consent));
		assertThat(statusOf(child)).isEqualTo("CANCELLED");
		MimeMessage ended = this.mailbox.latest(child, 2);
		assertThat(Mailbox.subject(ended)).startsWith("Je aanmelding gaat niet door");
		assertThat(Mailbox.text(ended)).contains("Je hebt niets fout gedaan", "?voor=jongere");
		long id = id(child);
		Object job = this.context.getBean("signUpRetention");
		job.getClass().getMethod("removeDue").invoke(job);
		assertThat(statusOf(child)).as("kept for a day, for the mail").isEqualTo("CANCELLED");
		this.jdbc.update(
				"update project_sign_up_consent set decided_at = now() - interval '2 days' where sign_up_id = ?", id);
		job.getClass().getMethod("removeDue").invoke(job);
		assertThat(this.jdbc.queryForMap("select name, email, anonymised_at from project_sign_up where id = ?", id))
			.containsEntry("name", null)
			.containsEntry("email", null)
			.doesNotContainEntry("anonymised_at", null);
	}

	@Test
	void withoutAnAnswerInTimeTheRequestLapsesAndTheAddressGoes() throws Exception {
		SignUpFixtures.Project project = project("Geen antwoord");
		String child = email("kind");
		String consent = waitingForConsent(project, child, email("voogd"));
		long id = id(child);
		this.jdbc.update(
				"update project_sign_up_consent set lapses_at = now() - interval '1 minute' " + "where sign_up_id = ?",
				id);
		this.context.getBean(SignUpRetention.class).lapseConsents();
		assertThat(statusOf(child)).isEqualTo("CANCELLED");
		assertThat(this.jdbc
			.queryForMap("select guardian_email, decision from project_sign_up_consent " + "where sign_up_id = ?", id))
			.containsEntry("guardian_email", null)
			.containsEntry("decision", "LAPSED");
		assertThat(Mailbox.text(this.mailbox.latest(child, 2))).contains("niet op tijd geantwoord");
		assertThat(page(consent)).contains("Er kwam geen antwoord op tijd").doesNotContain("name=\"answer\"");
	}

	@Test
	void twoAnswersAtOnceMakeOneConsentAndOneMail() throws Exception {
		SignUpFixtures.Project project = project("Dubbel");
		String child = email("kind");
		String consent = waitingForConsent(project, child, email("voogd"));
		List<MockHttpServletResponse> answers = this.sentTwice.atOnce(
				() -> post(consent).with(csrf()).param("answer", "ja").param("responsible", "true"),
				() -> post(consent).with(csrf()).param("answer", "ja").param("responsible", "true"));
		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302);
		assertThat(statusOf(child)).isEqualTo("CONFIRMED");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from mail_outbox where kind = ? and subject_id = ?""", Long.class, SignUps.CONFIRMED,
				id(child)))
			.isOne();
		this.mailbox.await(child, 2);
		Thread.sleep(500);
		assertThat(this.mailbox.to(child)).filteredOn((mail) -> Mailbox.subject(mail).startsWith("Je bent aangemeld"))
			.hasSize(1);
	}

	@Test
	void aDataRequestShowsTheChildsAgeGroupAndConsentAndTheGuardiansAddress() throws Exception {
		SignUpFixtures.Project project = project("Privacy kind");
		String child = email("kind");
		String guardian = email("voogd");
		waitingForConsent(project, child, guardian);
		assertThat(this.personalData.find(new DataSubject(child, "Sam"))).singleElement()
			.satisfies((record) -> assertThat(record.fields()).extracting((field) -> field.name())
				.contains("ageGroup", "consentRequested"));
		DataSubject adult = new DataSubject(guardian.toUpperCase(), "Voogd");
		assertThat(this.personalData.find(adult)).singleElement()
			.satisfies((record) -> assertThat(record.kind()).isEqualTo("projectSignUpGuardian"));
		assertThat(this.personalData.erase(adult)).isOne();
		assertThat(this.personalData.find(adult)).isEmpty();
		assertThat(this.personalData.erase(new DataSubject(child, "Sam"))).isOne();
		assertThat(
				this.jdbc.queryForMap(
						"select token_hash, decision from project_sign_up_consent "
								+ "where sign_up_id = (select id from project_sign_up where trajectory_id = ?)",
						project.id()))
			.containsEntry("token_hash", null)
			.containsEntry("decision", "LAPSED");
	}

	/**
	 * The guardian's data request erases their address before the child confirmed: the
	 * sign-up never counts without consent; it waits (nobody can be asked) and lapses.
	 */
	@Test
	void aGuardiansAddressErasedBeforeTheChildConfirmedNeverMakesTheSignUpCount() throws Exception {
		SignUpFixtures.Project project = project("Vroeg gewist");
		String child = email("kind");
		String guardian = email("voogd");
		this.mvc
			.perform(SignUpTest
				.fromSomewhere(child(post(project.page() + "?voor=jongere"), child, "FROM_12_TO_16", guardian)))
			.andExpect(redirectedUrl(project.page() + "/verstuurd"));
		assertThat(this.personalData.erase(new DataSubject(guardian, "Voogd"))).isOne();
		String link = Mailbox.link(this.mailbox.latest(child, 1), "/project-aanmelding/", "");
		this.mvc.perform(post(link + "/bevestigen").with(csrf())).andExpect(redirectedUrl(link));
		assertThat(statusOf(child)).isEqualTo("AWAITING_CONSENT");
		assertThat(groupingPage(project)).contains("Niet ingedeeld (0)").doesNotContain("<strong>Sam</strong>");
		assertThat(this.jdbc.queryForMap(
				"select guardian_email, token_hash, lapses_at is not null as lapses from project_sign_up_consent "
						+ "where sign_up_id = ?",
				id(child)))
			.containsEntry("guardian_email", null)
			.containsEntry("token_hash", null)
			.containsEntry("lapses", true);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where subject_id = ? and kind = ?",
				Long.class, id(child), SignUpConsents.REQUEST))
			.isZero();
	}

	/** A second answer (another tab) gets no thanks: the page shows what holds. */
	@Test
	void aLateAnswerGetsNoThanks() throws Exception {
		SignUpFixtures.Project project = project("Laat antwoord");
		String consent = waitingForConsent(project, email("kind"), email("voogd"));
		this.mvc.perform(post(consent).with(csrf()).param("answer", "ja").param("responsible", "true"))
			.andExpect(flash().attribute("flashMessage", "projectConsent.given"));
		this.mvc.perform(post(consent).with(csrf()).param("answer", "nee"))
			.andExpect(redirectedUrl(consent))
			.andExpect(flash().attributeCount(0));
	}

}
