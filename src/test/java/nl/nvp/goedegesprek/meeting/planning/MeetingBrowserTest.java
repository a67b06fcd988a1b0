package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class MeetingBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private TestClock clock;

	@Test
	void coordinatorPlansAMeetingAndAParticipantRegistersConfirmsChangesAndCancels() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Bijeenkomsten Nijmegen", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);

		// The coordinator plans the meeting; a first try with the end before the start is
		// refused.
		open("/trajecten/" + trajectory + "/bijeenkomsten/nieuw");
		assertAccessible();
		this.page.getByLabel("Titel").fill("Dialoogbijeenkomst 1 Nijmegen");
		this.page.getByLabel("Hoort bij de stap").selectOption("DIALOGUE_MEETING_1");
		this.page.getByLabel("Datum").fill(TestClock.today().plusWeeks(3).toString());
		this.page.getByLabel("Begintijd").fill("18:00");
		this.page.getByLabel("Eindtijd").fill("17:00");
		this.page.getByLabel("Aantal plaatsen").fill("1");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
		assertThat(this.page.locator("#endTime-error")).hasText("De eindtijd moet na de begintijd liggen.");
		assertThat(this.page.locator("#address-error")).containsText("Vul het adres in");
		assertThat(this.page.getByLabel("Titel")).hasValue("Dialoogbijeenkomst 1 Nijmegen");
		assertAccessible();
		this.page.getByLabel("Eindtijd").fill("21:00");
		this.page.getByLabel("Adres", new Page.GetByLabelOptions().setExact(true))
			.fill("Wijkcentrum De Brakkenstein, Nijmegen");
		this.page.getByLabel("Toegankelijkheid").fill("Rolstoeltoegankelijk, met lift.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
		assertThat(this.page.locator(".alert-success")).hasText("De bijeenkomst is gepland.");
		assertAccessible();
		// The link to share is whole (it can be pasted into an e-mail), and a button
		// copies
		// it.
		String publicLink = this.page.locator(".public-link").textContent().trim();
		assertThat(publicLink).startsWith("http://localhost/aanmelden/");
		this.page.context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kopieer de link")).click();
		assertThat(this.page.locator("#public-link-status")).hasText("De link is gekopieerd.");
		assertThat(this.page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(publicLink);
		String publicPath = java.net.URI.create(publicLink).getPath();
		String meetingUrl = this.page.url();
		// The trajectory's page lists it, with its places taken.
		open("/trajecten/" + trajectory);
		assertThat(this.page.locator(".trajectory-meetings li")).hasCount(1);
		assertThat(this.page.locator(".trajectory-meetings li")).containsText("Dialoogbijeenkomst 1 Nijmegen");
		assertThat(this.page.locator(".trajectory-meetings li")).containsText("0 van 1 bezet");
		this.page.navigate(meetingUrl);

		// A foster parent registers on the public page, without an account.
		Page participant = newPerson();
		participant.navigate(url(publicPath));
		assertThat(participant.locator("h1")).hasText("Dialoogbijeenkomst 1 Nijmegen");
		assertAccessible(participant);
		participant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik ben volwassen")).click();
		String email = "pleegouder-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		participant.getByLabel("Uw naam").fill("Marieke");
		participant.getByLabel("Uw e-mailadres").fill(email);
		participant.getByLabel("Pleegouder", new Page.GetByLabelOptions().setExact(true)).check();
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();
		assertThat(participant.locator("#consent-error")).containsText("privacyverklaring");
		assertThat(participant.getByLabel("Uw naam")).hasValue("Marieke");
		assertAccessible(participant);
		participant.getByLabel("Vergoeding van reiskosten").check();
		participant.getByLabel("Ik ga akkoord met de privacyverklaring").check();
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();
		assertThat(participant.locator("h1")).hasText("Kijk in uw e-mail");
		assertAccessible(participant);

		// The registration counts once the link in the e-mail is followed and confirmed.
		MimeMessage confirmMail = this.mailbox.latest(email, 1);
		assertThat(Mailbox.subject(confirmMail)).isEqualTo("Bevestig uw aanmelding: Dialoogbijeenkomst 1 Nijmegen");
		participant.navigate(Mailbox.personalLink(confirmMail, url("")));
		assertThat(participant.locator(".registration-status")).containsText("Nog niet bevestigd");
		assertAccessible(participant);
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik bevestig mijn aanmelding"))
			.click();
		assertThat(participant.locator(".alert-success")).hasText("Uw aanmelding is bevestigd. U heeft een plek.");
		MimeMessage confirmed = this.mailbox.latest(email, 2);
		assertThat(Mailbox.subject(confirmed)).isEqualTo("U bent aangemeld: Dialoogbijeenkomst 1 Nijmegen");
		assertThat(Mailbox.text(confirmed)).contains("BEGIN:VCALENDAR")
			.contains("SUMMARY:Dialoogbijeenkomst 1 Nijmegen")
			.contains("Wijkcentrum De Brakkenstein");

		// Change through the personal link.
		participant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gegevens wijzigen")).click();
		assertAccessible(participant);
		participant.getByLabel("Telefoonnummer").fill("06 12345678");
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(participant.locator(".alert-success")).hasText("Uw gegevens zijn opgeslagen.");
		assertThat(participant.getByText("06 12345678")).isVisible();

		// A second person finds the meeting full and waits; when the first cancels, they
		// move up.
		Page second = newPerson();
		second.navigate(url(publicPath + "?voor=volwassene"));
		String secondEmail = "ouder-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		second.getByLabel("Uw naam").fill("Sandra");
		second.getByLabel("Uw e-mailadres").fill(secondEmail);
		second.getByLabel("Ouder van een pleegkind").check();
		second.getByLabel("Ik ga akkoord met de privacyverklaring").check();
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();
		second.navigate(Mailbox.personalLink(this.mailbox.latest(secondEmail, 1), url("")));
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik bevestig mijn aanmelding"))
			.click();
		assertThat(second.locator(".alert-success")).containsText("u staat op de wachtlijst");
		assertThat(Mailbox.subject(this.mailbox.latest(secondEmail, 2))).startsWith("U staat op de wachtlijst");

		// The coordinator sees one place taken, one waiting, and the support to arrange.
		this.page.navigate(meetingUrl);
		assertThat(this.page.locator(".places-summary"))
			.hasText("1 van 1 plaatsen bezet, 1 op de wachtlijst, 0 nog niet bevestigd");
		assertThat(this.page.getByText("Marieke: reiskosten")).isVisible();
		assertThat(this.page.locator(".role-chart .bar-chart[role=img]")).isVisible();
		assertAccessible();

		participant
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik kan niet komen: aanmelding annuleren"))
			.click();
		// The link ends: it says so, and shows nothing of the registration any more.
		assertThat(participant.locator("h1")).hasText("Uw aanmelding is geannuleerd");
		assertThat(participant.locator("main")).not().containsText("Marieke");
		assertAccessible(participant);
		assertThat(Mailbox.subject(this.mailbox.latest(email, 3))).startsWith("Uw aanmelding is geannuleerd");
		participant.navigate(participant.url() + "/wijzigen");
		assertThat(participant.locator("h1")).hasText("Uw aanmelding is geannuleerd");
		MimeMessage promoted = this.mailbox.latest(secondEmail, 3);
		assertThat(Mailbox.subject(promoted)).isEqualTo("Er is een plek voor u: Dialoogbijeenkomst 1 Nijmegen");
		second.navigate(Mailbox.personalLink(promoted, url("")));
		assertThat(second.locator(".registration-status")).containsText("Aangemeld");

		// Registering again with the same address is answered kindly, by mail, not on the
		// page.
		participant.navigate(url(publicPath + "?voor=volwassene"));
		participant.getByLabel("Uw naam").fill("Sandra");
		participant.getByLabel("Uw e-mailadres").fill(secondEmail);
		participant.getByLabel("Ouder van een pleegkind").check();
		participant.getByLabel("Ik ga akkoord met de privacyverklaring").check();
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true)).click();
		assertThat(participant.locator("h1")).hasText("Kijk in uw e-mail");
		assertThat(Mailbox.subject(this.mailbox.latest(secondEmail, 4))).startsWith("U bent al aangemeld");
		participant.context().close();
		second.context().close();

		this.page.reload();
		assertThat(this.page.locator(".places-summary"))
			.hasText("1 van 1 plaatsen bezet, 0 op de wachtlijst, 0 nog niet bevestigd");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deelnemerslijst afdrukken")).click();
		assertThat(this.page.locator(".print-list tbody tr")).hasCount(1);
		assertThat(this.page.locator(".print-list")).containsText("Sandra");
		assertAccessible();
		this.page.goBack();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bijeenkomst wijzigen")).click();
		assertAccessible();
		open("/bijeenkomsten");
		assertThat(this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Dialoogbijeenkomst 1 Nijmegen")))
			.isVisible();
		assertAccessible();
	}

	/**
	 * Once the meeting has started, its date, time, place and link are read-only on the
	 * edit form; the rest still changes, and a failed submit keeps what was typed.
	 */
	@Test
	void aPastDateAndMorePlacesPerRoleThanTheMeetingHasAreRefused() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Te laat Nijmegen", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory + "/bijeenkomsten/nieuw");
		this.page.getByLabel("Titel").fill("Dialoogtafel Nijmegen");
		this.page.getByLabel("Datum").fill(TestClock.today().minusDays(1).toString());
		this.page.getByLabel("Begintijd").fill("18:00");
		this.page.getByLabel("Eindtijd").fill("21:00");
		this.page.getByLabel("Adres", new Page.GetByLabelOptions().setExact(true)).fill("Wijkcentrum, Nijmegen");
		this.page.getByLabel("Aantal plaatsen").fill("10");
		this.page.locator("#quota-FOSTER_PARENT").fill("12");
		this.page.locator("#quota-PARENT").fill("6");
		this.page.locator("#quota-FOSTER_CARE_WORKER").fill("6");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
		assertThat(this.page.locator("#date-error")).hasText("Deze datum is al voorbij. Kies een dag vanaf vandaag.");
		assertThat(this.page.locator("#quota-FOSTER_PARENT ~ .invalid-feedback"))
			.hasText("Dit zijn meer plaatsen dan de bijeenkomst heeft (10).");
		assertThat(this.page.getByLabel("Titel")).hasValue("Dialoogtafel Nijmegen");
		assertThat(this.page.locator("#quota-FOSTER_PARENT")).hasValue("12");
		assertAccessible();

		// Each role fits, but together they do not.
		this.page.getByLabel("Datum").fill(TestClock.today().plusWeeks(2).toString());
		this.page.locator("#quota-FOSTER_PARENT").fill("5");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
		assertThat(this.page.locator("#capacity-error")).containsText("De plaatsen per rol zijn samen 17.");
		assertThat(this.page.locator("#date-error")).hasCount(0);
		assertAccessible();

		this.page.getByLabel("Aantal plaatsen").fill("20");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst plannen")).click();
		assertThat(this.page.locator(".alert-success")).hasText("De bijeenkomst is gepland.");
	}

	@Test
	void aMeetingThatHasStartedShowsItsScheduleReadOnly() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Al bezig", coordinator.id());
		LocalDate day = TestClock.today().plusDays(10);
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Bijeenkomst bezig", 30, Map.of(), day);
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		this.clock.set(day.atTime(14, 0));
		try {
			open("/bijeenkomsten/" + meeting.id() + "/bewerken");
			assertThat(this.page.locator("#schedule-fixed")).containsText("De bijeenkomst is al begonnen.");
			for (String field : new String[] { "date", "startTime", "endTime", "address", "onlineLink" }) {
				assertThat(this.page.locator("#" + field)).not().isEditable();
			}
			assertThat(this.page.locator("#online")).isDisabled();
			assertThat(this.page.getByLabel("Titel")).isEditable();
			assertAccessible();

			this.page.getByLabel("Titel").fill("");
			this.page.getByLabel("Aantal plaatsen").fill("35");
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
			assertThat(this.page.locator(".error-summary a[href='#title']")).isVisible();
			assertThat(this.page.locator(".error-summary")).isFocused();
			assertThat(this.page.getByLabel("Aantal plaatsen")).hasValue("35");
			assertThat(this.page.locator("#date")).not().isEditable();
			assertAccessible();

			this.page.getByLabel("Titel").fill("Bijeenkomst bezig, met pauze");
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
			assertThat(this.page.locator(".alert-success")).isVisible();
			assertThat(this.page.locator("h1")).hasText("Bijeenkomst bezig, met pauze");
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void checkInOnAPhone() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		long trajectory = this.trajectories.createRunning("JZ34", "Inchecken", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Startbijeenkomst Roosendaal", 30, Map.of());
		this.meetings.confirmed(meeting.id(), "Jeroen", ParticipantRole.FOSTER_CARE_WORKER);
		this.meetings.confirmed(meeting.id(), "Fatima", ParticipantRole.FOSTER_PARENT);

		Page phone = Browsers.get()
			.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(375, 740).setIsMobile(true))
			.newPage();
		logIn(phone, coordinator.getUsername(), AccountFixtures.PASSWORD);
		phone.navigate(url("/bijeenkomsten/" + meeting.id() + "/inchecken"));
		assertThat(phone.getByText("0 van 2 aanwezig")).isVisible();
		assertAccessible(phone);
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fatima is aanwezig")).click();
		assertThat(
				phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fatima is toch niet aanwezig")))
			.hasAttribute("aria-pressed", "true");
		phone.reload();
		assertThat(phone.getByText("1 van 2 aanwezig")).isVisible();
		assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jeroen is aanwezig")))
			.hasAttribute("aria-pressed", "false");
		assertAccessible(phone);
		phone.context().close();
	}

}
