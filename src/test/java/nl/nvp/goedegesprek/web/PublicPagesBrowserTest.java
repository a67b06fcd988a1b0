package nl.nvp.goedegesprek.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
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

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

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

	/**
	 * The public action plan in English: the interface is English, the plan's own text
	 * (title, introduction, topics, actions, organisations) is marked Dutch (issue 14).
	 */
	@Test
	void publicActionPlanInEnglishMarksItsDutchPartsDutch() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Actieplan in het Nederlands", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Positie van ouders").get(0);
		long action = this.actionPlan.action(trajectory, coordinator, topic, "Startwijzer voor ouders",
				nl.nvp.goedegesprek.support.TestClock.today().minusDays(2));
		String link = this.actionPlan.adoptPublicPlan(trajectory, coordinator);
		open(link + "?taal=en");
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator("h1")).containsText("Action plan");
		assertThat(this.page.locator("h1 [lang=nl]")).hasText("Actieplan in het Nederlands");
		assertThat(this.page.locator("h3[lang=nl]")).hasText("Positie van ouders");
		Locator card = this.page.locator(".plan-action[data-action='" + action + "']");
		assertThat(card.locator("h4")).hasAttribute("lang", "nl");
		assertThat(card.locator("span[lang=nl]")).hasText("Pleegzorg Gelderland");
		assertThat(card).containsText("Late: the deadline has passed");
		assertAccessible();
		open(link + "?taal=nl");
		assertThat(card.locator("h4")).not().hasAttribute("lang", "nl");
		assertThat(card).containsText("Te laat");
	}

	/**
	 * The accessibility statement does not scroll sideways at 320 and 1280 CSS px, also
	 * with the long Dutch words and the mail address, and is honest about what is not
	 * tested yet (issue 14).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "nl", "en" })
	void accessibilityStatementReflowsAndNamesItsKnownLimits(String language) {
		this.page.setViewportSize(320, 640);
		open("/toegankelijkheid?taal=" + language);
		Locator main = this.page.locator("main");
		if (language.equals("nl")) {
			assertThat(main).containsText("voldoet gedeeltelijk");
			assertThat(main).containsText("keuring door een deskundige");
			assertThat(main).not().containsText("geen bekende problemen");
		}
		else {
			assertThat(main).containsText("partly meets");
			assertThat(main).not().containsText("no known problems");
		}
		assertThat(main.locator("a[href^='mailto:']")).isVisible();
		nl.nvp.goedegesprek.support.Browsers.assertReflows(this.page);
		assertAccessible();
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
