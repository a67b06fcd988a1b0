package nl.nvp.goedegesprek.research.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.StepWork;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experience survey belongs to the step of that name: while it is open, or opened and
 * waiting for its first day, completing the step names it.
 */
@Component
class OpenSurveyOfStep implements StepWork {

	private final SurveyRepository surveys;

	private final Clock clock;

	OpenSurveyOfStep(SurveyRepository surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Open> open(long trajectoryId, StepType step) {
		if (step != StepType.RESEARCH_EXPERIENCE) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.surveys.findByTrajectory(trajectoryId)
			.filter((survey) -> survey.getStatus() == SurveyStatus.OPEN && !survey.hasClosed(today))
			.map((survey) -> List.of(new Open("survey", survey.getTitle(), survey.getClosesOn())))
			.orElse(List.of());
	}

}
