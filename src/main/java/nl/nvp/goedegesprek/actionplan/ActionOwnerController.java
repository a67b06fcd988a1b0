package nl.nvp.goedegesprek.actionplan;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.SecretToken;

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
class ActionOwnerController {

	private final ActionFollowUp followUp;

	private final Clock clock;

	private final LinkLimits limits;

	ActionOwnerController(ActionFollowUp followUp, Clock clock, LinkLimits limits) {
		this.followUp = followUp;
		this.clock = clock;
		this.limits = limits;
	}

	@PostMapping("/trajecten/{id}/acties/{actionId}/link-versturen")
	String sendLink(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		try {
			this.followUp.sendOwnerLink(id, actionId, user);
			redirect.addFlashAttribute("flashMessage", "action.link.sent");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/trajecten/" + id + "/acties/" + actionId;
	}

	@GetMapping("/voortgang/{token}")
	String page(@PathVariable String token, Model model) {
		ActionFollowUp.OwnerView view = this.followUp.ownerView(token);
		ProgressLinkForm form = new ProgressLinkForm();
		form.setReportedOn(LocalDate.now(this.clock));
		form.setStatus(ActionFollowUp.OWNER_STATUSES.contains(view.action().getStatus()) ? view.action().getStatus()
				: ActionStatus.IN_UITVOERING);
		return page(token, view, model, form);
	}

	@PostMapping("/voortgang/{token}")
	String report(@PathVariable String token, @Valid @ModelAttribute("form") ProgressLinkForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ActionFollowUp.OwnerView view = this.followUp.ownerView(token);
		if (form.getStatus() != null && !ActionFollowUp.OWNER_STATUSES.contains(form.getStatus())) {
			result.rejectValue("status", "NotNull");
		}
		if (form.getReportedOn() != null
				&& (form.getReportedOn().getYear() < 2000 || form.getReportedOn().getYear() > 2100)) {
			result.rejectValue("reportedOn", "ActionForm.deadline.range");
		}
		if (result.hasErrors()) {
			return page(token, view, model, form);
		}
		try {
			// Outside the transaction: the limit takes a connection of its own.
			if (!this.limits.tryAcquire("owner:" + SecretToken.sha256(token))) {
				throw new RuleException("link.busy");
			}
			this.followUp.ownerReport(token, form);
			redirect.addFlashAttribute("flashMessage", "owner.saved");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/voortgang/" + token;
	}

	private String page(String token, ActionFollowUp.OwnerView view, Model model, ProgressLinkForm form) {
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("statuses", ActionFollowUp.OWNER_STATUSES);
		return "actionplan/owner";
	}

}
