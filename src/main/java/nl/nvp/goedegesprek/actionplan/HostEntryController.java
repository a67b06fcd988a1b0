package nl.nvp.goedegesprek.actionplan;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.SecretToken;

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
 * Table hosts enter harvest through their link; coordinators make those links.
 */
@Controller
class HostEntryController {

	private final HostEntry hostEntry;

	private final LinkLimits limits;

	HostEntryController(HostEntry hostEntry, LinkLimits limits) {
		this.hostEntry = hostEntry;
		this.limits = limits;
	}

	@PostMapping("/trajecten/{id}/oogst/invoerlinks")
	String createLink(@PathVariable long id, @RequestParam(name = "label", required = false) String label,
			@RequestParam(name = "bijeenkomst", required = false) Long meetingId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		String clean = (label != null) ? label.strip() : "";
		if (clean.isEmpty() || clean.length() > 100) {
			this.hostEntry.check(id, user);
			redirect.addFlashAttribute("flashError", "host.label.invalid");
			return "redirect:/trajecten/" + id + "/oogst";
		}
		redirect.addFlashAttribute("hostLink", this.hostEntry.createLink(id, meetingId, clean, user));
		redirect.addFlashAttribute("hostLabel", clean);
		redirect.addFlashAttribute("flashMessage", "host.link.created");
		return "redirect:/trajecten/" + id + "/oogst";
	}

	@GetMapping("/oogst-invoer/{token}")
	String page(@PathVariable String token, Model model) {
		HarvestForm form = new HarvestForm();
		form.setKind(HarvestKind.GOES_WELL);
		return page(token, model, form);
	}

	@PostMapping("/oogst-invoer/{token}")
	String add(@PathVariable String token, @Valid @ModelAttribute("form") HarvestForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.hostEntry.check(token, form, result);
		if (result.hasErrors()) {
			return page(token, model, form);
		}
		try {
			// Outside the transaction: the limit takes a connection of its own.
			if (!this.limits.tryAcquire("host:" + SecretToken.sha256(token))) {
				throw new RuleException("link.busy");
			}
			this.hostEntry.add(token, form);
			redirect.addFlashAttribute("flashMessage", "harvest.added");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/oogst-invoer/" + token;
		}
		redirect.addFlashAttribute("lastTopic", form.getTopicId());
		redirect.addFlashAttribute("lastKind", form.getKind());
		return "redirect:/oogst-invoer/" + token;
	}

	private String page(String token, Model model, HarvestForm form) {
		if (form.getTopicId() == null && model.getAttribute("lastTopic") instanceof Long topic) {
			form.setTopicId(topic);
		}
		if (model.getAttribute("lastKind") instanceof HarvestKind kind) {
			form.setKind(kind);
		}
		model.addAttribute("view", this.hostEntry.view(token));
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("kinds", HarvestKind.values());
		model.addAttribute("roles", ParticipantRole.values());
		return "actionplan/host-entry";
	}

}
