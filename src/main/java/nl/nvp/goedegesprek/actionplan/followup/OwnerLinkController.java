package nl.nvp.goedegesprek.actionplan.followup;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.action.ProgressForm;
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
 * Action owners report progress through their personal link (no account); coordinators
 * send them that link.
 */
@Controller
class OwnerLinkController {

	private final OwnerLinks ownerLinks;

	private final Clock clock;

	private final OwnerLinkLimits limits;

	OwnerLinkController(OwnerLinks ownerLinks, Clock clock, OwnerLinkLimits limits) {
		this.ownerLinks = ownerLinks;
		this.clock = clock;
		this.limits = limits;
	}

	@PostMapping("/trajecten/{id}/acties/{actionId}/link-versturen")
	String sendLink(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		try {
			boolean sent = this.ownerLinks.sendOwnerLink(id, actionId, user);
			redirect.addFlashAttribute("flashMessage", sent ? "ownerLink.sent" : "ownerLink.alreadySent");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/trajecten/" + id + "/acties/" + actionId;
	}

	@GetMapping("/voortgang/{token}")
	String page(@PathVariable String token, Model model) {
		OwnerLinks.OwnerView view = this.ownerLinks.ownerView(token);
		ProgressLinkForm form = new ProgressLinkForm();
		form.setReportedOn(LocalDate.now(this.clock));
		// Where the action stands now: a report alone changes nothing else.
		form.setStatus(view.action().getStatus());
		return page(token, view, model, form);
	}

	@PostMapping("/voortgang/{token}")
	String report(@PathVariable String token, @Valid @ModelAttribute("form") ProgressLinkForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OwnerLinks.OwnerView view = this.ownerLinks.ownerView(token);
		if (form.getStatus() != null && !OwnerLinks.statusesFor(view.action()).contains(form.getStatus())) {
			result.rejectValue("status", "NotNull");
		}
		ProgressForm.checkReportedOn(form.getReportedOn(), LocalDate.now(this.clock), result);
		if (result.hasErrors()) {
			return page(token, view, model, form);
		}
		try {
			// Outside the transaction: the limit takes a connection of its own.
			if (!this.limits.tryAcquire(token)) {
				throw new RuleException("ownerLink.busy");
			}
			this.ownerLinks.ownerReport(token, form);
			redirect.addFlashAttribute("flashMessage", "ownerLink.saved");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/voortgang/" + token;
	}

	private String page(String token, OwnerLinks.OwnerView view, Model model, ProgressLinkForm form) {
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("statuses", OwnerLinks.statusesFor(view.action()));
		return "actionplan/owner-link";
	}

}
