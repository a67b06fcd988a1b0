package nl.nvp.goedegesprek.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo as {@code ./mvnw spring-boot:run} starts it without Docker and without a mail
 * server, walked in the browser as README's demo section tells a newcomer to: the
 * in-process mail catcher takes the mails and the demo mail page (linked from the banner)
 * shows them, so that a newcomer registers and confirms, prioritises ideas for the second
 * dialogue meeting, is promoted from the waitlist when someone cancels, evaluates
 * yesterday's follow-up meeting once the coordinator asks, and reports progress as an
 * action owner, all through the links in the mails; and an account the national
 * coordinator makes gets its invitation there too. One browser: a context for the
 * coordinator (the national demo account) and one for everyone who has no account. The
 * demo mail page passes axe and reflows at 320 and 1280 CSS px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.docker.compose.enabled=false")
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoBrowserTest {

	private static final String MEETING = "Dialoogbijeenkomst 2 West Brabant Oost";

	private static final String FOLLOW_UP = "Opvolgbijeenkomst Rijk van Nijmegen";

	@DynamicPropertySource
	static void ownDatabaseAndNoMailServer(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.fresh();
		database.register(registry);
		int port = freePort();
		registry.add("spring.mail.port", () -> port);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private DemoMailCatcher catcher;

	/** The national coordinator, logged in. */
	private Page coordinator;

	/** Participants and the action owner: no account, only the links in their mails. */
	private Page visitor;

	@BeforeAll
	void twoPeople() {
		this.coordinator = Browsers.newPage();
		this.coordinator.navigate(url("/inloggen"));
		this.coordinator.getByLabel("E-mailadres").fill("landelijk@goedegesprek.example");
		this.coordinator.getByLabel("Wachtwoord").fill("goedegesprek-demo");
		this.coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(this.coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")))
			.isVisible();
		this.visitor = Browsers.newPage();
	}

	@AfterAll
	void close() {
		for (Page page : new Page[] { this.coordinator, this.visitor }) {
			if (page != null) {
				BrowserContext context = page.context();
				context.close();
			}
		}
	}

	@Test
	@Order(1)
	void aNewcomerRegistersConfirmsAndPrioritisesIdeasThroughTheDemoMailPage() {
		this.visitor.navigate(url("/demo/mails"));
		assertThat(this.visitor.locator("h1")).hasText("Verstuurde mails (demo)");
		Browsers.assertAccessible(this.visitor);

		register("Nieuwkomer", "nieuwkomer@demo.example", "Pleegouder");
		// The banner leads to the demo mail page, where the confirmation mail waits.
		this.visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk de verstuurde mails"))
			.click();
		Locator mail = mail("Bevestig uw aanmelding: " + MEETING, "nieuwkomer@demo.example");
		Browsers.assertAccessible(this.visitor);
		mail.locator("a[href*='/aanmelding/']").first().click();
		assertThat(this.visitor.locator(".registration-status")).containsText("Nog niet bevestigd");
		this.visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik bevestig mijn aanmelding"))
			.click();
		assertThat(this.visitor.locator(".alert-success")).hasText("Uw aanmelding is bevestigd. U heeft een plek.");

		// The second dialogue meeting is where ideas are prioritised: the personal page
		// leads to the ballot with the ideas of the first.
		this.visitor
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Kies de ideeën die u het belangrijkst vindt"))
			.click();
		this.visitor.getByLabel("Eén werkwijze voor alle gemeenten in de regio.").check();
		this.visitor.getByLabel("Een vast aanspreekpunt voor ieder pleegkind.").check();
		this.visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mijn keuze opslaan")).click();
		assertThat(this.visitor.locator(".alert-success")).hasText("Uw keuze is opgeslagen. Dank u wel!");
		assertThat(this.visitor.getByLabel("Eén werkwijze voor alle gemeenten in de regio.")).isChecked();
		// The coordinator counts the dot among the ideas' priorities.
		this.coordinator.navigate(url("/trajecten"));
		this.coordinator
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Het goede gesprek West Brabant Oost"))
			.first()
			.click();
		this.coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prioriteiten van de ideeën"))
			.click();
		assertThat(
				this.coordinator.locator("tr[data-idea='Eén werkwijze voor alle gemeenten in de regio.'] td").first())
			.hasText("1");

		// The confirmation with its calendar file arrives on the demo mail page, newest
		// first (the mails of the other steps may come after it).
		mail("U bent aangemeld: " + MEETING, "nieuwkomer@demo.example");
	}

	@Test
	@Order(2)
	void theSecondPolicymakerMovesUpFromTheWaitlistWhenTheFirstCancels() {
		// One policymaker's place is left: the first takes it, the second waits.
		register("Wethouder Een", "een@gemeente.example", "Beleidsmaker of gemeente");
		confirmThroughMail("een@gemeente.example");
		assertThat(this.visitor.locator(".registration-status")).containsText("Aangemeld");
		register("Wethouder Twee", "twee@gemeente.example", "Beleidsmaker of gemeente");
		confirmThroughMail("twee@gemeente.example");
		assertThat(this.visitor.locator(".registration-status")).containsText("Op de wachtlijst");

		// The first cannot come after all: through the link in their mail.
		mail("U bent aangemeld: " + MEETING, "een@gemeente.example").locator("a[href*='/aanmelding/']").first().click();
		this.visitor
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik kan niet komen: aanmelding annuleren"))
			.click();

		// The second finds the news on the demo mail page and follows its link.
		Locator promoted = mail("Er is een plek voor u: " + MEETING, "twee@gemeente.example");
		promoted.locator("a[href*='/aanmelding/']").first().click();
		assertThat(this.visitor.locator(".registration-status")).containsText("Aangemeld");
		assertThat(this.visitor.getByText("U heeft een plek. Tot dan!")).isVisible();
	}

	@Test
	@Order(3)
	void aParticipantEvaluatesYesterdaysMeetingOnceTheCoordinatorAsks() {
		this.coordinator.navigate(url("/bijeenkomsten"));
		this.coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FOLLOW_UP)).first().click();
		this.coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluaties")).click();
		Browsers.assertAccessible(this.coordinator);
		this.coordinator
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deelnemers om hun mening vragen"))
			.click();
		assertThat(this.coordinator.locator(".alert-success"))
			.hasText("De deelnemers krijgen een e-mail met een link naar de evaluatie.");
		assertThat(this.coordinator.locator(".evaluation-asked")).isVisible();
		Browsers.assertAccessible(this.coordinator);

		mail("Hoe vond u de bijeenkomst? " + FOLLOW_UP, "fatima@deelnemer.example").locator("a[href*='/evaluatie']")
			.first()
			.click();
		this.visitor.getByLabel("4 – Goed").check();
		this.visitor.getByLabel("Wat heeft u geleerd of meegenomen?").fill("Dat de acties echt opgepakt worden.");
		this.visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(this.visitor.locator(".alert-success")).hasText("Dank u wel! Uw evaluatie is opgeslagen.");

		this.coordinator.reload();
		assertThat(this.coordinator.getByText("1 evaluatie", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(this.coordinator.getByText("Dat de acties echt opgepakt worden.")).isVisible();

		// Quotes of the first dialogue meeting: three published, with the role only; one
		// still to choose.
		this.coordinator.navigate(url("/bijeenkomsten"));
		this.coordinator
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dialoogbijeenkomst 1 Rijk van Nijmegen"))
			.first()
			.click();
		this.coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluaties")).click();
		assertThat(this.coordinator.locator(".quote-preview .published-quote")).hasCount(3);
		assertThat(this.coordinator.locator(".quote-preview")).containsText("(pleegkind)");
		assertThat(this.coordinator.locator(".quote-choice:not(.is-published)")).containsText("eigen kind");
		Browsers.assertAccessible(this.coordinator);
	}

	@Test
	@Order(4)
	void theActionOwnerReportsProgressThroughTheLinkTheCoordinatorMailed() {
		this.coordinator.navigate(url("/trajecten"));
		this.coordinator
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Het goede gesprek Rijk van Nijmegen"))
			.first()
			.click();
		this.coordinator.navigate(this.coordinator.url() + "/acties");
		this.coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Respijtzorg vindbaar maken"))
			.click();
		this.coordinator
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Voortganglink mailen naar de contactpersoon"))
			.click();
		assertThat(this.coordinator.locator(".alert-success")).hasText("De link is gemaild naar de contactpersoon.");

		mail("Actie \"Respijtzorg vindbaar maken\": meld hier de voortgang", "karin.dewit@gemeente.example")
			.locator("a[href*='/voortgang/']")
			.first()
			.click();
		assertThat(this.visitor.locator("h1")).hasText("Respijtzorg vindbaar maken");
		this.visitor.getByLabel("Wat is er gebeurd?").fill("De respijtzorg staat nu op de website van de gemeente.");
		this.visitor.getByLabel("In uitvoering").check();
		this.visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voortgang melden")).click();
		assertThat(this.visitor.locator(".alert-success")).hasText("Dank u wel. Uw voortgang is opgeslagen.");

		this.coordinator.reload();
		assertThat(this.coordinator.getByText("De respijtzorg staat nu op de website van de gemeente.")).isVisible();
	}

	@Test
	@Order(6)
	void theNationalOverviewShowsTheDemoRegionsOnTheMap() {
		this.coordinator.navigate(url("/overzicht"));
		assertThat(this.coordinator.locator(".region-map a[data-region=JZ32] path.phase-running")).hasCount(1);
		assertThat(this.coordinator.locator(".region-map a[data-region=JZ34] path.phase-running")).hasCount(1);
		assertThat(this.coordinator.locator(".region-map a[data-region=JZ38] path.phase-planned")).hasCount(1);
		assertThat(this.coordinator.locator("tr[data-region=JZ38]")).containsText("Gepland voor");
		this.coordinator
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rijk van Nijmegen").setExact(true))
			.click();
		assertThat(this.coordinator.locator(".region-actions")).containsText("Respijtzorg vindbaar maken");
		assertThat(this.coordinator.locator(".region-topics")).containsText("Impact op eigen kinderen");
		// The quotes its coordinator published, with the role only.
		assertThat(this.coordinator.locator(".region-trajectory .published-quote")).hasCount(3);
		assertThat(this.coordinator.locator(".region-trajectory .published-quote").first()).containsText("(pleegkind)");
		Browsers.assertAccessible(this.coordinator);
	}

	@Test
	@Order(6)
	void theNationalCoordinatorsStartPageShowsTheDemoRequestWaitingInTheInbox() {
		this.coordinator.navigate(url("/"));
		assertThat(this.coordinator.locator(".general-attention"))
			.containsText("Eén nieuwe aanvraag wacht op antwoord.");
		this.coordinator.locator(".general-attention a").click();
		assertThat(this.coordinator.locator("table.join-requests")).containsText("Twente");
		this.coordinator.navigate(url("/aanvragen"));
		assertThat(this.coordinator.locator("table.join-requests")).containsText("Utrecht Stad");
		assertThat(this.coordinator.locator("table.join-requests")).containsText("In gesprek");
	}

	@Test
	@Order(7)
	void theDemoOutputsArePublicExceptTheDraft() {
		this.visitor.navigate(url("/opbrengsten"));
		Locator report = this.visitor.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Quick scan pleegzorg Rijk van Nijmegen").setExact(true));
		assertThat(report).isVisible();
		assertThat(this.visitor.getByText("Terugblik op de tweede dialoogbijeenkomst")).hasCount(0);
		Browsers.assertAccessible(this.visitor);
		String href = report.getAttribute("href");
		com.microsoft.playwright.APIResponse file = this.visitor.request().get(url(href));
		assertTrue(file.ok() && file.headers().get("content-type").startsWith("application/pdf")
				&& file.body().length > 1000, () -> "the demo report is a real PDF");
		assertThat(this.visitor.locator(".published-quote")
			.filter(new Locator.FilterOptions().setHasText("Ik kwam meer dingen te weten")))
			.containsText("(pleegkind)");

		// The trajectory's own public page: its outputs and its published quotes.
		report.locator("xpath=ancestor::article").locator("a[href*='/opbrengsten/trajecten/']").click();
		assertThat(this.visitor.locator("#output-quotes")).hasText("Wat deelnemers zeiden");
		assertThat(this.visitor.locator(".published-quote")).hasCount(3);
		assertThat(this.visitor.locator("main")).not().containsText("Fijn dat ze ook aan ons vroegen");
		Browsers.assertAccessible(this.visitor);
		Browsers.assertReflows(this.visitor);
	}

	@Test
	@Order(5)
	void anInvitedAccountChoosesItsPasswordThroughTheDemoMailPage() {
		this.coordinator.navigate(url("/accounts/nieuw"));
		this.coordinator.getByLabel("E-mailadres").fill("nieuw.account@demo.example");
		this.coordinator.getByLabel("Naam").fill("Nieuw Account");
		this.coordinator.getByLabel("Landelijk coördinator").check();
		this.coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken")).click();
		assertThat(this.coordinator.locator(".invitation-mail")).containsText("nieuw.account@demo.example");

		mail("Uw account voor Goede Gesprek", "nieuw.account@demo.example").locator("a[href*='/uitnodiging/']")
			.first()
			.click();
		assertThat(this.visitor.locator("h1")).hasText("Kies uw wachtwoord");
		this.visitor.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("een-lang-wachtwoord");
		this.visitor.getByLabel("Herhaal het wachtwoord").fill("een-lang-wachtwoord");
		this.visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
		assertThat(this.visitor.getByRole(AriaRole.STATUS)).hasText("Uw wachtwoord is opgeslagen. U kunt nu inloggen.");
	}

	@Test
	@Order(10)
	void theDemoChildWaitsForConsentUntilTheGuardianGivesItThroughTheDemoMailPage() {
		this.coordinator.navigate(url("/bijeenkomsten"));
		this.coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(MEETING)).first().click();
		assertThat(this.coordinator.locator("tr", new Page.LocatorOptions().setHasText("Tim"))
			.locator(".awaiting-consent")).hasText("Wacht op toestemming van een ouder of voogd");

		mail("Uw toestemming gevraagd: " + MEETING, "voogd.dewit@jeugdbescherming.example")
			.locator("a[href*='/toestemming/']")
			.first()
			.click();
		assertThat(this.visitor.locator(".consent-facts")).containsText("Tim");
		Browsers.assertAccessible(this.visitor);
		this.visitor.getByLabel("Ik ben de ouder die over dit kind beslist, of de voogd van dit kind.").check();
		this.visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik geef toestemming")).click();
		assertThat(this.visitor.locator(".alert-success")).containsText("U heeft toestemming gegeven");
		// Tim is a child: his mail says "je".
		mail("Je bent aangemeld: " + MEETING, "tim@deelnemer.example");
	}

	/** Registers on the demo meeting's public page, named on the coordinator's page. */
	private void register(String name, String email, String role) {
		this.coordinator.navigate(url("/bijeenkomsten"));
		this.coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(MEETING)).first().click();
		String publicPath = this.coordinator.locator(".public-link").textContent().trim();
		// A whole address, of the configured public address (not this test's port).
		this.visitor.navigate(url(java.net.URI.create(publicPath).getPath()));
		assertThat(this.visitor.locator("h1")).hasText(MEETING);
		this.visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ik ben volwassen")).click();
		this.visitor.getByLabel("Uw naam").fill(name);
		this.visitor.getByLabel("Uw e-mailadres").fill(email);
		this.visitor.getByLabel(role, new Page.GetByLabelOptions().setExact(true)).check();
		if (role.startsWith("Beleidsmaker")) {
			this.visitor.getByLabel("Organisatie").fill("Gemeente Roosendaal");
		}
		this.visitor.getByLabel("Ik ga akkoord met de privacyverklaring").check();
		this.visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden").setExact(true))
			.click();
		assertThat(this.visitor.locator("h1")).hasText("Kijk in uw e-mail");
	}

	private void confirmThroughMail(String email) {
		mail("Bevestig uw aanmelding: " + MEETING, email).locator("a[href*='/aanmelding/']").first().click();
		this.visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik bevestig mijn aanmelding"))
			.click();
	}

	/**
	 * The one mail with this subject to this address, on the demo mail page (the
	 * visitor's page shows it), once it has arrived.
	 */
	private Locator mail(String subject, String to) {
		awaitMail(subject, to);
		this.visitor.navigate(url("/demo/mails"));
		Locator mail = this.visitor.locator(".demo-mail")
			.filter(new Locator.FilterOptions().setHas(this.visitor.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(subject).setExact(true))))
			.filter(new Locator.FilterOptions().setHasText(to));
		assertThat(mail).hasCount(1);
		return mail;
	}

	/**
	 * Waits (up to ten seconds) until a mail with this subject to this address arrived.
	 */
	private void awaitMail(String subject, String to) {
		long deadline = System.currentTimeMillis() + 10_000;
		List<DemoMailCatcher.ReceivedMail> mails = this.catcher.mails();
		while (mails.stream().noneMatch((mail) -> matches(mail, subject, to))
				&& System.currentTimeMillis() < deadline) {
			this.catcher.awaitMails(mails.size() + 1, 200);
			mails = this.catcher.mails();
		}
		assertTrue(mails.stream().anyMatch((mail) -> matches(mail, subject, to)),
				() -> "No mail \"" + subject + "\" to " + to + " among "
						+ this.catcher.mails().stream().map((mail) -> mail.subject() + " → " + mail.to()).toList());
	}

	private static boolean matches(DemoMailCatcher.ReceivedMail mail, String subject, String to) {
		return subject.equals(mail.subject()) && mail.to().contains(to);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A port on which nothing listens (yet): the demo starts its mail catcher there. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
