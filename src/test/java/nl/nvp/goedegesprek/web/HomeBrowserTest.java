package nl.nvp.goedegesprek.web;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The start page after login says, per role, what needs attention, and its counts follow
 * the data (issue 15): a coordinator sees the meetings of the coming weeks with places
 * taken per role, registrations that wait and late actions; a policymaker how the
 * region's actions progress; a national coordinator the regions where something is late.
 */
class HomeBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Test
	void eachRoleSeesWhatNeedsAttentionAndTheCountsFollowTheData() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Aandacht Nijmegen", coordinator.id());
		long meeting = this.meetings
			.create(trajectory, "Startbijeenkomst Aandacht", 10, Map.of(ParticipantRole.FOSTER_PARENT, 4),
					TestClock.today().plusWeeks(2))
			.id();
		this.meetings.confirmed(meeting, "Een", ParticipantRole.FOSTER_PARENT);
		this.meetings.pending(meeting, "Twee", ParticipantRole.PARENT);

		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/");
		assertThat(this.page.locator("h1")).hasText("Wat aandacht vraagt");
		Locator card = card(this.page, "Aandacht Nijmegen");
		assertThat(card).containsText("Rijk van Nijmegen · Nu: Startbijeenkomst");
		assertThat(card).containsText("1 van 10 plaatsen bezet. Per rol: Pleegouder 1 van 4.");
		assertThat(card).containsText("1 aanmelding(en) wachten nog op bevestiging door de deelnemer.");
		assertAccessible();

		// The data changes, the page follows.
		this.meetings.confirmed(meeting, "Drie", ParticipantRole.FOSTER_PARENT);
		long topic = this.harvest.choose(trajectory, coordinator, "Positie van ouders").get(0);
		this.actionPlan.action(trajectory, coordinator, topic, "Respijtzorg vindbaar maken",
				TestClock.today().minusDays(3));
		this.page.reload();
		card = card(this.page, "Aandacht Nijmegen");
		assertThat(card).containsText("2 van 10 plaatsen bezet. Per rol: Pleegouder 2 van 4.");
		assertThat(card.locator(".attention-late")).containsText("Te laat: 1 actie(s) zijn over hun einddatum");
		assertThat(card.locator(".attention-late a")).hasAttribute("href", "/trajecten/" + trajectory + "/acties");
		assertAccessible();

		// A policymaker of the region sees how its actions progress.
		Page policymaker = newPerson();
		logIn(policymaker, this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername(), AccountFixtures.PASSWORD);
		policymaker.navigate(url("/"));
		Locator seen = card(policymaker, "Aandacht Nijmegen");
		assertThat(seen).containsText("Acties: 0 klaar, 0 op schema, 1 te laat.");
		assertThat(seen).not().containsText("plaatsen bezet");
		assertAccessible(policymaker);
		policymaker.context().close();

		// A national coordinator sees the regions where something is late.
		Page national = newPerson();
		logIn(national, this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), AccountFixtures.PASSWORD);
		national.navigate(url("/"));
		assertThat(national.locator(".regions-late")).containsText("Rijk van Nijmegen");
		assertThat(card(national, "Aandacht Nijmegen")).containsText("Te laat");
		assertAccessible(national);
		national.context().close();
	}

	private static Locator card(Page page, String title) {
		return page.locator(".home-trajectories > li").filter(new Locator.FilterOptions().setHasText(title));
	}

}
