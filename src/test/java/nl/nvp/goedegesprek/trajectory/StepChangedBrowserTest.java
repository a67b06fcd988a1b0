package nl.nvp.goedegesprek.trajectory;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * "Laatst gewijzigd" on the trajectory page moves, with who did it, when a coordinator
 * finishes, skips or starts a step in the browser (issue 15); it used to stay at the
 * creation time.
 */
class StepChangedBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void finishingSkippingAndStartingAStepShowAsTheLastChange() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Gewijzigd Nijmegen", coordinator.id());
		String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))
			.format(TestClock.today());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);

		for (String button : new String[] { "Startbijeenkomst afronden", "Onderzoek: cijfers overslaan",
				"Onderzoek: beleving starten" }) {
			longAgo(trajectory);
			open("/trajecten/" + trajectory);
			assertThat(changed()).hasText("Laatst gewijzigd op 1 januari 2001, 01:00 door onbekend");
			this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
			assertThat(this.page.getByRole(AriaRole.STATUS).first()).isVisible();
			assertThat(changed()).containsText("Laatst gewijzigd op " + today);
			assertThat(changed()).containsText("door " + coordinator.displayName());
		}
		assertAccessible();
	}

	private Locator changed() {
		return this.page.getByText("Laatst gewijzigd op");
	}

	private void longAgo(long trajectory) {
		this.jdbc.sql("update trajectory set changed_at = '2001-01-01T00:00:00Z', changed_by = null where id = ?")
			.param(trajectory)
			.update();
	}

}
