package nl.nvp.goedegesprek.research.survey;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.FlashActions;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators run a trajectory's survey: made from a template, planned, opened and
 * closed, with a printable invitation (QR code) per audience, whose link they can replace
 * after a confirmation. Its questions are adapted in {@link SurveyQuestionController}.
 */
@Controller
class SurveyController {

	private final Surveys surveys;

	private final Clock clock;

	SurveyController(Surveys surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	private static String base(long id) {
		return "/trajecten/" + id + "/vragenlijst";
	}

	@GetMapping("/trajecten/{id}/vragenlijst")
	String overview(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		Surveys.Overview overview = this.surveys.overview(id, user);
		model.addAttribute("overview", overview);
		if (!overview.hasSurvey() && !model.containsAttribute("form")) {
			SurveyForm form = new SurveyForm();
			LocalDate today = LocalDate.now(this.clock);
			form.setOpensOn(today);
			form.setClosesOn(today.plusWeeks(4));
			form.setTitle(overview.trajectory().title());
			if (overview.templates().size() == 1) {
				form.setTemplateId(overview.templates().get(0).id());
			}
			model.addAttribute("form", form);
		}
		return "research/survey";
	}

	@PostMapping("/trajecten/{id}/vragenlijst")
	String create(@PathVariable long id, @Valid @ModelAttribute("form") SurveyForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.surveys.editableTrajectory(id, user);
		form.check(result, true);
		if (!result.hasErrors()) {
			try {
				this.surveys.create(id, form, user);
				redirect.addFlashAttribute("flashMessage", "survey.created");
				return "redirect:" + base(id);
			}
			catch (RuleException ex) {
				result.reject(ex.messageKey());
			}
		}
		model.addAttribute("overview", this.surveys.overview(id, user));
		return "research/survey";
	}

	@GetMapping("/trajecten/{id}/vragenlijst/instellingen")
	String settings(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return settingsForm(id, user, model, this.surveys.settingsForm(id, user));
	}

	@PostMapping("/trajecten/{id}/vragenlijst/instellingen")
	String plan(@PathVariable long id, @Valid @ModelAttribute("form") SurveyForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.surveys.editableTrajectory(id, user);
		form.check(result, false);
		if (!result.hasErrors()) {
			try {
				this.surveys.plan(id, form, user);
				redirect.addFlashAttribute("flashMessage", "survey.saved");
				return "redirect:" + base(id);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.survey");
			}
			catch (RuleException ex) {
				result.reject(ex.messageKey());
			}
		}
		return settingsForm(id, user, model, form);
	}

	private String settingsForm(long id, AccountPrincipal user, Model model, SurveyForm form) {
		model.addAttribute("trajectory", this.surveys.editableTrajectory(id, user));
		model.addAttribute("form", form);
		return "research/survey-settings";
	}

	@PostMapping("/trajecten/{id}/vragenlijst/openen")
	String open(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, "survey.opened", () -> this.surveys.open(id, version, user));
	}

	@PostMapping("/trajecten/{id}/vragenlijst/sluiten")
	String close(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, "survey.closed", () -> this.surveys.close(id, version, user));
	}

	@GetMapping("/trajecten/{id}/vragenlijst/uitnodiging/{audience}")
	String invitation(@PathVariable long id, @PathVariable String audience,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		Audience chosen = Audience.fromSlug(audience).orElseThrow(NotFoundException::new);
		model.addAttribute("invitation", this.surveys.invitation(id, chosen, user));
		return "research/survey-invitation";
	}

	@GetMapping("/trajecten/{id}/vragenlijst/nieuwe-link/{audience}")
	String confirmReplacement(@PathVariable long id, @PathVariable String audience,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		Audience chosen = Audience.fromSlug(audience).orElseThrow(NotFoundException::new);
		model.addAttribute("replacement", this.surveys.replacement(id, chosen, user));
		return "research/survey-link-replace";
	}

	/**
	 * Replaces the link the form names ({@code link}: the hash of the link shown on the
	 * confirmation page). Sent twice, the second request finds that link replaced and
	 * changes nothing; either way the survey page shows the audience's new link.
	 */
	@PostMapping("/trajecten/{id}/vragenlijst/nieuwe-link/{audience}")
	String replaceLink(@PathVariable long id, @PathVariable String audience, @RequestParam String link,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		Audience chosen = Audience.fromSlug(audience).orElseThrow(NotFoundException::new);
		try {
			Survey.LinkReplacement outcome = this.surveys.replaceLink(id, chosen, link, user);
			redirect.addFlashAttribute("flashMessage", (outcome == Survey.LinkReplacement.REPLACED)
					? "survey.link.replaced" : "survey.link.alreadyReplaced");
			redirect.addFlashAttribute("replacedAudience", chosen);
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + base(id);
	}

	private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
		return FlashActions.act(redirect, base(id), message, "stale.survey", action);
	}

}
