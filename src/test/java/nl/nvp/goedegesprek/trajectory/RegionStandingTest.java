package nl.nvp.goedegesprek.trajectory;

import nl.nvp.goedegesprek.trajectory.RegionTrajectories.Phase;
import nl.nvp.goedegesprek.trajectory.RegionTrajectories.Standing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a region stands on the national map: running beats planned beats finished, with
 * the year of the latest trajectory in that phase, and every trajectory counted.
 */
class RegionStandingTest {

	@Test
	void aRunningTrajectoryOutweighsPlannedAndFinishedOnes() {
		Standing standing = Standing.NEVER.with(Phase.FINISHED, 2023)
			.with(Phase.PLANNED, 2027)
			.with(Phase.RUNNING, 2025)
			.with(Phase.FINISHED, 2024);

		assertThat(standing).isEqualTo(new Standing(Phase.RUNNING, 2025, 1, 1, 2));
	}

	@Test
	void theYearIsThatOfTheLatestTrajectoryInThePhase() {
		assertThat(Standing.NEVER.with(Phase.FINISHED, 2023).with(Phase.FINISHED, 2025).with(Phase.FINISHED, 2024))
			.isEqualTo(new Standing(Phase.FINISHED, 2025, 0, 0, 3));
		assertThat(Standing.NEVER.with(Phase.FINISHED, 2023).with(Phase.PLANNED, null))
			.as("a plan without dates has no year, and the finished one's year is not its")
			.isEqualTo(new Standing(Phase.PLANNED, null, 1, 0, 1));
		assertThat(Standing.NEVER.with(Phase.PLANNED, null).with(Phase.PLANNED, 2027))
			.isEqualTo(new Standing(Phase.PLANNED, 2027, 2, 0, 0));
	}

}
