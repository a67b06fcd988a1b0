package nl.nvp.goedegesprek.research.response;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.github.bucket4j.BucketConfiguration;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.shared.RateLimits;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A link that has taken its hour's worth of answers says so kindly instead of saving
 * more.
 */
class SurveyBusyBrowserTest extends BrowserTest {

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private RateLimits buckets;

	@Test
	void aLinkOverItsHourlyLimitAsksToTryAgainLater() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ28");
		long trajectory = this.trajectories.createRunning("JZ28", "Druk", coordinator.id());
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		String token = survey.token(Audience.PROFESSIONALS);
		// Use up the link's answers for this hour (the same bucket the application uses).
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(300).refillGreedy(300, Duration.ofHours(1)))
			.build();
		this.buckets.bucket("survey", token, configuration).tryConsume(300);

		open("/vragenlijst/" + token);
		// Every scale question answered with 3.
		this.page.getByLabel("3", new Page.GetByLabelOptions().setExact(true)).all().forEach((radio) -> radio.check());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
		assertThat(this.page.getByText("Er komen nu heel veel antwoorden tegelijk binnen.")).isVisible();
		assertAccessible();
	}

}
