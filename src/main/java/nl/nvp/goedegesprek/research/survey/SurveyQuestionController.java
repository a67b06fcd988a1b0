package nl.nvp.goedegesprek.research.survey;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.FlashActions;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators adapt the questions of a trajectory's survey (copied from its
 * template) until the survey is opened.
 */
@Controller
class SurveyQuestionController {

	private final SurveyQuestions questions;

	SurveyQuestionController(SurveyQuestions questions) {
		this.questions = questions;
	}

	private static String base(long id) {
		return "/trajecten/" + id + "/vragenlijst";
	}

	@GetMapping("/trajecten/{id}/vragenlijst/vragen/nieuw")
	String newQuestion(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		QuestionForm form = new QuestionForm();
		form.setType(QuestionType.SCALE);
		return questionForm(id, null, user, model, form);
	}

	@PostMapping("/trajecten/{id}/vragenlijst/vragen")
	String addQuestion(@PathVariable long id, @Valid @ModelAttribute("form") QuestionForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.questions.editableTrajectory(id, user);
		form.check(result);
		if (result.hasErrors()) {
			return questionForm(id, null, user, model, form);
		}
		try {
			return act(id, redirect, "question.added", () -> this.questions.addQuestion(id, form.toDraft(), user));
		}
		catch (TextTaken ex) {
			result.rejectValue("text", QuestionList.TEXT_TAKEN);
			return questionForm(id, null, user, model, form);
		}
	}

	@GetMapping("/trajecten/{id}/vragenlijst/vragen/{questionId}")
	String editQuestion(@PathVariable long id, @PathVariable long questionId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return questionForm(id, questionId, user, model,
				QuestionForm.of(this.questions.question(id, questionId, user)));
	}

	@PostMapping("/trajecten/{id}/vragenlijst/vragen/{questionId}")
	String changeQuestion(@PathVariable long id, @PathVariable long questionId,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.questions.question(id, questionId, user);
		form.check(result);
		if (result.hasErrors()) {
			return questionForm(id, questionId, user, model, form);
		}
		try {
			return act(id, redirect, "question.saved",
					() -> this.questions.changeQuestion(id, questionId, form.toDraft(), user));
		}
		catch (TextTaken ex) {
			result.rejectValue("text", QuestionList.TEXT_TAKEN);
			return questionForm(id, questionId, user, model, form);
		}
	}

	@PostMapping("/trajecten/{id}/vragenlijst/vragen/{questionId}/omhoog")
	String up(@PathVariable long id, @PathVariable long questionId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, null, () -> this.questions.moveQuestion(id, questionId, -1, user));
	}

	@PostMapping("/trajecten/{id}/vragenlijst/vragen/{questionId}/omlaag")
	String down(@PathVariable long id, @PathVariable long questionId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, null, () -> this.questions.moveQuestion(id, questionId, 1, user));
	}

	@PostMapping("/trajecten/{id}/vragenlijst/vragen/{questionId}/verwijderen")
	String remove(@PathVariable long id, @PathVariable long questionId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, "question.removed", () -> this.questions.removeQuestion(id, questionId, user));
	}

	private String questionForm(long id, Long questionId, AccountPrincipal user, Model model, QuestionForm form) {
		model.addAttribute("form", form);
		model.addAttribute("contextTitle", this.questions.editableTrajectory(id, user).title());
		model.addAttribute("backUrl", base(id));
		model.addAttribute("action", base(id) + "/vragen" + ((questionId != null) ? "/" + questionId : ""));
		model.addAttribute("editing", questionId != null);
		model.addAttribute("questionTypes", QuestionType.values());
		model.addAttribute("audienceOptions", Audience.values());
		return "research/question-form";
	}

	/**
	 * Runs the action with a flash message; a question text the survey has already is not
	 * a flash but a message at the field ({@link TextTaken}).
	 */
	private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
		return FlashActions.act(redirect, base(id), message, "stale.survey", () -> {
			try {
				action.run();
			}
			catch (RuleException ex) {
				if (QuestionList.TEXT_TAKEN.equals(ex.messageKey())) {
					throw new TextTaken();
				}
				throw ex;
			}
		});
	}

	/** The question text is the survey's already: shown at the field. */
	private static final class TextTaken extends RuntimeException {

		TextTaken() {
			super(null, null, false, false);
		}

	}

}
