package nl.nvp.goedegesprek.region;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class RegionBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Test
	void nationalCoordinatorSeesAllRegionsAndCorrectsAName() {
		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/regios");
		assertThat(this.page.locator("tbody tr")).hasCount(42);
		assertThat(this.page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("JZ32")))
			.containsText("Eerder: Nijmegen");
		assertAccessible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naam van Zeeland wijzigen")).click();
		assertAccessible();
		this.page.getByLabel("Naam").fill("");
		this.page.getByLabel("Geldig tot").fill("2020-01-01");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.locator("#name-error")).hasText("Vul dit veld in.");
		assertThat(this.page.locator("#validUntil-error")).containsText("na de datum");
		assertAccessible();

		this.page.getByLabel("Naam").fill("Zeeland (Zeeuwse gemeenten)");
		this.page.getByLabel("Geldig tot").fill("");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("De regio is opgeslagen.");
		assertThat(this.page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("JZ38")))
			.containsText("Zeeland (Zeeuwse gemeenten)");
	}

	@Test
	void regionalCoordinatorSeesRegionsButCannotEditThem() {
		logIn(this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32").getUsername(), AccountFixtures.PASSWORD);
		open("/regios");
		assertThat(this.page.locator("tbody tr")).hasCount(42);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijzigen"))).hasCount(0);
		assertAccessible();
	}

}
