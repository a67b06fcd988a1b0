package nl.nvp.goedegesprek.research.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SurveyBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Test
	void coordinatorRunsASurveyThatAudiencesAnswerAndPublishesTheReport() throws IOException {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Beleving Nijmegen", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory);
		link("Vragenlijst (beleving)").click();

		// Built from the national template, then adapted.
		this.page.getByLabel("Beleving van pleegzorg in de regio").check();
		this.page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Hoe gaat het in Nijmegen?");
		this.page.getByLabel("Open tot en met").fill("2000-01-01");
		button("Vragenlijst maken").click();
		assertThat(this.page.locator("#closesOn-error")).containsText("einddatum ligt voor de begindatum");
		assertAccessible();
		this.page.getByLabel("Open tot en met").fill(TestClock.today().plusWeeks(3).toString());
		button("Vragenlijst maken").click();
		assertThat(this.page.locator(".alert-success")).containsText("De vragenlijst is gemaakt");
		assertThat(this.page.locator(".question-item")).hasCount(8);
		assertAccessible();
		screenshot("survey-builder");

		link("Vraag toevoegen").click();
		this.page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true)).fill("Hoe lang bent u pleegouder?");
		this.page.getByLabel("Eén keuze").check();
		this.page.getByLabel("Pleeggezinnen").check();
		button("Opslaan").click();
		assertThat(this.page.locator("#options-error")).hasText("Geef minstens 2 keuzes, één per regel.");
		assertThat(this.page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Hoe lang bent u pleegouder?");
		assertAccessible();
		this.page.getByLabel("Keuzes", new Page.GetByLabelOptions().setExact(true))
			.fill("Korter dan 2 jaar\n2 tot 10 jaar\nLanger dan 10 jaar");
		button("Opslaan").click();
		assertThat(this.page.locator(".question-item")).hasCount(9);
		button("Vraag 9 omhoog").click();
		assertThat(this.page.locator(".question-item").nth(7)).containsText("Hoe lang bent u pleegouder?");

		// Dates can change; each audience's version can be looked at first.
		link("Titel en data wijzigen").click();
		assertAccessible();
		this.page.getByLabel("Open tot en met").fill(TestClock.today().plusWeeks(4).toString());
		button("Opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("De vragenlijst is opgeslagen.");
		link("Vragenlijst bekijken zoals Kinderen en jongeren hem zien").click();
		assertThat(this.page.getByText("Voorbeeld: zo zien kinderen en jongeren de vragenlijst.")).isVisible();
		assertThat(this.page.getByText("Luisteren de grote mensen naar jou?")).isVisible();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar, versturen")))
			.hasCount(0);
		assertAccessible();
		link("Vragenlijst").click();
		button("Openen").click();
		assertThat(this.page.locator(".alert-success")).containsText("De vragenlijst is open");
		assertThat(this.page.getByText("Open voor antwoorden")).isVisible();
		String familyLink = linkFor("FOSTER_FAMILIES");
		String childLink = linkFor("CHILDREN");

		// The printed invitation carries a QR code.
		link("Uitnodiging met QR-code voor Kinderen en jongeren").click();
		assertThat(this.page.locator("svg.qr-code path")).hasCount(1);
		assertThat(this.page.getByText("Hoe gaat het met jou?")).isVisible();
		assertAccessible();

		// A foster parent answers through the family link: required questions first.
		Page family = newPerson();
		family.navigate(familyLink);
		assertThat(family.getByText("U blijft anoniem")).isVisible();
		assertAccessible(family);
		family.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(family.locator(".error-summary")).containsText("Geef hier een antwoord.");
		assertThat(family.locator(".error-summary")).isFocused();
		assertAccessible(family);
		Locator satisfied = family.locator("fieldset")
			.filter(new Locator.FilterOptions().setHasText("tevreden bent u"));
		satisfied.getByLabel("4").check();
		Locator heard = family.locator("fieldset")
			.filter(new Locator.FilterOptions().setHasText("Voelt u zich gehoord"));
		heard.getByLabel("5 – Altijd").check();
		family.getByLabel("Wat gaat goed in de pleegzorg in uw regio?")
			.fill("De pleegzorgbegeleider van Jansen belt altijd terug.");
		family.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(family.getByRole(AriaRole.STATUS)).containsText("Uw antwoorden zijn opgeslagen");
		assertAccessible(family);
		// The same browser is asked whether someone else is answering.
		family.navigate(familyLink);
		assertThat(family.getByText("al ingevuld")).isVisible();
		assertAccessible(family);
		family.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Iemand anders vult hem in")).click();
		assertThat(family.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))).isVisible();
		family.context().close();

		// A child gets the child version: simple words, large controls.
		Page child = newPerson();
		child.navigate(childLink);
		assertThat(child.locator(".child-survey")).isVisible();
		assertThat(child.getByText("Hoe gaat het met je in je pleeggezin?")).isVisible();
		child.screenshot(
				new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/survey-child.png")));
		assertAccessible(child);
		child.locator("fieldset")
			.filter(new Locator.FilterOptions().setHasText("in je pleeggezin"))
			.getByLabel("5 – Heel goed")
			.check();
		child.locator("fieldset")
			.filter(new Locator.FilterOptions().setHasText("Luisteren de grote mensen"))
			.getByLabel("3")
			.check();
		child.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar, versturen")).click();
		assertThat(child.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dank je wel!"))).isVisible();
		assertAccessible(child);
		child.context().close();

		// Four more families answer; the children stay a group of one.
		ResearchFixtures.Created survey = this.research.created(trajectory);
		for (int i = 1; i <= 4; i++) {
			this.research.answer(survey, Audience.FOSTER_FAMILIES, i, "Antwoord " + i);
		}

		// The coordinator's own browser is logged in: it cannot add answers to a group.
		this.page.navigate(familyLink);
		assertThat(this.page.getByText("U bent ingelogd bij Goede Gesprek")).isVisible();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))).hasCount(0);
		assertAccessible();

		// While answers come in, nobody reads results: two readings could be compared.
		open("/trajecten/" + trajectory + "/vragenlijst/resultaten");
		assertThat(this.page.locator(".results-after-closing")).containsText("als de vragenlijst gesloten is");
		assertThat(this.page.locator("section.question-result")).hasCount(0);
		assertAccessible();

		// Results are shared only once the survey is closed (they must not change while
		// policymakers read them).
		Page policymaker = newPerson();
		logIn(policymaker, this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername(), AccountFixtures.PASSWORD);
		policymaker.navigate(url("/trajecten/" + trajectory + "/onderzoek"));
		assertThat(policymaker.getByText("nog niet gedeeld")).isVisible();
		assertAccessible(policymaker);
		open("/trajecten/" + trajectory + "/onderzoek");
		button("Delen met beleidsmakers").click();
		assertThat(this.page.locator(".alert-danger")).containsText("Sluit eerst de vragenlijst.");
		open("/trajecten/" + trajectory + "/vragenlijst");
		assertThat(this.page.getByText("De vragenlijst is geopend.")).isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vraag toevoegen")))
			.hasCount(0);
		button("Sluiten").click();
		assertThat(this.page.locator(".alert-success")).containsText("De vragenlijst is gesloten");
		// Closing is for good: no opening again, no new dates.
		assertThat(this.page.getByText("gaat niet meer open")).isVisible();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Openen"))).hasCount(0);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Titel en data wijzigen")))
			.hasCount(0);
		assertAccessible();

		open("/trajecten/" + trajectory + "/vragenlijst/resultaten");
		Locator satisfaction = this.page.locator("section.question-result")
			.filter(new Locator.FilterOptions().setHasText("Voelt u zich gehoord"));
		Locator families = satisfaction.locator("[data-audience=FOSTER_FAMILIES]");
		assertThat(families).containsText("5 antwoorden");
		assertThat(families.locator(".answer-chart[role=img] rect.chart-bar")).hasCount(5);
		assertThat(families.locator("tbody tr")).hasCount(5);
		assertThat(satisfaction.locator("[data-audience=CHILDREN]")).containsText("Te weinig antwoorden om te tonen");
		assertThat(satisfaction.locator("[data-audience=CHILDREN] .answer-chart")).hasCount(0);
		assertAccessible();
		screenshot("survey-results");

		// The coordinator takes an anonymised quote from an open answer.
		open("/trajecten/" + trajectory + "/vragenlijst/open-antwoorden");
		Locator answer = this.page.locator(".written-answer")
			.filter(new Locator.FilterOptions().setHasText("van Jansen belt"));
		assertAccessible();
		answer.getByRole(AriaRole.TEXTBOX).fill("De pleegzorgbegeleider belt altijd terug.");
		answer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gebruiken als citaat")).click();
		assertThat(this.page.locator(".alert-success")).hasText("Het citaat is opgeslagen.");

		// Findings, then the report and its PDF.
		open("/trajecten/" + trajectory + "/onderzoek/bevindingen");
		this.page.getByLabel("Onderwerp").fill("Begeleiding van pleegouders");
		this.page.getByLabel("Bevinding", new Page.GetByLabelOptions().setExact(true))
			.fill("Pleeggezinnen voelen zich meestal gehoord.");
		button("Bevinding toevoegen").click();
		assertThat(this.page.locator(".alert-success")).hasText("De bevinding is toegevoegd.");
		assertAccessible();
		link("Onderzoeksrapport").click();
		assertThat(this.page.getByText("Pleeggezinnen voelen zich meestal gehoord.")).isVisible();
		assertThat(this.page.getByText("De pleegzorgbegeleider belt altijd terug.")).isVisible();
		assertThat(this.page.getByText("van Jansen")).hasCount(0);
		assertAccessible();
		Download download = this.page.waitForDownload(() -> link("Rapport downloaden (PDF)").click());
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Onderzoeksrapport", "Beleving Nijmegen", "Begeleiding van pleegouders",
					"Pleeggezinnen voelen zich meestal gehoord.", "Te weinig antwoorden om te tonen",
					"De pleegzorgbegeleider belt altijd terug.");
			assertThat(text).doesNotContain("Jansen");
		}

		// Shared: a policymaker of the region sees the report.
		button("Delen met beleidsmakers").click();
		assertThat(this.page.locator(".alert-success")).containsText("gedeeld met de beleidsmakers");
		policymaker.reload();
		assertThat(policymaker.getByText("Pleeggezinnen voelen zich meestal gehoord.")).isVisible();
		assertThat(policymaker.getByText("De pleegzorgbegeleider belt altijd terug.")).isVisible();
		assertThat(policymaker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Niet meer delen")))
			.hasCount(0);
		assertAccessible(policymaker);
		policymaker.context().close();

		// Closed: the link says so and takes no answers.
		Page late = newPerson();
		late.navigate(familyLink);
		assertThat(late.getByText("Deze vragenlijst is gesloten.")).isVisible();
		assertThat(late.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Wat gebeurt er met de antwoorden?")))
			.isVisible();
		assertAccessible(late);
		// A child is told in its own words, also what happens next (issue 14).
		late.navigate(childLink);
		assertThat(late.getByText("De vragenlijst is gesloten. Je kunt niet meer meedoen.")).isVisible();
		assertThat(late.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wat gebeurt er nu?")))
			.isVisible();
		assertAccessible(late);
		// In English the survey's own (Dutch) title is marked Dutch.
		late.navigate(childLink + "?taal=en");
		assertThat(late.locator("h1")).hasAttribute("lang", "nl");
		assertThat(late.getByText("The survey is closed.")).isVisible();
		assertAccessible(late);
		late.context().close();
	}

	@Test
	void nationalCoordinatorKeepsTheTemplates() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		logIn(national.getUsername(), AccountFixtures.PASSWORD);
		link("Sjablonen").click();
		assertThat(this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(ResearchFixtures.SEEDED_TEMPLATE)))
			.isVisible();
		assertAccessible();
		link("Nieuw sjabloon").click();
		button("Opslaan").click();
		assertThat(this.page.locator("#name-error")).hasText("Vul dit veld in.");
		assertAccessible();
		this.page.getByLabel("Naam").fill(ResearchFixtures.SEEDED_TEMPLATE.toUpperCase());
		button("Opslaan").click();
		assertThat(this.page.locator("#name-error")).hasText("Er is al een sjabloon met deze naam.");
		String name = "Dialoogtafel kort " + System.nanoTime();
		this.page.getByLabel("Naam").fill(name);
		button("Opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("Het sjabloon is gemaakt.");
		assertAccessible();

		link("Vraag toevoegen").click();
		assertAccessible();
		this.page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true))
			.fill("Wat neemt u mee uit dit gesprek?");
		this.page.getByLabel("Open vraag").check();
		button("Opslaan").click();
		assertThat(this.page.locator("#audiences-error")).hasText("Maak een keuze.");
		this.page.getByLabel("Professionals").check();
		this.page.getByLabel("Beleidsmakers").check();
		button("Opslaan").click();
		assertThat(this.page.locator(".question-item")).hasCount(1);
		assertThat(this.page.locator(".question-item")).containsText("Professionals, Beleidsmakers");

		link("Vraag 1 wijzigen").click();
		this.page.getByLabel("Schaal van 1 tot 5").check();
		this.page.getByLabel("Tekst bij 1").fill("Niets");
		this.page.getByLabel("Tekst bij 5").fill("Heel veel");
		this.page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true))
			.fill("Hoeveel neemt u mee uit dit gesprek?");
		button("Opslaan").click();
		assertThat(this.page.locator(".question-item")).containsText("1 = Niets … 5 = Heel veel");
		button("Vraag 1 verwijderen").click();
		assertThat(this.page.locator(".question-item")).hasCount(0);
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private String linkFor(String audience) {
		return this.page.locator("tr[data-audience=" + audience + "] .survey-link")
			.textContent()
			.replace("http://localhost", url(""));
	}

}
