package nl.nvp.goedegesprek.trajectory;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
class TrajectoryStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "trajectory_id")
	private Trajectory trajectory;

	@Enumerated(EnumType.STRING)
	private StepType type;

	@Enumerated(EnumType.STRING)
	private StepState state = StepState.NOT_STARTED;

	private LocalDate plannedStart;

	private LocalDate plannedEnd;

	protected TrajectoryStep() {
	}

	TrajectoryStep(Trajectory trajectory, StepType type) {
		this.trajectory = trajectory;
		this.type = type;
	}

	StepType getType() {
		return this.type;
	}

	StepState getState() {
		return this.state;
	}

	LocalDate getPlannedStart() {
		return this.plannedStart;
	}

	LocalDate getPlannedEnd() {
		return this.plannedEnd;
	}

	void plan(LocalDate start, LocalDate end) {
		this.plannedStart = start;
		this.plannedEnd = end;
	}

	void moveTo(StepState state) {
		this.state = state;
	}

}
