package nl.nvp.goedegesprek.research.survey;

import java.util.List;

import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national survey templates, kept by national coordinators (the web layer lets only
 * them in). A survey copies its template's questions when it is made, so changing a
 * template never changes a running survey.
 */
@Service
@Transactional(readOnly = true)
public class SurveyTemplates {

	private final SurveyTemplateRepository templates;

	SurveyTemplates(SurveyTemplateRepository templates) {
		this.templates = templates;
	}

	List<SurveyTemplateRepository.Listed> list() {
		return this.templates.findListed();
	}

	SurveyTemplate get(long templateId) {
		return this.templates.findWithQuestions(templateId).orElseThrow(NotFoundException::new);
	}

	boolean nameTaken(String name, Long exceptId) {
		return (exceptId == null) ? this.templates.existsByNameIgnoreCase(name)
				: this.templates.existsByNameIgnoreCaseAndIdNot(name, exceptId);
	}

	@Transactional
	public long create(TemplateForm form) {
		return this.templates.saveAndFlush(new SurveyTemplate(form.getName(), form.getDescription())).getId();
	}

	@Transactional
	void describe(long templateId, TemplateForm form) {
		SurveyTemplate template = get(templateId);
		checkVersion(template, form.getVersion());
		template.describe(form.getName(), form.getDescription());
		this.templates.flush();
	}

	@Transactional
	public void addQuestion(long templateId, QuestionDraft draft) {
		locked(templateId).addQuestion(draft);
	}

	@Transactional
	void changeQuestion(long templateId, long questionId, QuestionDraft draft) {
		locked(templateId).changeQuestion(questionId, draft);
	}

	@Transactional
	void moveQuestion(long templateId, long questionId, int direction) {
		locked(templateId).moveQuestion(questionId, direction);
	}

	@Transactional
	void removeQuestion(long templateId, long questionId) {
		locked(templateId).removeQuestion(questionId);
	}

	/** The template, its row locked first so that question changes take turns. */
	private SurveyTemplate locked(long templateId) {
		this.templates.lockById(templateId).orElseThrow(NotFoundException::new);
		return get(templateId);
	}

	private static void checkVersion(SurveyTemplate template, long version) {
		if (template.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(SurveyTemplate.class, template.getId());
		}
	}

}
