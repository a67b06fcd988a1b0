package nl.nvp.goedegesprek.meeting.registration;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A foster child of 12 to 16 registers on a phone, a guardian consents through the mailed
 * link, and the child has a place; without an answer in time the registration lapses and
 * the child is told kindly (issue 14, decision 35).
 */
class GuardianConsentBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private GuardianConsentLapses lapses;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aChildRegistersAndAGuardianConsentsThroughTheMailedLink() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Toestemming " + UUID.randomUUID(), coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Dialoog voor jongeren", 20, Map.of());
		String child = "kim-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		String guardian = "voogd-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

		// The child registers on a phone: first says who registers, then gets a form that
		// speaks to a child and asks only what applies to a child.
		this.page.setViewportSize(390, 800);
		open("/aanmelden/" + meeting.publicId());
		assertThat(this.page.locator("form.narrow-form")).hasCount(0);
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik ben een kind of jongere")).click();
		assertThat(this.page.locator("form.narrow-form")).not().containsText(Pattern.compile("\\b[Uu]w?\\b"));
		assertThat(this.page.getByLabel("Organisatie")).hasCount(0);
		assertThat(this.page.getByLabel("Opvang voor kinderen")).hasCount(0);
		assertThat(this.page.getByLabel("Pleegouder", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
		assertAccessible();
		this.page.getByLabel("Je naam").fill("Kim");
		this.page.getByLabel("Je e-mailadres").fill(child);
		this.page.getByLabel("Ik ben een pleegkind").check();
		this.page.getByLabel("12 tot 16 jaar").check();
		this.page.getByLabel("Naam van je ouder of voogd").fill("Jeugdbescherming Gelderland, mevrouw Bos");
		// The choices in the child's words, not "ouder met gezag" (decision 38).
		assertThat(this.page.getByLabel("Wie is dat?")).containsText("Ouder die over je beslist");
		assertThat(this.page.getByLabel("Wie is dat?")).not().containsText("gezag");
		this.page.getByLabel("Wie is dat?").selectOption("GUARDIAN_INSTITUTION");
		// First the child's own address as the adult's: refused, with the reason.
		this.page.getByLabel("E-mailadres van je ouder of voogd").fill(child);
		this.page.getByLabel("Ik vind het goed dat mijn gegevens").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();
		assertThat(this.page.locator("#guardianEmail-error")).containsText("niet je eigen e-mailadres");
		assertThat(this.page.locator(".error-summary")).isFocused();
		// Still the child's form, with what was typed.
		assertThat(this.page.getByLabel("Je naam")).hasValue("Kim");
		assertThat(this.page.getByLabel("Ik ben een pleegkind")).isChecked();
		assertAccessible();
		this.page.getByLabel("E-mailadres van je ouder of voogd").fill(guardian);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();
		assertThat(this.page.locator("h1")).hasText("Kijk in je e-mail");

		// The child confirms their address (a mail in the child's words): now the
		// guardian
		// is asked.
		MimeMessage confirm = this.mailbox.latest(child, 1);
		assertThat(Mailbox.subject(confirm)).isEqualTo("Klik op de link om je aan te melden: Dialoog voor jongeren");
		assertThat(Mailbox.text(confirm)).startsWith("Hoi,").contains("jouw e-mailadres").doesNotContain(" u ");
		this.page.navigate(Mailbox.personalLink(confirm, url("")));
		assertThat(this.page.locator("h1")).hasText("Je aanmelding");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik bevestig mijn aanmelding"))
			.click();
		assertThat(this.page.locator(".alert-success")).containsText("We hebben je ouder of voogd gemaild");
		assertThat(this.page.locator(".registration-status")).containsText("Wacht op toestemming");
		assertThat(this.page.locator(".awaiting-consent")).containsText("Jeugdbescherming Gelderland, mevrouw Bos");
		assertAccessible();
		String childPage = this.page.url();

		MimeMessage request = this.mailbox.latest(guardian, 1);
		assertThat(Mailbox.subject(request)).isEqualTo("Uw toestemming gevraagd: Dialoog voor jongeren");
		assertThat(Mailbox.text(request)).contains("Naam van het kind bij deze aanmelding: Kim")
			.contains("Wat we bewaren")
			.contains("intrekken")
			.contains("12 maanden")
			.doesNotContain(child);

		// The guardian answers on a phone; yes without the statement is refused.
		Page adult = newPerson();
		adult.setViewportSize(390, 800);
		adult.navigate(Mailbox.link(request, "/toestemming/", url("")));
		assertThat(adult.locator("h1")).hasText("Toestemming voor een aanmelding");
		assertThat(adult.locator(".consent-facts")).containsText("Kim");
		Browsers.assertAccessible(adult);
		adult.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik geef toestemming")).click();
		assertThat(adult.locator(".error-summary")).isFocused();
		assertThat(adult.locator("#responsible-error")).isVisible();
		Browsers.assertAccessible(adult);
		adult.getByLabel("Ik ben de ouder die over dit kind beslist, of de voogd van dit kind.").check();
		adult.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik geef toestemming")).click();
		assertThat(adult.locator(".alert-success")).containsText("U heeft toestemming gegeven");
		assertThat(adult.locator(".consent-decision")).containsText("toestemming gegeven");
		assertThat(adult.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toestemming intrekken")))
			.isVisible();
		Browsers.assertAccessible(adult);
		adult.context().close();

		// Who, when, which text: recorded; the adult's address is gone.
		Map<String, Object> recorded = this.jdbc
			.sql("select c.decision, c.text_version, c.guardian_email, r.guardian_name, r.status "
					+ "from guardian_consent c join registration r on r.id = c.registration_id where lower(r.email) = ?")
			.param(child)
			.query()
			.singleRow();
		assertThat(recorded).containsEntry("decision", "GIVEN")
			.containsEntry("text_version", GuardianConsents.TEXT_VERSION)
			.containsEntry("guardian_name", "Jeugdbescherming Gelderland, mevrouw Bos")
			.containsEntry("status", "CONFIRMED");
		assertThat(recorded.get("guardian_email")).isNull();

		// The child has a place, and the mail with the new link says so.
		MimeMessage placed = this.mailbox.latest(child, 2);
		assertThat(Mailbox.subject(placed)).isEqualTo("Je bent aangemeld: Dialoog voor jongeren");
		assertThat(Mailbox.text(placed)).contains("Er is een plek voor je").doesNotContain(" u ").doesNotContain("Uw ");
		this.page.navigate(Mailbox.personalLink(placed, url("")));
		assertThat(this.page.locator(".registration-status")).containsText("Aangemeld");
		assertThat(this.page.locator("main")).containsText("Je hebt een plek.");
		assertAccessible();
		assertThat(childPage).isNotEqualTo(this.page.url());
	}

	@Test
	void withoutConsentInTimeTheRegistrationLapsesAndTheChildIsToldKindly() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Vervallen " + UUID.randomUUID(), coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Dialoog zonder antwoord", 20, Map.of());
		MeetingFixtures.AwaitingConsent waiting = this.meetings.awaitingConsent(meeting.id(), "Sam");
		String child = this.jdbc.sql("select email from registration where id = ?")
			.param(waiting.registrationId())
			.query(String.class)
			.single();

		this.page.setViewportSize(320, 800);
		open("/aanmelding/" + waiting.childToken());
		assertThat(this.page.locator(".registration-status")).containsText("Wacht op toestemming");
		assertAccessible();

		// A week later nobody answered.
		this.jdbc.sql("update guardian_consent set lapses_at = now() - interval '1 minute' where registration_id = ?")
			.param(waiting.registrationId())
			.update();
		this.lapses.run();
		this.lapses.run();

		MimeMessage told = this.mailbox.latest(child, 1);
		assertThat(Mailbox.subject(told)).isEqualTo("Je aanmelding gaat niet door: Dialoog zonder antwoord");
		assertThat(Mailbox.text(told)).contains("Je hebt niets fout gedaan").contains("/aanmelden/");
		assertThat(this.mailbox.to(child)).hasSize(1);
		assertThat(this.jdbc.sql("select status from registration where id = ?")
			.param(waiting.registrationId())
			.query(String.class)
			.single()).isEqualTo("CANCELLED");

		// The guardian's link now says it lapsed, and takes no answer.
		open("/toestemming/" + waiting.guardianToken());
		assertThat(this.page.locator(".consent-decision")).containsText("Er kwam geen antwoord op tijd");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik geef toestemming")))
			.hasCount(0);
		assertAccessible();
	}

}
