package nl.nvp.goedegesprek.joining;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.shared.RateLimits;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * "Doe mee" in the browser: a visitor reads the page (steps, lighter forms, other
 * regions), makes mistakes in the form and is led to them, sends it and gets the mail;
 * the national coordinator finds the request on the start page and in the inbox, answers
 * it and makes it a trajectory. Every page passes axe and the reflow check at 320 and
 * 1280 px.
 */
class JoinBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private RateLimits rateLimits;

	@BeforeEach
	void thisBrowserMaySend() {
		this.rateLimits.forget("join", "127.0.0.1");
		this.rateLimits.forget("join", "0:0:0:0:0:0:0:1");
	}

	@Test
	void aVisitorAsksToStartAndTheNationalCoordinatorMakesItATrajectory() {
		open("/doe-mee");
		assertThat(this.page.locator("h1")).hasText("Doe mee met Het goede gesprek");
		assertThat(this.page.locator("ol.join-steps li")).hasCount(7);
		assertThat(this.page.locator("ol.join-steps")).containsText("Dialoogbijeenkomst 1");
		assertThat(this.page.locator("main")).containsText("Eén regionale dialoogtafel");
		assertAccessible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vraag het aan of stel een vraag"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Meedoen of een vraag stellen");
		assertThat(this.page.locator("main")).containsText("12 maanden");
		assertAccessible();

		// Mistakes: the summary takes the focus and leads to the fields.
		this.page.getByLabel("Ik werk bij een gemeente").check();
		this.page.getByLabel("Ik heb alleen een vraag").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Uw regio");
		assertThat(summary).containsText("Organisatie");
		assertThat(summary).containsText("Uw bericht of vraag");
		assertAccessible();
		summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Uw naam").setExact(false)).click();
		assertThat(this.page.getByLabel("Uw naam")).isFocused();

		String tag = UUID.randomUUID().toString().substring(0, 8);
		String name = "Fatima El Amrani " + tag;
		String email = "fatima-" + tag + "@gemeente.example";
		this.page.getByLabel("Uw regio").selectOption("JZ14");
		this.page.getByLabel("Organisatie").fill("Gemeente Enschede");
		this.page.getByLabel("Uw naam").fill(name);
		this.page.getByLabel("Uw e-mailadres").fill(email);
		this.page.getByLabel("Uw bericht of vraag").fill("Kan het ook met één middag?");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(this.page.locator("h1")).hasText("Bedankt voor uw aanvraag");
		assertThat(this.page.locator("main")).containsText(email);
		assertAccessible();
		org.assertj.core.api.Assertions.assertThat(Mailbox.subject(this.mailbox.await(email, 1).get(0)))
			.isEqualTo("We hebben uw aanvraag voor Het goede gesprek ontvangen");

		// The national coordinator: start page, inbox, request, answer, trajectory.
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		logIn(national.getUsername(), AccountFixtures.PASSWORD);
		open("/");
		assertThat(this.page.locator(".general-attention")).containsText("op antwoord");
		this.page.locator(".general-attention a").click();
		assertThat(this.page.locator("h1")).hasText("Aanvragen");
		assertThat(this.page.locator(".status-filter [aria-current=page]")).containsText("Nieuw");
		assertAccessible();
		Locator row = this.page.locator("table.join-requests tr", new Page.LocatorOptions().setHasText(name));
		row.getByRole(AriaRole.LINK).click();
		assertThat(this.page.locator("h1")).hasText("Aanvraag uit Twente");
		assertThat(this.page.locator(".request-message")).hasText("Kan het ook met één middag?");
		assertAccessible();

		this.page.getByLabel("Uw antwoord").fill("Dat kan. Zullen we volgende week bellen?");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord versturen")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Uw antwoord wordt verstuurd.");
		assertThat(this.page.locator(".request-status")).hasText("In gesprek");
		assertThat(this.page.locator(".request-answers")).containsText("Zullen we volgende week bellen?");
		assertAccessible();
		this.mailbox.await(email, 2);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maak er een traject van")).click();
		assertThat(this.page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Het goede gesprek Twente");
		assertThat(this.page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true))).hasValue(name);
		String title = "Het goede gesprek Twente " + UUID.randomUUID().toString().substring(0, 6);
		this.page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
		assertAccessible();
		this.page.locator("main form button[type=submit]").last().click();
		assertThat(this.page.locator("h1")).containsText(title);

		open("/aanvragen?status=TRAJECTORY");
		this.page.locator("table.join-requests tr", new Page.LocatorOptions().setHasText(name))
			.getByRole(AriaRole.LINK)
			.click();
		assertThat(this.page.locator(".request-status")).hasText("Traject geworden");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open het traject")).click();
		assertThat(this.page.locator("h1")).containsText(title);
	}

}
