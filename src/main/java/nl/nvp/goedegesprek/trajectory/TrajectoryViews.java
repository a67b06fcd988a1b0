package nl.nvp.goedegesprek.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the trajectory pages show, built inside the service's transaction (no lazy loading
 * in views: Open Session in View is off).
 */
final class TrajectoryViews {

	private TrajectoryViews() {
	}

	record Row(long id, String title, String regionName, TrajectoryVariant variant, TrajectoryStatus status,
			StepType activeStep, StepType nextStep, List<StepView> steps, Instant changedAt) {
	}

	record StepView(StepType type, StepState state, LocalDate plannedStart, LocalDate plannedEnd, boolean canStart,
			boolean canComplete, boolean canSkip) {

		public boolean isActive() {
			return this.state == StepState.ACTIVE;
		}

	}

	record Details(long id, String title, String description, String regionCode, String regionName,
			TrajectoryVariant variant, TrajectoryStatus status, List<StepView> steps, StepType activeStep,
			StepType nextStep, List<String> coordinatorNames, String contactName, String contactEmail,
			String contactPhone, boolean editable, boolean readOnly, boolean canFinish, long version, Instant createdAt,
			String createdBy, Instant changedAt, String changedBy, TrajectoryRef ref) {
	}

}
