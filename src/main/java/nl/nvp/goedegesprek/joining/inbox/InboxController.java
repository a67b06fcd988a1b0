package nl.nvp.goedegesprek.joining.inbox;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.joining.request.JoinRequests;
import nl.nvp.goedegesprek.joining.request.RequestStatus;
import nl.nvp.goedegesprek.region.Regions;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national coordinators' inbox of requests to start: the list by status with counts,
 * a request with its message and the answers mailed, an answer by mail, the status by
 * hand, and a link to make it a trajectory (the new-trajectory form, prefilled). Only
 * national coordinators (SecurityConfiguration and JoinRequests).
 */
@Controller
class InboxController {

	private final JoinRequests requests;

	private final Regions regions;

	InboxController(JoinRequests requests, Regions regions) {
		this.requests = requests;
		this.regions = regions;
	}

	@GetMapping("/aanvragen")
	String list(@RequestParam(name = "status", required = false) String status,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		RequestStatus chosen = parse(status);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("counts", this.requests.counts(user));
		model.addAttribute("rows", this.requests.list(chosen, user));
		model.addAttribute("regionNames", this.regions.namesByCode());
		return "joining/inbox";
	}

	@GetMapping("/aanvragen/{requestId}")
	String show(@PathVariable long requestId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("answerForm", new AnswerForm());
		return page(requestId, user, model);
	}

	@PostMapping("/aanvragen/{requestId}/antwoord")
	String answer(@PathVariable long requestId, @Valid @ModelAttribute("answerForm") AnswerForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				JoinRequests.Answered answered = this.requests.answer(requestId, form.getText(), user);
				redirect.addFlashAttribute("flashMessage", "joinRequest.answer." + answered);
				return "redirect:/aanvragen/" + requestId;
			}
			catch (RuleException ex) {
				result.reject(ex.messageKey());
			}
		}
		return page(requestId, user, model);
	}

	@PostMapping("/aanvragen/{requestId}/status")
	String status(@PathVariable long requestId, @RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		RequestStatus chosen = parse(status);
		if (chosen == null) {
			this.requests.detail(requestId, user);
			redirect.addFlashAttribute("flashError", "joinRequest.status.choose");
			return "redirect:/aanvragen/" + requestId;
		}
		return FlashActions.act(redirect, "/aanvragen/" + requestId, "joinRequest.status.changed", "stale.joinRequest",
				() -> this.requests.changeStatus(requestId, version, chosen, user));
	}

	private String page(long requestId, AccountPrincipal user, Model model) {
		JoinRequests.Detail request = this.requests.detail(requestId, user);
		model.addAttribute("request", request);
		model.addAttribute("regionName",
				this.regions.namesByCode().getOrDefault(request.regionCode(), request.regionCode()));
		model.addAttribute("settable", RequestStatus.SETTABLE);
		return "joining/request";
	}

	private static RequestStatus parse(String status) {
		if (status == null) {
			return null;
		}
		for (RequestStatus value : RequestStatus.values()) {
			if (value.name().equals(status)) {
				return value;
			}
		}
		return null;
	}

}
