package nl.nvp.goedegesprek.harvest.hostlink;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class HostLinkBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private HarvestFixtures harvest;

	@Test
	void coordinatorMakesSeesAndRevokesATableHostsLink() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Tafellinks", coordinator.id());
		this.harvest.choose(trajectory, coordinator, "Transparantie");
		this.meetings.create(trajectory, "Dialoog Tafellinks", 30, Map.of());
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);

		open("/trajecten/" + trajectory + "/oogst");
		link("Invoerlinks maken, bekijken en intrekken").click();
		assertThat(this.page.locator("h1")).hasText("Invoerlinks voor gespreksleiders");
		assertThat(this.page.getByText("Er zijn nog geen links gemaakt.")).isVisible();
		assertAccessible();

		button("Link maken").click();
		assertThat(this.page.locator("#label-error")).hasText("Vul dit veld in.");
		assertAccessible();

		this.page.getByLabel("Voor wie").fill("Tafel 3");
		this.page.getByLabel("Bijeenkomst").selectOption(new SelectOption().setIndex(1));
		button("Link maken").click();
		assertThat(this.page.locator(".alert-success")).hasText("De link is gemaakt.");
		String hostUrl = this.page.locator(".host-link").textContent().replace("http://localhost", url(""));
		Locator row = this.page.locator(".host-link-row").filter(new Locator.FilterOptions().setHasText("Tafel 3"));
		assertThat(row).containsText("Dialoog Tafellinks");
		assertThat(row.locator(".host-link-status")).hasText("Werkt");
		assertAccessible();

		// The table host enters harvest through the link, without an account.
		Page host = newPerson();
		host.navigate(hostUrl);
		assertThat(host.locator("h1")).hasText("Oogst invoeren");

		button("Link voor Tafel 3 intrekken").click();
		assertThat(this.page.locator(".alert-success")).hasText("De link is ingetrokken. Hij werkt niet meer.");
		assertThat(row.locator(".host-link-status")).containsText("Ingetrokken op");
		assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0);
		assertAccessible();

		org.assertj.core.api.Assertions.assertThat(host.navigate(hostUrl).status()).isEqualTo(404);
		host.context().close();
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
