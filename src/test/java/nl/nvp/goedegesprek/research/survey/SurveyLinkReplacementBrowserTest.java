package nl.nvp.goedegesprek.research.survey;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator replaces a link that went to the wrong group, without JavaScript: the
 * confirmation says what happens, the survey page shows the new link, the old link shows
 * a kind page (410) to adults and to children. Every page passes axe (WCAG 2.0, 2.1 and
 * 2.2 A/AA) and does not scroll sideways at 320 and 1280 CSS px.
 */
class SurveyLinkReplacementBrowserTest extends BrowserTest {

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Test
	void coordinatorReplacesALinkThatWentToTheWrongGroup() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ24");
		long trajectory = this.trajectories.createRunning("JZ24", "Verkeerde groepsapp", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		this.research.answer(survey, Audience.FOSTER_FAMILIES, 4, "Al eerder ingevuld.");
		String surveyPage = "/trajecten/" + trajectory + "/vragenlijst";

		// The coordinator's browser runs no JavaScript: the replacement works without.
		// (axe needs JavaScript, so it checks the same pages in the other browser below.)
		BrowserContext noScript = Browsers.get()
			.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setJavaScriptEnabled(false));
		noScript.setDefaultTimeout(10_000);
		Page plain = noScript.newPage();
		String oldFamilies;
		String newFamilies;
		try {
			logIn(plain, coordinator.getUsername(), AccountFixtures.PASSWORD);
			plain.navigate(url(surveyPage));
			oldFamilies = linkFor(plain, "FOSTER_FAMILIES");
			String parents = linkFor(plain, "PARENTS");

			link(plain, "Nieuwe link maken voor Pleeggezinnen").click();
			assertThat(plain.locator("h1")).hasText("Nieuwe link maken voor Pleeggezinnen?");
			assertThat(plain.locator(".replace-consequences")).containsText("werken meteen niet meer");
			assertThat(plain.locator(".replace-consequences")).containsText("blijven bewaard");
			// "No" changes nothing.
			link(plain, "Nee, terug").click();
			org.assertj.core.api.Assertions.assertThat(linkFor(plain, "FOSTER_FAMILIES")).isEqualTo(oldFamilies);

			link(plain, "Nieuwe link maken voor Pleeggezinnen").click();
			button(plain, "Ja, nieuwe link maken").click();
			assertThat(plain.locator(".alert-success")).containsText("De nieuwe link is gemaakt.");
			Locator families = plain.locator("tr[data-audience=FOSTER_FAMILIES]");
			assertThat(families.locator(".link-new")).isVisible();
			assertThat(families.locator(".link-replaced")).containsText("Vorige link gestopt op");
			newFamilies = linkFor(plain, "FOSTER_FAMILIES");
			org.assertj.core.api.Assertions.assertThat(newFamilies).isNotEqualTo(oldFamilies);
			org.assertj.core.api.Assertions.assertThat(linkFor(plain, "PARENTS")).isEqualTo(parents);
			// The printed invitation carries the new link.
			link(plain, "Uitnodiging met QR-code voor Pleeggezinnen").click();
			assertThat(plain.locator(".invitation .survey-link"))
				.hasText(newFamilies.replace(url(""), "http://localhost"));
		}
		finally {
			noScript.close();
		}

		// Someone in the wrong group chat opens the old link.
		Page stranger = newPerson();
		Response gone = stranger.navigate(oldFamilies);
		org.assertj.core.api.Assertions.assertThat(gone.status()).isEqualTo(410);
		assertThat(stranger.locator("h1")).hasText("Deze link werkt niet meer");
		assertThat(stranger.getByText("Vraag dan de nieuwe link")).isVisible();
		assertThat(stranger.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))).hasCount(0);
		assertFullyAccessible(stranger);
		stranger.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(stranger.locator("h1")).hasText("This link no longer works");
		assertFullyAccessible(stranger);
		// The new link works.
		stranger.navigate(newFamilies);
		assertThat(stranger.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))).isVisible();
		stranger.context().close();

		// The same pages in a browser with JavaScript, checked by axe: the children's
		// link.
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open(surveyPage);
		String oldChildren = linkFor(this.page, "CHILDREN");
		link(this.page, "Nieuwe link maken voor Kinderen en jongeren").click();
		assertThat(this.page.locator("h1")).hasText("Nieuwe link maken voor Kinderen en jongeren?");
		assertFullyAccessible(this.page);
		button(this.page, "Ja, nieuwe link maken").click();
		assertThat(this.page.locator(".alert-success")).containsText("De nieuwe link is gemaakt.");
		assertThat(this.page.locator("tr[data-audience=CHILDREN] .link-new")).isVisible();
		assertFullyAccessible(this.page);
		// A child's old link says it in simple words.
		Page child = newPerson();
		org.assertj.core.api.Assertions.assertThat(child.navigate(oldChildren).status()).isEqualTo(410);
		assertThat(child.locator(".child-survey h1")).hasText("Deze link doet het niet meer");
		assertFullyAccessible(child);
		child.context().close();
		// A closed survey's confirmation page says no new link is needed.
		this.research.close(trajectory, coordinator);
		open(surveyPage + "/nieuwe-link/ouders");
		assertThat(this.page.getByText("De vragenlijst is gesloten.")).isVisible();
		assertFullyAccessible(this.page);
	}

	/**
	 * No axe violation under the WCAG 2.0, 2.1 and 2.2 A and AA rules, and no sideways
	 * scrolling at 320 and 1280 CSS px (the suite's check adds the reflow).
	 */
	private static void assertFullyAccessible(Page page) {
		List<Rule> violations = new AxeBuilder(page).withTags(WCAG_22_AA).analyze().getViolations();
		org.assertj.core.api.Assertions.assertThat(violations)
			.as("axe-core violations on %s: %s", page.url(),
					violations.stream().map(Rule::getId).collect(Collectors.joining(", ")))
			.isEmpty();
		assertAccessible(page);
	}

	private String linkFor(Page page, String audience) {
		return page.locator("tr[data-audience=" + audience + "] .survey-link")
			.textContent()
			.replace("http://localhost", url(""));
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
