package nl.nvp.goedegesprek.research.survey;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * National coordinators keep the survey templates (the security configuration lets only
 * them in).
 */
@Controller
class SurveyTemplateController {

	private static final String BASE = "/vragenlijstsjablonen";

	private final SurveyTemplates templates;

	SurveyTemplateController(SurveyTemplates templates) {
		this.templates = templates;
	}

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("templates", this.templates.list());
		return "research/templates";
	}

	@GetMapping(BASE + "/nieuw")
	String newTemplate(Model model) {
		model.addAttribute("form", new TemplateForm());
		return "research/template-form";
	}

	@PostMapping(BASE)
	String create(@Valid @ModelAttribute("form") TemplateForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("name") && this.templates.nameTaken(form.getName(), null)) {
			result.rejectValue("name", "TemplateForm.name.taken");
		}
		if (result.hasErrors()) {
			return "research/template-form";
		}
		long id;
		try {
			id = this.templates.create(form);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("name", "TemplateForm.name.taken");
			return "research/template-form";
		}
		redirect.addFlashAttribute("flashMessage", "template.created");
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping(BASE + "/{templateId}")
	String show(@PathVariable long templateId, Model model) {
		SurveyTemplate template = this.templates.get(templateId);
		TemplateForm form = new TemplateForm();
		form.setName(template.getName());
		form.setDescription(template.getDescription());
		form.setVersion(template.getVersion());
		return show(model, template, form);
	}

	@PostMapping(BASE + "/{templateId}")
	String describe(@PathVariable long templateId, @Valid @ModelAttribute("form") TemplateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		SurveyTemplate template = this.templates.get(templateId);
		if (!result.hasFieldErrors("name") && this.templates.nameTaken(form.getName(), templateId)) {
			result.rejectValue("name", "TemplateForm.name.taken");
		}
		if (!result.hasErrors()) {
			try {
				this.templates.describe(templateId, form);
				redirect.addFlashAttribute("flashMessage", "template.saved");
				return "redirect:" + BASE + "/" + templateId;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.template");
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("name", "TemplateForm.name.taken");
			}
		}
		return show(model, template, form);
	}

	private String show(Model model, SurveyTemplate template, TemplateForm form) {
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		return "research/template";
	}

	@GetMapping(BASE + "/{templateId}/vragen/nieuw")
	String newQuestion(@PathVariable long templateId, Model model) {
		QuestionForm form = new QuestionForm();
		form.setType(QuestionType.SCALE);
		return questionForm(model, this.templates.get(templateId), null, form);
	}

	@PostMapping(BASE + "/{templateId}/vragen")
	String addQuestion(@PathVariable long templateId, @Valid @ModelAttribute("form") QuestionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.check(result);
		if (result.hasErrors()) {
			return questionForm(model, this.templates.get(templateId), null, form);
		}
		try {
			this.templates.addQuestion(templateId, form.toDraft());
		}
		catch (RuleException ex) {
			result.rejectValue("text", ex.messageKey());
			return questionForm(model, this.templates.get(templateId), null, form);
		}
		redirect.addFlashAttribute("flashMessage", "question.added");
		return "redirect:" + BASE + "/" + templateId;
	}

	@GetMapping(BASE + "/{templateId}/vragen/{questionId}")
	String editQuestion(@PathVariable long templateId, @PathVariable long questionId, Model model) {
		SurveyTemplate template = this.templates.get(templateId);
		QuestionForm form = QuestionForm
			.of(QuestionList.find(template.getQuestions(), questionId).orElseThrow(NotFoundException::new).draft());
		return questionForm(model, template, questionId, form);
	}

	@PostMapping(BASE + "/{templateId}/vragen/{questionId}")
	String changeQuestion(@PathVariable long templateId, @PathVariable long questionId,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.check(result);
		if (result.hasErrors()) {
			return questionForm(model, this.templates.get(templateId), questionId, form);
		}
		try {
			this.templates.changeQuestion(templateId, questionId, form.toDraft());
		}
		catch (RuleException ex) {
			result.rejectValue("text", ex.messageKey());
			return questionForm(model, this.templates.get(templateId), questionId, form);
		}
		redirect.addFlashAttribute("flashMessage", "question.saved");
		return "redirect:" + BASE + "/" + templateId;
	}

	@PostMapping(BASE + "/{templateId}/vragen/{questionId}/omhoog")
	String up(@PathVariable long templateId, @PathVariable long questionId) {
		this.templates.moveQuestion(templateId, questionId, -1);
		return "redirect:" + BASE + "/" + templateId + "#vraag-" + questionId;
	}

	@PostMapping(BASE + "/{templateId}/vragen/{questionId}/omlaag")
	String down(@PathVariable long templateId, @PathVariable long questionId) {
		this.templates.moveQuestion(templateId, questionId, 1);
		return "redirect:" + BASE + "/" + templateId + "#vraag-" + questionId;
	}

	@PostMapping(BASE + "/{templateId}/vragen/{questionId}/verwijderen")
	String remove(@PathVariable long templateId, @PathVariable long questionId, RedirectAttributes redirect) {
		this.templates.removeQuestion(templateId, questionId);
		redirect.addFlashAttribute("flashMessage", "question.removed");
		return "redirect:" + BASE + "/" + templateId;
	}

	private String questionForm(Model model, SurveyTemplate template, Long questionId, QuestionForm form) {
		model.addAttribute("form", form);
		model.addAttribute("contextTitle", template.getName());
		model.addAttribute("backUrl", BASE + "/" + template.getId());
		model.addAttribute("action",
				BASE + "/" + template.getId() + "/vragen" + ((questionId != null) ? "/" + questionId : ""));
		model.addAttribute("editing", questionId != null);
		model.addAttribute("questionTypes", QuestionType.values());
		model.addAttribute("audienceOptions", Audience.values());
		return "research/question-form";
	}

}
