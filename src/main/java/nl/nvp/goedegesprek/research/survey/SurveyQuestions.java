package nl.nvp.goedegesprek.research.survey;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions of a trajectory's survey as its coordinators adapt them: added, changed,
 * moved and removed until the survey is opened.
 */
@Service
@Transactional(readOnly = true)
class SurveyQuestions {

	private final SurveyRepository surveys;

	private final ResearchAccess access;

	SurveyQuestions(SurveyRepository surveys, ResearchAccess access) {
		this.surveys = surveys;
		this.access = access;
	}

	TrajectoryRef editableTrajectory(long trajectoryId, AccountPrincipal user) {
		return this.access.editable(trajectoryId, user);
	}

	QuestionDraft question(long trajectoryId, long questionId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		return survey(trajectoryId).question(questionId).draft();
	}

	@Transactional
	void addQuestion(long trajectoryId, QuestionDraft draft, AccountPrincipal user) {
		Survey survey = lockedForChange(trajectoryId, user);
		survey.addQuestion(draft);
	}

	@Transactional
	void changeQuestion(long trajectoryId, long questionId, QuestionDraft draft, AccountPrincipal user) {
		Survey survey = lockedForChange(trajectoryId, user);
		survey.changeQuestion(questionId, draft);
	}

	@Transactional
	void moveQuestion(long trajectoryId, long questionId, int direction, AccountPrincipal user) {
		Survey survey = lockedForChange(trajectoryId, user);
		survey.moveQuestion(questionId, direction);
	}

	@Transactional
	void removeQuestion(long trajectoryId, long questionId, AccountPrincipal user) {
		Survey survey = lockedForChange(trajectoryId, user);
		survey.removeQuestion(questionId);
	}

	/**
	 * The survey, locked so that it does not open while its questions change.
	 */
	private Survey lockedForChange(long trajectoryId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.surveys.lockByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
		return survey(trajectoryId);
	}

	private Survey survey(long trajectoryId) {
		return this.surveys.findByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
	}

}
