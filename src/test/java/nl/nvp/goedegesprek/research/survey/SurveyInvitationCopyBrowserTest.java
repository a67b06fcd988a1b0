package nl.nvp.goedegesprek.research.survey;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed invitation to the survey has the audience's whole link to type over, and a
 * button that copies it (issue 15, "Links people pass on are whole"), as the meeting's
 * share link has (MeetingBrowserTest).
 */
class SurveyInvitationCopyBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Test
	void theCopyButtonPutsTheAudiencesWholeLinkOnTheClipboard() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Uitnodiging kopiëren", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		open("/trajecten/" + trajectory + "/vragenlijst/uitnodiging/" + Audience.FOSTER_FAMILIES.slug());

		String link = this.page.locator("#survey-link").textContent().trim();
		assertThat(link).isEqualTo("http://localhost/vragenlijst/" + survey.token(Audience.FOSTER_FAMILIES));
		this.page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kopieer de link")).click();
		assertThat(this.page.locator("#survey-link-status")).hasText("De link is gekopieerd.");
		assertThat(this.page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(link);
		assertAccessible();
	}

}
