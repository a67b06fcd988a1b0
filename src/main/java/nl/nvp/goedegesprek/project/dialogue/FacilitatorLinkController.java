package nl.nvp.goedegesprek.project.dialogue;

import java.util.Objects;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A dialogue's facilitator records its harvest and attendance through their link;
 * coordinators of the project make those links and read the harvest.
 */
@Controller
class FacilitatorLinkController {

	private final FacilitatorLinks links;

	private final FacilitatorLinkLimits limits;

	FacilitatorLinkController(FacilitatorLinks links, FacilitatorLinkLimits limits) {
		this.links = links;
		this.limits = limits;
	}

	@GetMapping("/bijeenkomsten/{id}/gespreksleider")
	String overview(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return overview(id, user, model, new FacilitatorLinkForm());
	}

	@PostMapping("/bijeenkomsten/{id}/gespreksleider")
	String create(@PathVariable long id, @Valid @ModelAttribute("linkForm") FacilitatorLinkForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return overview(id, user, model, form);
		}
		try {
			FacilitatorLinks.Created created = this.links.create(id, form, user);
			redirect.addFlashAttribute("facilitatorLink", created.url());
			redirect.addFlashAttribute("facilitatorLabel", form.getLabel().strip());
			redirect.addFlashAttribute("flashMessage",
					created.replacedEarlier() ? "facilitatorLink.created.replaced" : "facilitatorLink.created");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/bijeenkomsten/" + id + "/gespreksleider";
	}

	@PostMapping("/bijeenkomsten/{id}/gespreksleider/{linkId}/intrekken")
	String end(@PathVariable long id, @PathVariable long linkId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		this.links.end(id, linkId, user);
		redirect.addFlashAttribute("flashMessage", "facilitatorLink.ended");
		return "redirect:/bijeenkomsten/" + id + "/gespreksleider";
	}

	private String overview(long id, AccountPrincipal user, Model model, FacilitatorLinkForm form) {
		FacilitatorLinks.Overview overview = this.links.overview(id, user);
		if (form.getSeen() == null) {
			form.setSeen(overview.newestLink());
		}
		model.addAttribute("overview", overview);
		model.addAttribute("linkForm", form);
		model.addAttribute("kinds", RemarkKind.values());
		return "project/dialogue-harvest";
	}

	@GetMapping(FacilitatorLinks.PATH + "{token}")
	String page(@PathVariable String token, Model model) {
		RemarkForm form = new RemarkForm();
		form.setKind((model.getAttribute("lastKind") instanceof RemarkKind kind) ? kind : RemarkKind.GOES_WELL);
		return page(token, model, form, null);
	}

	@PostMapping(FacilitatorLinks.PATH + "{token}")
	String add(@PathVariable String token, @Valid @ModelAttribute("form") RemarkForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.links.check(token, form, result);
		if (result.hasErrors()) {
			return page(token, model, form, null);
		}
		if (limited(token, redirect)) {
			return "redirect:" + FacilitatorLinks.PATH + token;
		}
		boolean added = this.links.add(token, form);
		redirect.addFlashAttribute("flashMessage", added ? "dialogueRemark.added" : "dialogueRemark.alreadyAdded");
		redirect.addFlashAttribute("lastKind", form.getKind());
		return "redirect:" + FacilitatorLinks.PATH + token;
	}

	@GetMapping(FacilitatorLinks.PATH + "{token}/opmerkingen/{remarkId}")
	String edit(@PathVariable String token, @PathVariable long remarkId, Model model) {
		return page(token, model, this.links.form(token, remarkId), remarkId);
	}

	@PostMapping(FacilitatorLinks.PATH + "{token}/opmerkingen/{remarkId}")
	String change(@PathVariable String token, @PathVariable long remarkId,
			@Valid @ModelAttribute("form") RemarkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.links.form(token, remarkId);
		form.check(result);
		if (result.hasErrors()) {
			return page(token, model, form, remarkId);
		}
		if (limited(token, redirect)) {
			return "redirect:" + FacilitatorLinks.PATH + token;
		}
		try {
			this.links.change(token, remarkId, form);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Typed text kept; saved again, it replaces what is stored now (shown too).
			result.reject("stale.remark");
			RemarkForm stored = this.links.form(token, remarkId);
			form.setVersion(stored.getVersion());
			model.addAttribute("stored", stored);
			return page(token, model, form, remarkId);
		}
		redirect.addFlashAttribute("flashMessage", "dialogueRemark.changed");
		return "redirect:" + FacilitatorLinks.PATH + token;
	}

	@PostMapping(FacilitatorLinks.PATH + "{token}/opmerkingen/{remarkId}/verwijderen")
	String remove(@PathVariable String token, @PathVariable long remarkId, RedirectAttributes redirect) {
		this.links.page(token);
		if (limited(token, redirect)) {
			return "redirect:" + FacilitatorLinks.PATH + token;
		}
		this.links.remove(token, remarkId);
		redirect.addFlashAttribute("flashMessage", "dialogueRemark.removed");
		return "redirect:" + FacilitatorLinks.PATH + token;
	}

	@PostMapping(FacilitatorLinks.PATH + "{token}/aanwezigheid")
	String attendance(@PathVariable String token, @ModelAttribute("attendance") AttendanceForm form,
			BindingResult result, RedirectAttributes redirect) {
		this.links.page(token);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "dialogueAttendance.invalid");
			return "redirect:" + FacilitatorLinks.PATH + token;
		}
		if (limited(token, redirect)) {
			return "redirect:" + FacilitatorLinks.PATH + token;
		}
		this.links.attendance(token, form.getPresent().stream().filter(Objects::nonNull).toList());
		redirect.addFlashAttribute("flashMessage", "dialogueAttendance.saved");
		return "redirect:" + FacilitatorLinks.PATH + token + "#aanwezigheid";
	}

	/** Outside the transaction: the limit takes a connection of its own. */
	private boolean limited(String token, RedirectAttributes redirect) {
		if (this.limits.tryAcquire(token)) {
			return false;
		}
		redirect.addFlashAttribute("flashError", "facilitatorLink.busy");
		return true;
	}

	private String page(String token, Model model, RemarkForm form, Long editing) {
		model.addAttribute("view", this.links.page(token));
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", RemarkKind.values());
		model.addAttribute("roles", ParticipantRole.values());
		return "project/facilitator";
	}

}
