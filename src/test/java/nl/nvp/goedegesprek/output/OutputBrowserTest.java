package nl.nvp.goedegesprek.output;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator adds outputs from the trajectory's page (a wrong file, one too large, a
 * PDF), publishes one, and the public finds it on the national page with its filters and
 * on the trajectory's page (decision 42). Every page: axe, target size, reflow.
 */
class OutputBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@TempDir
	private Path files;

	@Test
	void aCoordinatorPublishesAReportThatThePublicFinds() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ21");
		long trajectory = this.trajectories.createRunning("JZ21", "Opbrengsten in beeld", coordinator.id());
		this.harvest.choose(trajectory, coordinator, "Positie van pleegouders");
		String title = "Onderzoeksrapport " + System.nanoTime();
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory);
		link("Opbrengsten van dit traject").click();
		assertThat(this.page.getByText("Er zijn nog geen opbrengsten.")).isVisible();
		assertAccessible();
		link("Opbrengst toevoegen").click();
		assertAccessible();

		// Nothing filled in: the summary takes the focus and leads to each field
		button("Opslaan").click();
		assertThat(this.page.locator(".error-summary")).isFocused();
		assertThat(this.page.locator("#link-error")).hasText("Geef een link of kies een bestand.");
		assertAccessible();

		// A web page sent as ".pdf": refused by its content, what was typed stays
		this.page.getByLabel("Soort").selectOption("RESEARCH_REPORT");
		this.page.getByLabel("Titel").fill(title);
		this.page.getByLabel("Samenvatting").fill("De cijfers en de beleving in de regio.");
		this.page.getByLabel("Datum").fill("2026-11-20");
		this.page.getByLabel("Bestand")
			.setInputFiles(new FilePayload("rapport.pdf", "application/pdf", OutputFixtures.HTML));
		button("Opslaan").click();
		assertThat(this.page.locator("#file-error"))
			.hasText("Dit bestand is geen pdf of geluid. Kies een pdf, mp3, m4a, ogg of wav.");
		assertThat(this.page.getByLabel("Titel")).hasValue(title);
		assertAccessible();

		// Over the limit: the form says so at the file field, not a server error
		Path large = this.files.resolve("groot.pdf");
		byte[] tooLarge = new byte[26 * 1024 * 1024];
		System.arraycopy(OutputFixtures.PDF, 0, tooLarge, 0, OutputFixtures.PDF.length);
		Files.write(large, tooLarge);
		this.page.getByLabel("Bestand").setInputFiles(large);
		button("Opslaan").click();
		assertThat(this.page.locator("#file-error"))
			.hasText("Dit bestand is te groot. Kies een bestand van hoogstens 25 MB. Vul de andere velden opnieuw in.");
		assertThat(this.page.locator(".error-summary")).isFocused();
		assertAccessible();

		this.page.getByLabel("Soort").selectOption("RESEARCH_REPORT");
		this.page.getByLabel("Titel").fill(title);
		this.page.getByLabel("Samenvatting").fill("De cijfers en de beleving in de regio.");
		this.page.getByLabel("Datum").fill("2026-11-20");
		this.page.getByLabel("Bestand")
			.setInputFiles(new FilePayload("rapport.pdf", "application/pdf", OutputFixtures.PDF));
		button("Opslaan").click();
		assertThat(this.page.locator(".alert-success")).hasText("De opbrengst is toegevoegd. Het is nog een concept.");
		assertThat(this.page.locator(".output-state")).hasText("Concept (niet openbaar)");
		assertAccessible();
		button("„" + title + "” publiceren").click();
		assertThat(this.page.locator(".alert-success"))
			.hasText("De opbrengst is gepubliceerd. Iedereen kan hem nu zien.");

		// The public, without an account
		Page visitor = newPerson();
		try {
			visitor.navigate(url("/opbrengsten"));
			assertAccessible(visitor);
			visitor.getByLabel("Regio").selectOption("JZ21");
			visitor.getByLabel("Soort").selectOption("RESEARCH_REPORT");
			visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filteren")).click();
			assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
			// The filters keep what was chosen; the one not chosen stays at "Alles".
			assertThat(visitor.getByLabel("Regio")).hasValue("JZ21");
			assertThat(visitor.getByLabel("Soort")).hasValue("RESEARCH_REPORT");
			assertThat(visitor.getByLabel("Onderwerp")).hasValue("");
			assertAccessible(visitor);
			visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opbrengsten in beeld")).click();
			assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Opbrengsten: Opbrengsten in beeld");
			assertThat(visitor.getByText("Positie van pleegouders")).isVisible();
			assertAccessible(visitor);
		}
		finally {
			visitor.context().close();
		}
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
