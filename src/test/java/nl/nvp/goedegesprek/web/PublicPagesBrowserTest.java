package nl.nvp.goedegesprek.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class PublicPagesBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/inloggen", "/privacy", "/toegankelijkheid" })
	void publicPageIsDutchAndAccessible(String path) {
		open(path);
		assertThat(this.page.locator("html")).hasAttribute("lang", "nl");
		assertThat(this.page.locator("h1")).isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Privacyverklaring")))
			.isVisible();
		assertAccessible();
	}

	@Test
	void languageSwitchShowsEnglishAndRemembersIt() {
		open("/privacy");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(this.page.locator("h1")).hasText("Privacy statement");
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		open("/toegankelijkheid");
		assertThat(this.page.locator("h1")).hasText("Accessibility statement");
		assertAccessible();
	}

	/**
	 * What people wrote is Dutch: marked so on an English page (WCAG 3.1.2, issue 14).
	 */
	@Test
	void dutchTextOnAnEnglishPageIsMarkedDutch() {
		long trajectory = this.trajectories.create("JZ32", "Taal " + java.util.UUID.randomUUID());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Dialoogbijeenkomst in het Nederlands", 20,
				java.util.Map.of());
		open("/aanmelden/" + meeting.publicId() + "?taal=en");
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator("h1")).hasAttribute("lang", "nl");
		assertThat(this.page.locator(".facts span[lang=nl]")).hasText("Stadhuis, Korte Nieuwstraat 6, Nijmegen");
		assertAccessible();
		open("/aanmelden/" + meeting.publicId() + "?taal=nl");
		assertThat(this.page.locator("h1")).not().hasAttribute("lang", "nl");
	}

	@Test
	void missingPageShowsAFriendlyNotFoundPage() {
		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/987654321");
		assertThat(this.page.locator("h1")).hasText("Pagina niet gevonden");
		assertAccessible();
	}

	@Test
	void malformedAddressShowsAFriendlyPage() {
		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/geen-nummer");
		assertThat(this.page.locator("h1")).hasText("Dit verzoek klopt niet");
		assertAccessible();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleCanLogInAndOut(Role role) {
		AccountPrincipal account = this.accounts.create(role, "JZ32");
		logIn(account.getUsername(), AccountFixtures.PASSWORD);
		assertThat(this.page.getByText("Ingelogd als " + account.displayName())).isVisible();
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
		assertThat(this.page.getByText("U bent uitgelogd.")).isVisible();
	}

	@Test
	void loginGivesANewSessionId() {
		AccountPrincipal account = this.accounts.create(Role.POLICYMAKER, "JZ32");
		// A session id someone planted in the browser before it logs in (fixation).
		String planted = "geplant-" + java.util.UUID.randomUUID();
		this.page.context()
			.addCookies(java.util.List
				.of(new com.microsoft.playwright.options.Cookie("SESSION", planted).setUrl(url("/"))));
		open("/inloggen");
		// The login page itself makes no session (decision 30), unless a test before
		// swapped the CSRF token store for a session-based one.
		String before = sessionCookie();
		logIn(account.getUsername(), AccountFixtures.PASSWORD);
		Assertions.assertThat(sessionCookie())
			.as("session after login")
			.isNotNull()
			.isNotEqualTo(planted)
			.isNotEqualTo(before);
	}

	private String sessionCookie() {
		return this.page.context()
			.cookies()
			.stream()
			.filter((cookie) -> cookie.name.equals("SESSION"))
			.map((cookie) -> cookie.value)
			.findFirst()
			.orElse(null);
	}

	@Test
	void failedLoginKeepsTheAddressAndDoesNotSayWhetherTheAccountExists() {
		open("/inloggen");
		this.page.getByLabel("E-mailadres").fill("niemand@test.example");
		this.page.getByLabel("Wachtwoord").fill("fout-wachtwoord");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Het e-mailadres of het wachtwoord klopt niet");
		assertThat(this.page.getByLabel("E-mailadres")).hasValue("niemand@test.example");
		assertAccessible();
	}

}
