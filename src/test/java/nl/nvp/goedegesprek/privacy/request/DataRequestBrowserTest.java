package nl.nvp.goedegesprek.privacy.request;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A national coordinator handles a data request in the browser: search, see, download
 * both exports, erase after confirming; and a participant deletes their own data through
 * their link. Every page passes axe and reflows.
 */
class DataRequestBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aNationalCoordinatorFindsExportsAndErasesAPersonsData() throws Exception {
		String email = "bram-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ33");
		long trajectory = this.trajectories.createRunning("JZ33", "Verzoek in de browser", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Dialoog in Tiel", 20, Map.of(),
				TestClock.today().minusDays(3));
		long registration = this.meetings.confirmed(meeting.id(), "Bram Visser", ParticipantRole.FOSTER_PARENT);
		this.jdbc.update("update registration set email = ? where id = ?", email, registration);

		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		logIn(national.getUsername(), AccountFixtures.PASSWORD);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Privacyverzoeken")).first().click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Verzoeken over persoonsgegevens")))
			.isVisible();
		assertAccessible();

		// A wrong address: the message at the field, what was typed kept.
		this.page.getByLabel("E-mailadres van de persoon").fill("bram-voorbeeld.nl");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		assertThat(this.page.locator("#email-error")).isVisible();
		assertThat(this.page.getByLabel("E-mailadres van de persoon")).hasValue("bram-voorbeeld.nl");
		assertAccessible();

		this.page.getByLabel("E-mailadres van de persoon").fill(email);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		assertThat(this.page.locator(".personal-record")).hasCount(1);
		assertThat(this.page.locator(".personal-record")).containsText("Bram Visser");
		assertThat(this.page.locator(".personal-record")).containsText("Dialoog in Tiel");
		assertThat(this.page.locator(".personal-record")).containsText("Pleegouder");
		assertThat(this.page).not().hasURL(java.util.regex.Pattern.compile(".*bram.*"));
		assertAccessible();

		Download json = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Downloaden als bestand (JSON)"))
			.click());
		String exported = Files.readString(json.path(), StandardCharsets.UTF_8);
		assertThat(exported).contains("\"email\":\"" + email + "\"", "Bram Visser", "FOSTER_PARENT");
		Download pdf = this.page.waitForDownload(
				() -> this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Downloaden als PDF"))
					.click());
		assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gegevens verwijderen…")).click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gegevens verwijderen")))
			.isVisible();
		assertThat(this.page.locator("main")).containsText("Aanmeldingen voor bijeenkomsten: 1");
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, verwijder deze gegevens"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Verwijderd of anoniem gemaakt: 1 onderdeel.");
		assertAccessible();
		assertThat(this.jdbc.queryForObject("select name from registration where id = ?", String.class, registration))
			.isEqualTo("-");

		// The access log shows the steps, without the address.
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inzagelog")).click();
		// Newest first; other tests' rows (some at a later test-clock time) may come
		// before.
		Locator erased = this.page.locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(national.displayName()))
			.first();
		assertThat(erased).containsText("Verwijderd");
		assertThat(erased).containsText("Verzoek van een persoon, kenmerk");
		assertThat(this.page.locator("main")).not().containsText(email);
		assertAccessible();
	}

	@Test
	void aParticipantDeletesTheirOwnDataAfterTheMeeting() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ33");
		long trajectory = this.trajectories.createRunning("JZ33", "Zelf verwijderen", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Dialoog gisteren", 20, Map.of(),
				TestClock.today().minusDays(1));
		String token = this.meetings.confirmedToken(meeting.id(), "Lotte", ParticipantRole.OWN_CHILD);

		open("/aanmelding/" + token);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn gegevens verwijderen")).click();
		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Je gegevens verwijderen")))
			.isVisible();
		assertThat(this.page.locator("main")).containsText("Alleen getallen zonder naam");
		assertThat(this.page.locator("main")).containsText("Ben je een kind of jongere?");
		assertAccessible();
		// The same page in a second tab, to press the button once more afterwards.
		Page secondTab = this.page.context().newPage();
		secondTab.navigate(this.page.url());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, verwijder mijn gegevens"))
			.click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Uw gegevens zijn verwijderd")))
			.isVisible();
		assertAccessible();
		secondTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, verwijder mijn gegevens"))
			.click();
		assertThat(
				secondTab.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Deze link werkt niet meer")))
			.isVisible();
		assertThat(secondTab.locator("main")).containsText("Heeft u net uw gegevens verwijderd? Dan is dat gelukt.");
		assertAccessible(secondTab);

		open("/aanmelding/" + token);
		assertThat(this.page.locator("main")).not().containsText("Lotte");
		assertThat(this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Ja, verwijder mijn gegevens")))
			.hasCount(0);
	}

}
