package nl.nvp.goedegesprek.harvest.item;

import java.util.Optional;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;

import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The harvest of the dialogue meetings: one quick form to add lines (it keeps meeting,
 * topic and kind for the next line, for entry during a meeting on a tablet) and the
 * harvest per topic.
 */
@Controller
class HarvestController {

	private final HarvestItems harvests;

	HarvestController(HarvestItems harvests) {
		this.harvests = harvests;
	}

	@GetMapping("/trajecten/{id}/oogst")
	String overview(@PathVariable long id, @RequestParam(name = "bijeenkomst", required = false) Long meetingId,
			@RequestParam(name = "onderwerp", required = false) Long topicId,
			@RequestParam(name = "soort", required = false) HarvestKind kind,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		HarvestForm form = new HarvestForm();
		form.setMeetingId(meetingId);
		form.setTopicId(topicId);
		form.setKind((kind != null) ? kind : HarvestKind.GOES_WELL);
		return page(id, meetingId, user, model, form);
	}

	@PostMapping("/trajecten/{id}/oogst")
	String add(@PathVariable long id, @Valid @ModelAttribute("form") HarvestForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.harvests.check(id, form, result, user);
		if (result.hasErrors()) {
			return page(id, form.getMeetingId(), user, model, form);
		}
		boolean added = this.harvests.add(id, form, user);
		redirect.addFlashAttribute("flashMessage", added ? "harvest.added" : "harvest.alreadyAdded");
		return "redirect:" + UriComponentsBuilder.fromPath("/trajecten/{id}/oogst")
			.queryParamIfPresent("bijeenkomst", Optional.ofNullable(form.getMeetingId()))
			.queryParam("onderwerp", form.getTopicId())
			.queryParam("soort", form.getKind())
			.buildAndExpand(id)
			.toUriString();
	}

	@PostMapping("/trajecten/{id}/oogst/{itemId}/verwijderen")
	String remove(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		boolean removed;
		try {
			removed = this.harvests.remove(id, itemId, user);
		}
		catch (DataIntegrityViolationException ex) {
			removed = false;
		}
		redirect.addFlashAttribute(removed ? "flashMessage" : "flashError",
				removed ? "harvest.removed" : "harvest.inUse");
		return "redirect:/trajecten/" + id + "/oogst";
	}

	private String page(long id, Long meetingId, AccountPrincipal user, Model model, HarvestForm form) {
		model.addAttribute("overview", this.harvests.overview(id, meetingId, user));
		model.addAttribute("form", form);
		model.addAttribute("kinds", HarvestKind.values());
		model.addAttribute("roles", ParticipantRole.values());
		return "harvest/harvest";
	}

}
