package nl.nvp.goedegesprek.account;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator makes the address of their calendar feed from the start page, sees it
 * once with a copy button, and stops it (issue 15).
 */
class CalendarFeedBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Test
	void aCoordinatorMakesAndStopsTheirCalendarAddress() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bijeenkomsten in uw eigen agenda"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Bijeenkomsten in uw agenda");
		assertThat(this.page.locator(".feed-status")).hasText("U heeft nog geen agenda-adres.");
		assertAccessible();

		button("Maak een agenda-adres").click();
		assertThat(this.page.locator(".feed-link")).containsText("/agenda/");
		assertThat(this.page.locator(".feed-link")).containsText(".ics");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kopieer de link")))
			.isVisible();
		assertAccessible();

		open("/mijn-agenda");
		assertThat(this.page.locator(".feed-status")).containsText("U heeft een agenda-adres.");
		assertThat(this.page.locator(".feed-link")).hasCount(0);
		button("Stop het agenda-adres").click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).hasText("Het agenda-adres werkt niet meer.");
		assertThat(this.page.locator(".feed-status")).hasText("U heeft nog geen agenda-adres.");
	}

	private com.microsoft.playwright.Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
