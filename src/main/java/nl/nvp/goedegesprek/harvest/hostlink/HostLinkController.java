package nl.nvp.goedegesprek.harvest.hostlink;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.harvest.item.HarvestForm;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
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
 * Table hosts enter harvest through their link; coordinators make those links, see them
 * and revoke them.
 */
@Controller
class HostLinkController {

	private final HostLinks hostLinks;

	private final HostLinkLimits limits;

	HostLinkController(HostLinks hostLinks, HostLinkLimits limits) {
		this.hostLinks = hostLinks;
		this.limits = limits;
	}

	@GetMapping("/trajecten/{id}/oogst/invoerlinks")
	String links(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return links(id, user, model, new HostLinkForm());
	}

	@PostMapping("/trajecten/{id}/oogst/invoerlinks")
	String createLink(@PathVariable long id, @Valid @ModelAttribute("hostLinkForm") HostLinkForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return links(id, user, model, form);
		}
		HostLinks.Created created;
		try {
			created = this.hostLinks.createLink(id, form, user);
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/trajecten/" + id + "/oogst/invoerlinks";
		}
		redirect.addFlashAttribute("hostLink", created.url());
		redirect.addFlashAttribute("hostLabel", form.getLabel());
		redirect.addFlashAttribute("flashMessage",
				created.replacedEarlier() ? "hostLink.created.replaced" : "hostLink.created");
		return "redirect:/trajecten/" + id + "/oogst/invoerlinks";
	}

	@PostMapping("/trajecten/{id}/oogst/invoerlinks/{linkId}/intrekken")
	String revoke(@PathVariable long id, @PathVariable long linkId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		this.hostLinks.revoke(id, linkId, user);
		redirect.addFlashAttribute("flashMessage", "hostLink.revoked");
		return "redirect:/trajecten/" + id + "/oogst/invoerlinks";
	}

	private String links(long id, AccountPrincipal user, Model model, HostLinkForm form) {
		HostLinks.Overview overview = this.hostLinks.overview(id, user);
		if (form.getSeen() == null) {
			form.setSeen(overview.links().stream().mapToLong(HostLinks.Row::id).max().orElse(0));
		}
		model.addAttribute("overview", overview);
		model.addAttribute("hostLinkForm", form);
		return "harvest/host-links";
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
		this.hostLinks.check(token, form, result);
		if (result.hasErrors()) {
			return page(token, model, form);
		}
		try {
			// Outside the transaction: the limit takes a connection of its own.
			if (!this.limits.tryAcquire(token)) {
				throw new RuleException("hostLink.busy");
			}
			boolean added = this.hostLinks.add(token, form);
			redirect.addFlashAttribute("flashMessage", added ? "harvest.added" : "harvest.alreadyAdded");
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
		model.addAttribute("view", this.hostLinks.view(token));
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("kinds", HarvestKind.values());
		model.addAttribute("roles", ParticipantRole.values());
		return "harvest/host-link";
	}

}
