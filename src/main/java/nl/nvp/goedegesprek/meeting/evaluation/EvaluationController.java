package nl.nvp.goedegesprek.meeting.evaluation;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.ChildWording;
import nl.nvp.goedegesprek.shared.RuleException;

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
 * Evaluating a meeting through the personal link, and the results for its coordinators,
 * who can ask the participants for their evaluation once the meeting has taken place.
 */
@Controller
class EvaluationController {

	private final MeetingEvaluations evaluations;

	private final EvaluationResults results;

	private final EvaluationRequests requests;

	private final QuoteSelection selection;

	EvaluationController(MeetingEvaluations evaluations, EvaluationResults results, EvaluationRequests requests,
			QuoteSelection selection) {
		this.evaluations = evaluations;
		this.results = results;
		this.requests = requests;
		this.selection = selection;
	}

	@GetMapping("/aanmelding/{token}/evaluatie")
	String form(@PathVariable String token, Model model) {
		return form(token, model, this.evaluations.form(token));
	}

	@PostMapping("/aanmelding/{token}/evaluatie")
	String save(@PathVariable String token, @Valid @ModelAttribute("form") EvaluationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.evaluations.target(token);
		form.check(result);
		if (result.hasErrors()) {
			return form(token, model, form);
		}
		this.evaluations.save(token, form);
		redirect.addFlashAttribute("flashMessage", "evaluation.saved");
		return "redirect:/aanmelding/" + token + "/evaluatie";
	}

	/**
	 * The participant takes their quote back: it is removed, from every page.
	 */
	@PostMapping("/aanmelding/{token}/evaluatie/citaat-weghalen")
	String withdrawQuote(@PathVariable String token, RedirectAttributes redirect) {
		this.evaluations.withdrawQuote(token);
		redirect.addFlashAttribute("flashMessage", "evaluation.quote.withdrawn");
		return "redirect:/aanmelding/" + token + "/evaluatie";
	}

	private String form(String token, Model model, EvaluationForm form) {
		MeetingEvaluations.Target target = this.evaluations.target(token);
		model.addAttribute("target", target);
		model.addAttribute("quote", this.evaluations.quote(target.registrationId()));
		model.addAttribute(ChildWording.VARIABLE, target.child());
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		return "meeting/evaluation";
	}

	@GetMapping("/bijeenkomsten/{id}/evaluaties")
	String results(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("results", this.results.results(id, user));
		return "meeting/evaluations";
	}

	/** Publishes a quote on the public pages, if it is still the text shown. */
	@PostMapping("/bijeenkomsten/{id}/evaluaties/citaten/{registrationId}/publiceren")
	String publish(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(name = "gezien", required = false) String seen,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.selection.publish(id, registrationId, seen, user);
			redirect.addFlashAttribute("flashMessage", "evaluation.results.quote.published");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/bijeenkomsten/" + id + "/evaluaties#citaten";
	}

	/** Takes a quote off the public pages. */
	@PostMapping("/bijeenkomsten/{id}/evaluaties/citaten/{registrationId}/niet-publiceren")
	String unpublish(@PathVariable long id, @PathVariable long registrationId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		this.selection.unpublish(id, registrationId, user);
		redirect.addFlashAttribute("flashMessage", "evaluation.results.quote.unpublished");
		return "redirect:/bijeenkomsten/" + id + "/evaluaties#citaten";
	}

	/** Mails the participants of a meeting that has taken place their evaluation link. */
	@PostMapping("/bijeenkomsten/{id}/evaluaties/vragen")
	String ask(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			int sent = this.requests.ask(id, user);
			redirect.addFlashAttribute("flashMessage", (sent < 0) ? "evaluation.ask.already" : "evaluation.ask.sent");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/bijeenkomsten/" + id + "/evaluaties";
	}

}
