package nl.nvp.goedegesprek.account;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class AccountBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Test
	void nationalCoordinatorInvitesARegionalCoordinatorWhoSetsAPasswordAndLogsIn() {
		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/accounts");
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw account")).click();
		assertAccessible();

		// Submitting an incomplete form explains what is missing and keeps what was
		// typed.
		this.page.getByLabel("Naam").fill("Nieuwe Coördinator");
		this.page.getByLabel("Regiocoördinator").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken")).click();
		assertThat(this.page.locator("#email-error")).hasText("Vul dit veld in.");
		assertThat(this.page.locator("#regionCodes-error")).hasText("Kies minstens één regio.");
		assertThat(this.page.getByLabel("Naam")).hasValue("Nieuwe Coördinator");
		assertAccessible();

		String email = "nieuw-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		this.page.getByLabel("E-mailadres").fill(email);
		this.page.getByLabel("Rijk van Nijmegen").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account maken")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Het account is gemaakt.");
		assertThat(this.page.locator("h1")).hasText("Nieuwe Coördinator");
		assertThat(this.page.locator(".invitation-mail")).containsText("We sturen " + email + " nu een mail");
		String link = invitationLink(email, 1);
		assertAccessible();
		screenshot("account-created");

		// The invited person opens the link in their own browser.
		Page invited = newPerson();
		invited.navigate(link);
		assertThat(invited.locator("h1")).hasText("Kies uw wachtwoord");
		invited.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("een-lang-wachtwoord");
		invited.getByLabel("Herhaal het wachtwoord").fill("een-ander-wachtwoord");
		invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
		assertThat(invited.locator("#repeat-error")).hasText("De twee wachtwoorden zijn niet gelijk.");
		assertAccessible(invited);
		invited.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("een-lang-wachtwoord");
		invited.getByLabel("Herhaal het wachtwoord").fill("een-lang-wachtwoord");
		invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
		assertThat(invited.getByRole(AriaRole.STATUS)).hasText("Uw wachtwoord is opgeslagen. U kunt nu inloggen.");
		logIn(invited, email, "een-lang-wachtwoord");
		assertThat(invited.getByText("Ingelogd als Nieuwe Coördinator")).isVisible();

		// The link works once.
		invited.navigate(link);
		assertThat(invited.locator("h1")).hasText("Deze link werkt niet (meer)");
		assertAccessible(invited);
		invited.context().close();
	}

	@Test
	void deactivatedAccountCanNoLongerLogInAndItsSessionEnds() {
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ32");
		Page other = newPerson();
		logIn(other, policymaker.getUsername(), AccountFixtures.PASSWORD);

		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/accounts/" + policymaker.id());
		assertAccessible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactiveren")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("gedeactiveerd");

		other.navigate(url("/trajecten"));
		assertThat(other.locator("h1")).hasText("Inloggen");
		assertThat(other.getByText("Uw account is gewijzigd. Log opnieuw in.")).isVisible();
		other.getByLabel("E-mailadres").fill(policymaker.getUsername());
		other.getByLabel("Wachtwoord").fill(AccountFixtures.PASSWORD);
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(other.getByRole(AriaRole.ALERT)).containsText("Het e-mailadres of het wachtwoord klopt niet");
		other.context().close();
	}

	@Test
	void resetGivesANewLinkAndTheOldPasswordStopsWorking() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		open("/accounts/" + coordinator.id() + "/bewerken");
		assertAccessible();
		this.page.getByLabel("Naam").fill("Hernoemde Coördinator");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(this.page.locator("h1")).hasText("Hernoemde Coördinator");
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe link maken (wachtwoord vergeten)"))
			.click();
		assertThat(this.page.locator(".invitation-mail")).containsText(coordinator.getUsername());
		org.assertj.core.api.Assertions.assertThat(invitationLink(coordinator.getUsername(), 1))
			.contains("/uitnodiging/");
		assertAccessible();
		// Asked again within a minute: nothing new, and the page says so.
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe link maken (wachtwoord vergeten)"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("minder dan een minuut geleden");
		assertThat(this.page.locator(".invitation-mail")).hasCount(0);
		assertAccessible();

		Page other = newPerson();
		other.navigate(url("/inloggen"));
		other.getByLabel("E-mailadres").fill(coordinator.getUsername());
		other.getByLabel("Wachtwoord").fill(AccountFixtures.PASSWORD);
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(other.getByRole(AriaRole.ALERT)).containsText("Het e-mailadres of het wachtwoord klopt niet");
		other.context().close();
	}

}
