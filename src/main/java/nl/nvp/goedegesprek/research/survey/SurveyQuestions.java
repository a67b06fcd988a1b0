package nl.nvp.goedegesprek.research.survey;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions of a trajectory's survey as its coordinators adapt them: added, changed,
 * moved and removed while nobody has answered.
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
		survey.addQuestion(draft, this.surveys.hasResponses(survey.getId()));
	}

	@Transactional
	void changeQuestion(long trajectoryId, long questionId, QuestionDraft draft, AccountPrincipal user) {
		Survey survey = lockedForChange(trajectoryId, user);
		survey.changeQuestion(questionId, draft, this.surveys.hasResponses(survey.getId()));
	}

	@Transactional
	void moveQuestion(long trajectoryId, long questionId, int direction, AccountPrincipal user) {
		Survey survey = lockedForChange(trajectoryId, user);
		survey.moveQuestion(questionId, direction, this.surveys.hasResponses(survey.getId()));
	}

	@Transactional
	void removeQuestion(long trajectoryId, long questionId, AccountPrincipal user) {
		Survey survey = lockedForChange(trajectoryId, user);
		survey.removeQuestion(questionId, this.surveys.hasResponses(survey.getId()));
	}

	/**
	 * The survey, locked so that no answer arrives while its questions change (answers
	 * take a shared lock on the same row).
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
