package nl.nvp.goedegesprek.harvest.priority;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.ChildWording;
import nl.nvp.goedegesprek.shared.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Prioritising ideas: participants through their personal link, coordinators on behalf of
 * the room (dots on paper), and the result per topic.
 */
@Controller
class PriorityController {

	private final Priorities priorities;

	PriorityController(Priorities priorities) {
		this.priorities = priorities;
	}

	@GetMapping("/trajecten/{id}/prioriteiten")
	String overview(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("overview", this.priorities.overview(id, user));
		return "harvest/priorities";
	}

	@PostMapping("/trajecten/{id}/prioriteiten")
	String savePaperDots(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		Map<Long, Integer> dots = new HashMap<>();
		boolean valid = true;
		for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
			if (!entry.getKey().startsWith("stippen-")) {
				continue;
			}
			String value = entry.getValue().isEmpty() ? "" : entry.getValue().get(0).trim();
			String idText = entry.getKey().substring("stippen-".length());
			if (!idText.matches("\\d{1,18}") || !value.matches("\\d{0,4}")) {
				valid = false;
				continue;
			}
			dots.put(Long.parseLong(idText), value.isEmpty() ? 0 : Integer.parseInt(value));
		}
		if (!valid) {
			// Only those who may change the dots hear what is wrong with them.
			this.priorities.savePaperDots(id, Map.of(), user);
			redirect.addFlashAttribute("flashError", "priority.invalid");
			return "redirect:/trajecten/" + id + "/prioriteiten";
		}
		this.priorities.savePaperDots(id, dots, user);
		redirect.addFlashAttribute("flashMessage", "priority.saved");
		return "redirect:/trajecten/" + id + "/prioriteiten";
	}

	@GetMapping("/stemmen/{token}")
	String ballot(@PathVariable String token, Model model) {
		showBallot(token, model);
		return "harvest/priority-ballot";
	}

	@PostMapping("/stemmen/{token}")
	String giveDots(@PathVariable String token, @RequestParam(name = "idee", required = false) List<String> ideas,
			Model model, RedirectAttributes redirect) {
		Set<Long> chosen = new HashSet<>();
		boolean valid = true;
		for (String idea : (ideas != null) ? ideas : List.<String>of()) {
			if (idea.matches("\\d{1,18}")) {
				chosen.add(Long.parseLong(idea));
			}
			else {
				valid = false;
			}
		}
		if (!valid || !this.priorities.giveDots(token, chosen)) {
			showBallot(token, model);
			model.addAttribute("tooMany", true);
			FormErrors.show(model);
			model.addAttribute("selected", chosen);
			return "harvest/priority-ballot";
		}
		redirect.addFlashAttribute("flashMessage", "priority.ballot.saved");
		return "redirect:/stemmen/" + token;
	}

	/** The ballot, in a child's words for a child (decision 37). */
	private void showBallot(String token, Model model) {
		Priorities.Ballot ballot = this.priorities.ballot(token);
		model.addAttribute("ballot", ballot);
		model.addAttribute(ChildWording.VARIABLE, ballot.participant().child());
		model.addAttribute("token", token);
		model.addAttribute("dots", Priorities.DOTS);
	}

}
