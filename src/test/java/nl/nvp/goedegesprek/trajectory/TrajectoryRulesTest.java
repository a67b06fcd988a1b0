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
			.containsExactly(StepType.STARTBIJEENKOMST, StepType.ONDERZOEK_CIJFERS, StepType.ONDERZOEK_BELEVING,
					StepType.DIALOOGBIJEENKOMST_1, StepType.DIALOOGBIJEENKOMST_2, StepType.ACTIEPLAN,
					StepType.OPVOLGING);
	}

	@Test
	void subsetHasOnlyTheChosenStepsAndDialogueTableOnlyItsTable() {
		Trajectory subset = new Trajectory("JZ32", TrajectoryVariant.SUBSET,
				EnumSet.of(StepType.OPVOLGING, StepType.STARTBIJEENKOMST, StepType.DIALOOGTAFEL));
		assertThat(subset.getSteps()).extracting(TrajectoryStep::getType)
			.containsExactly(StepType.STARTBIJEENKOMST, StepType.OPVOLGING);
		Trajectory table = new Trajectory("JZ32", TrajectoryVariant.DIALOGUE_TABLE, StepType.FULL);
		assertThat(table.getSteps()).extracting(TrajectoryStep::getType).containsExactly(StepType.DIALOOGTAFEL);
	}

	@Test
	void startingTheFirstStepMakesTheTrajectoryRun() {
		Trajectory trajectory = full();
		assertThat(trajectory.getStatus()).isEqualTo(TrajectoryStatus.CONCEPT);
		trajectory.startStep(StepType.STARTBIJEENKOMST);
		assertThat(trajectory.getStatus()).isEqualTo(TrajectoryStatus.RUNNING);
		assertThat(trajectory.activeStep()).map(TrajectoryStep::getType).contains(StepType.STARTBIJEENKOMST);
	}

	@Test
	void onlyOneStepIsActiveAtATime() {
		Trajectory trajectory = full();
		trajectory.startStep(StepType.STARTBIJEENKOMST);
		trajectory.skipStep(StepType.ONDERZOEK_CIJFERS);
		assertThatThrownBy(() -> trajectory.startStep(StepType.ONDERZOEK_BELEVING)).isInstanceOf(RuleException.class)
			.hasMessage("trajectory.rule.oneActiveStep");
	}

	@Test
	void stepsStartInOrderAndSkippedStepsAreJumpedOver() {
		Trajectory trajectory = full();
		assertThatThrownBy(() -> trajectory.startStep(StepType.ACTIEPLAN)).isInstanceOf(RuleException.class)
			.hasMessage("trajectory.rule.notNextStep");
		trajectory.skipStep(StepType.STARTBIJEENKOMST);
		trajectory.skipStep(StepType.ONDERZOEK_CIJFERS);
		assertThat(trajectory.nextStep()).map(TrajectoryStep::getType).contains(StepType.ONDERZOEK_BELEVING);
		trajectory.startStep(StepType.ONDERZOEK_BELEVING);
		trajectory.completeStep(StepType.ONDERZOEK_BELEVING);
		assertThat(trajectory.nextStep()).map(TrajectoryStep::getType).contains(StepType.DIALOOGBIJEENKOMST_1);
	}

	@Test
	void onlyAnActiveStepCanBeCompletedAndOnlyANotStartedStepSkipped() {
		Trajectory trajectory = full();
		assertThatThrownBy(() -> trajectory.completeStep(StepType.STARTBIJEENKOMST))
			.hasMessage("trajectory.rule.completeOnlyActive");
		trajectory.startStep(StepType.STARTBIJEENKOMST);
		assertThatThrownBy(() -> trajectory.skipStep(StepType.STARTBIJEENKOMST))
			.hasMessage("trajectory.rule.skipOnlyNotStarted");
		assertThatThrownBy(() -> trajectory.startStep(StepType.DIALOOGTAFEL)).hasMessage("trajectory.rule.noSuchStep");
	}

	@Test
	void finishingNeedsEveryStepClosedAndMakesItReadOnly() {
		Trajectory trajectory = full();
		trajectory.startStep(StepType.STARTBIJEENKOMST);
		assertThat(trajectory.canFinish()).isFalse();
		assertThatThrownBy(() -> trajectory.finish(Instant.now())).hasMessage("trajectory.rule.finishNeedsAllSteps");
		trajectory.completeStep(StepType.STARTBIJEENKOMST);
		StepType.FULL.stream().filter((type) -> type != StepType.STARTBIJEENKOMST).forEach(trajectory::skipStep);
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
		trajectory.reshape(TrajectoryVariant.SUBSET, EnumSet.of(StepType.STARTBIJEENKOMST, StepType.ACTIEPLAN));
		assertThat(trajectory.getSteps()).extracting(TrajectoryStep::getType)
			.containsExactly(StepType.STARTBIJEENKOMST, StepType.ACTIEPLAN);
		trajectory.startStep(StepType.STARTBIJEENKOMST);
		assertThatThrownBy(() -> trajectory.reshape(TrajectoryVariant.FULL, Set.of()))
			.hasMessage("trajectory.rule.stepsFixedOnceStarted");
		trajectory.reshape(TrajectoryVariant.SUBSET, EnumSet.of(StepType.STARTBIJEENKOMST, StepType.ACTIEPLAN));
	}

	@Test
	void cancellingSkipsTheActiveStep() {
		Trajectory trajectory = full();
		trajectory.startStep(StepType.STARTBIJEENKOMST);
		trajectory.cancel(Instant.now());
		assertThat(trajectory.getStatus()).isEqualTo(TrajectoryStatus.CANCELLED);
		assertThat(trajectory.activeStep()).isEmpty();
	}

}
