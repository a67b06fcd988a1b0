package nl.nvp.goedegesprek.trajectory;

import com.microsoft.playwright.Locator;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Layouts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The step bar's labels fit their boxes at every width (issue 15): at 320, 375, 768, 1024
 * and 1280 CSS px, in Dutch and in English, every step's name and state lies inside its
 * box and no box overlaps another.
 */
class StepBarBrowserTest extends BrowserTest {

	private static final int[] WIDTHS = { 320, 375, 768, 1024, 1280 };

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Test
	void theStepLabelsFitTheirBoxesAtEveryWidthInDutchAndEnglish() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Stappen Nijmegen", coordinator.id());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);

		// The longest names and states: "Dialoogbijeenkomst 1", "Nog niet begonnen";
		// "Research: experiences", "Not started".
		fitsAtEveryWidth("/trajecten/" + trajectory, "Dialoogbijeenkomst 1", "Nog niet begonnen");
		fitsAtEveryWidth("/trajecten/" + trajectory + "?taal=en", "Research: experiences", "Not started");
	}

	private void fitsAtEveryWidth(String path, String longestName, String longestState) {
		open(path);
		assertThat(this.page.locator(".step-bar .step-name").filter(hasText(longestName))).hasCount(1);
		assertThat(this.page.locator(".step-bar .step-state").filter(hasText(longestState)).first()).isVisible();
		assertThat(this.page.locator(".step-bar .step")).hasCount(StepType.FULL.size());
		for (int width : WIDTHS) {
			this.page.setViewportSize(width, 800);
			Layouts.assertTextFitsBoxes(this.page, ".step-bar .step");
		}
		assertAccessible();
	}

	private static Locator.FilterOptions hasText(String text) {
		return new Locator.FilterOptions().setHasText(text);
	}

}
