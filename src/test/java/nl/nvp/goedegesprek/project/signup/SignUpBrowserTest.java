package nl.nvp.goedegesprek.project.signup;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.shared.RateLimits;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.support.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signing up for a national project in the browser: mistakes lead to their fields, the
 * "check your mail" page, the confirmation through the personal link, changing when one
 * can, and the coordinators' list; a child of 12 to 16 on the children's form, and the
 * parent's or guardian's consent page, which works without a script (decision 50), also
 * to withdraw consent (decision 51). Every page passes axe and the reflow check at 320
 * and 1280 px.
 */
class SignUpBrowserTest extends BrowserTest {

	@Autowired
	private SignUpFixtures fixtures;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private RateLimits rateLimits;

	@BeforeEach
	void thisBrowserMaySend() {
		this.rateLimits.forget("signup", "127.0.0.1");
		this.rateLimits.forget("signup", "0:0:0:0:0:0:0:1");
	}

	@Test
	void aFosterParentSignsUpConfirmsAndChangesAndTheCoordinatorSeesIt() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		SignUpFixtures.Project project = this.fixtures.project("Samen in gesprek " + tag, Set.of());
		open(project.page());
		assertThat(this.page.locator("h1")).hasText("Aanmelden voor een gesprek");
		assertThat(this.page.locator("main")).containsText("Alleen de computer vergelijkt de codes");
		assertAccessible();

		// Mistakes: the summary takes the focus and leads to the fields.
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Uw rol");
		assertThat(summary).containsText("Data waarop u kunt");
		assertAccessible();
		summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("E-mailadres").setExact(false)).click();
		assertThat(this.page.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true))).isFocused();

		String email = "fenna-" + tag + "@test.example";
		this.page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Fenna " + tag);
		this.page.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true)).fill(email);
		this.page.getByLabel("Pleegouder", new Page.GetByLabelOptions().setExact(true)).check();
		this.page.getByLabel("Regio", new Page.GetByLabelOptions().setExact(true)).selectOption("JZ32");
		this.page.locator("#weekParts-1-EVENING").check();
		this.page.locator("#weekParts-6-MORNING").check();
		this.page.getByLabel("Allebei goed").check();
		this.page.getByLabel("Code voor uw zaak (niet verplicht)").fill("zonnebloem");
		this.page.getByLabel("Ik heb gelezen wat er met mijn gegevens gebeurt en ik ga akkoord.").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		assertThat(this.page.locator("h1")).hasText("Kijk in uw e-mail");
		assertThat(this.page.locator("main")).containsText(email);
		assertAccessible();

		String link = Mailbox.link(this.mailbox.latest(email, 1), "/project-aanmelding/", "");
		open(link);
		assertThat(this.page.locator(".sign-up-status")).containsText("Nog niet bevestigd");
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik meld mij aan")).click();
		assertThat(this.page.locator(".sign-up-status")).containsText("Aangemeld");
		assertThat(this.page.locator("main")).containsText("maandag avond");
		assertThat(this.page.locator("main")).containsText("U heeft een code voor uw zaak gegeven");
		assertAccessible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wanneer en hoe wijzigen")).click();
		assertThat(this.page.locator("h1")).hasText("Aanmelding wijzigen");
		assertAccessible();
		this.page.getByLabel("Online", new Page.GetByLabelOptions().setExact(true)).check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.locator("main")).containsText("Uw wijziging is opgeslagen.");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn gegevens verwijderen")).click();
		assertThat(this.page.locator("h1")).hasText("Uw gegevens verwijderen");
		assertAccessible();

		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		logIn(national.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + project.id());
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanmeldingen bekijken")).click();
		assertThat(this.page.locator("h1")).hasText("Aanmeldingen");
		assertThat(this.page.locator("main")).containsText("Fenna " + tag);
		assertThat(this.page.locator("main")).not().containsText("zonnebloem");
		assertAccessible();
	}

	@Test
	void aFosterChildSignsUpAndAGuardianConsents() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		SignUpFixtures.Project project = this.fixtures.project("Praten met jongeren " + tag, Set.of());
		this.fixtures.offerChildren(project.id());
		open(project.page());
		assertAccessible();
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Naar het formulier voor kinderen en jongeren"))
			.click();
		assertThat(this.page.locator("main")).containsText("Wat past bij jou?");
		assertAccessible();

		// Mistakes: the summary takes the focus and speaks to the child.
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Kies hoe oud je bent.");
		assertAccessible();

		String email = "sam-" + tag + "@test.example";
		String guardian = "voogd-" + tag + "@test.example";
		this.page.getByLabel("Je naam", new Page.GetByLabelOptions().setExact(true)).fill("Sam " + tag);
		this.page.getByLabel("Je e-mailadres", new Page.GetByLabelOptions().setExact(true)).fill(email);
		this.page.getByLabel("Ik ben een pleegkind").check();
		this.page.getByLabel("12 tot 16 jaar").check();
		this.page.getByLabel("E-mailadres van je ouder of voogd").fill(guardian);
		this.page.locator("#regionCode").selectOption("JZ32");
		this.page.locator("#weekParts-3-AFTERNOON").check();
		this.page.getByLabel("Allebei goed").check();
		this.page.locator("#consent").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		assertThat(this.page.locator("h1")).hasText("Kijk in je e-mail");
		assertAccessible();

		String link = Mailbox.link(this.mailbox.latest(email, 1), "/project-aanmelding/", "");
		open(link);
		assertThat(this.page.locator("h1")).hasText("Je aanmelding");
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik wil meedoen")).click();
		assertThat(this.page.locator(".awaiting-consent")).containsText("We wachten op toestemming");
		assertAccessible();

		// The adult's page: a plain form with two buttons.
		String consent = Mailbox.link(this.mailbox.latest(guardian, 1), "/project-toestemming/", "");
		open(consent);
		assertThat(this.page.locator("h1")).hasText("Toestemming voor een aanmelding");
		assertThat(this.page.locator("main")).containsText("Sam " + tag);
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik geef toestemming")).click();
		assertThat(this.page.locator(".error-summary")).isFocused();
		assertAccessible();

		// The adult's browser runs no JavaScript: consenting works without (axe needs
		// JavaScript, so it checks the page in the other browser).
		BrowserContext noScript = Browsers.get()
			.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setJavaScriptEnabled(false));
		noScript.setDefaultTimeout(10_000);
		try {
			Page plain = noScript.newPage();
			plain.navigate(url(consent));
			plain.locator("#responsible").check();
			plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik geef toestemming")).click();
			assertThat(plain.locator(".consent-decision")).containsText("toestemming gegeven");
		}
		finally {
			noScript.close();
		}
		open(consent);
		assertThat(this.page.locator(".consent-decision")).containsText("toestemming gegeven");
		assertAccessible();
		// The child's mail holds a new personal link: the sign-up counts now.
		open(Mailbox.link(this.mailbox.latest(email, 2), "/project-aanmelding/", ""));
		assertThat(this.page.locator(".sign-up-status")).containsText("Aangemeld");
		assertAccessible();
	}

	/**
	 * The adult withdraws the consent they gave, on their own page, as easily as they
	 * gave it: one button, without a script (decision 51).
	 */
	@Test
	void aGuardianWithdrawsConsentOnTheirPageWithoutAScript() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		SignUpFixtures.Project project = this.fixtures.project("Intrekken " + tag, Set.of());
		String token = this.fixtures.consentGiven(project.id(), "Sam " + tag, "sam-" + tag + "@test.example",
				"voogd-" + tag + "@test.example");
		String consent = "/project-toestemming/" + token;
		open(consent);
		assertThat(this.page.locator(".consent-decision")).containsText("toestemming gegeven");
		assertThat(this.page.locator(".consent-withdraw")).containsText("Dan doet het kind niet meer mee");
		assertAccessible();

		BrowserContext noScript = Browsers.get()
			.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setJavaScriptEnabled(false));
		noScript.setDefaultTimeout(10_000);
		try {
			Page plain = noScript.newPage();
			plain.navigate(url(consent));
			plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toestemming intrekken")).click();
			assertThat(plain.locator(".alert-success")).containsText("U heeft uw toestemming ingetrokken");
			assertThat(plain.locator(".consent-decision")).containsText("uw toestemming ingetrokken");
			assertThat(plain.locator(".consent-withdraw")).hasCount(0);
		}
		finally {
			noScript.close();
		}
		open(consent);
		assertThat(this.page.locator(".consent-decision")).containsText("uw toestemming ingetrokken");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toestemming intrekken")))
			.hasCount(0);
		assertAccessible();
	}

}
