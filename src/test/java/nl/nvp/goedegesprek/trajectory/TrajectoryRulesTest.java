package nl.nvp.goedegesprek.trajectory;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import nl.nvp.goedegesprek.shared.RuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrajectoryRulesTest {

	private static Trajectory full() {
		Trajectory trajectory = new Trajectory("JZ32", TrajectoryVariant.FULL, Set.of());
		trajectory.describe("Test", null, null, null, null);
		return trajectory;
	}

	@Test
	void fullTrajectoryHasTheSevenStepsInOrder() {
		assertThat(full().getSteps()).extracting(TrajectoryStep::getType)
			.containsExactly(StepType.KICK_OFF, StepType.RESEARCH_FIGURES, StepType.RESEARCH_EXPERIENCE,
					StepType.DIALOGUE_MEETING_1, StepType.DIALOGUE_MEETING_2, StepType.ACTION_PLAN, StepType.FOLLOW_UP);
	}

	@Test
	void subsetHasOnlyTheChosenStepsAndDialogueTableOnlyItsTable() {
		Trajectory subset = new Trajectory("JZ32", TrajectoryVariant.SUBSET,
				EnumSet.of(StepType.FOLLOW_UP, StepType.KICK_OFF, StepType.DIALOGUE_TABLE));
		assertThat(subset.getSteps()).extracting(TrajectoryStep::getType)
			.containsExactly(StepType.KICK_OFF, StepType.FOLLOW_UP);
		Trajectory table = new Trajectory("JZ32", TrajectoryVariant.DIALOGUE_TABLE, StepType.FULL);
		assertThat(table.getSteps()).extracting(TrajectoryStep::getType).containsExactly(StepType.DIALOGUE_TABLE);
	}

	@Test
	void startingTheFirstStepMakesTheTrajectoryRun() {
		Trajectory trajectory = full();
		assertThat(trajectory.getStatus()).isEqualTo(TrajectoryStatus.DRAFT);
		trajectory.startStep(StepType.KICK_OFF);
		assertThat(trajectory.getStatus()).isEqualTo(TrajectoryStatus.RUNNING);
		assertThat(trajectory.activeStep()).map(TrajectoryStep::getType).contains(StepType.KICK_OFF);
	}

	@Test
	void onlyOneStepIsActiveAtATime() {
		Trajectory trajectory = full();
		trajectory.startStep(StepType.KICK_OFF);
		trajectory.skipStep(StepType.RESEARCH_FIGURES);
		assertThatThrownBy(() -> trajectory.startStep(StepType.RESEARCH_EXPERIENCE)).isInstanceOf(RuleException.class)
			.hasMessage("trajectory.rule.oneActiveStep");
	}

	@Test
	void stepsStartInOrderAndSkippedStepsAreJumpedOver() {
		Trajectory trajectory = full();
		assertThatThrownBy(() -> trajectory.startStep(StepType.ACTION_PLAN)).isInstanceOf(RuleException.class)
			.hasMessage("trajectory.rule.notNextStep");
		trajectory.skipStep(StepType.KICK_OFF);
		trajectory.skipStep(StepType.RESEARCH_FIGURES);
		assertThat(trajectory.nextStep()).map(TrajectoryStep::getType).contains(StepType.RESEARCH_EXPERIENCE);
		trajectory.startStep(StepType.RESEARCH_EXPERIENCE);
		trajectory.completeStep(StepType.RESEARCH_EXPERIENCE);
		assertThat(trajectory.nextStep()).map(TrajectoryStep::getType).contains(StepType.DIALOGUE_MEETING_1);
	}

	@Test
	void onlyAnActiveStepCanBeCompletedAndOnlyANotStartedStepSkipped() {
		Trajectory trajectory = full();
		assertThatThrownBy(() -> trajectory.completeStep(StepType.KICK_OFF))
			.hasMessage("trajectory.rule.completeOnlyActive");
		trajectory.startStep(StepType.KICK_OFF);
		assertThatThrownBy(() -> trajectory.skipStep(StepType.KICK_OFF))
			.hasMessage("trajectory.rule.skipOnlyNotStarted");
		assertThatThrownBy(() -> trajectory.startStep(StepType.DIALOGUE_TABLE))
			.hasMessage("trajectory.rule.noSuchStep");
	}

	@Test
	void finishingNeedsEveryStepClosedAndMakesItReadOnly() {
		Trajectory trajectory = full();
		trajectory.startStep(StepType.KICK_OFF);
		assertThat(trajectory.canFinish()).isFalse();
		assertThatThrownBy(() -> trajectory.finish(Instant.now())).hasMessage("trajectory.rule.finishNeedsAllSteps");
		trajectory.completeStep(StepType.KICK_OFF);
		StepType.FULL.stream().filter((type) -> type != StepType.KICK_OFF).forEach(trajectory::skipStep);
		assertThat(trajectory.canFinish()).isTrue();
		trajectory.finish(Instant.now());
		assertThat(trajectory.getStatus()).isEqualTo(TrajectoryStatus.FINISHED);
		assertThat(trajectory.isReadOnly()).isTrue();
		assertThatThrownBy(() -> trajectory.describe("Nieuw", null, null, null, null))
			.hasMessage("trajectory.rule.readOnly");
		assertThatThrownBy(() -> trajectory.cancel(Instant.now())).hasMessage("trajectory.rule.readOnly");
	}

	@Test
	void trajectoryThatNeverRanCannotBeFinishedOnlyCancelled() {
		Trajectory trajectory = full();
		StepType.FULL.forEach(trajectory::skipStep);
		assertThat(trajectory.canFinish()).isFalse();
		assertThatThrownBy(() -> trajectory.finish(Instant.now())).hasMessage("trajectory.rule.finishNeedsRunning");
		trajectory.cancel(Instant.now());
		assertThat(trajectory.getStatus()).isEqualTo(TrajectoryStatus.CANCELLED);
	}

	@Test
	void stepsAreFixedOnceTheTrajectoryRuns() {
		Trajectory trajectory = full();
		trajectory.reshape(TrajectoryVariant.SUBSET, EnumSet.of(StepType.KICK_OFF, StepType.ACTION_PLAN));
		assertThat(trajectory.getSteps()).extracting(TrajectoryStep::getType)
			.containsExactly(StepType.KICK_OFF, StepType.ACTION_PLAN);
		trajectory.startStep(StepType.KICK_OFF);
		assertThatThrownBy(() -> trajectory.reshape(TrajectoryVariant.FULL, Set.of()))
			.hasMessage("trajectory.rule.stepsFixedOnceStarted");
		trajectory.reshape(TrajectoryVariant.SUBSET, EnumSet.of(StepType.KICK_OFF, StepType.ACTION_PLAN));
	}

	@Test
	void cancellingSkipsTheActiveStep() {
		Trajectory trajectory = full();
		trajectory.startStep(StepType.KICK_OFF);
		trajectory.cancel(Instant.now());
		assertThat(trajectory.getStatus()).isEqualTo(TrajectoryStatus.CANCELLED);
		assertThat(trajectory.activeStep()).isEmpty();
	}

}
