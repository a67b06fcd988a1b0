package nl.nvp.goedegesprek.research.report;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
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
 * The key findings of the research, which the coordinators write for the report.
 */
@Controller
class FindingsController {

	private final ResearchFindings findings;

	FindingsController(ResearchFindings findings) {
		this.findings = findings;
	}

	@GetMapping("/trajecten/{id}/onderzoek/bevindingen")
	String findings(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return findings(id, user, model, new FindingForm());
	}

	@PostMapping("/trajecten/{id}/onderzoek/bevindingen")
	String addFinding(@PathVariable long id, @Valid @ModelAttribute("form") FindingForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return findings(id, user, model, form);
		}
		try {
			this.findings.add(id, form, user);
		}
		catch (RuleException ex) {
			result.rejectValue("text", ex.messageKey());
			return findings(id, user, model, form);
		}
		redirect.addFlashAttribute("flashMessage", "finding.added");
		return "redirect:/trajecten/" + id + "/onderzoek/bevindingen";
	}

	@PostMapping("/trajecten/{id}/onderzoek/bevindingen/{findingId}/verwijderen")
	String removeFinding(@PathVariable long id, @PathVariable long findingId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		this.findings.remove(id, findingId, user);
		redirect.addFlashAttribute("flashMessage", "finding.removed");
		return "redirect:/trajecten/" + id + "/onderzoek/bevindingen";
	}

	private String findings(long id, AccountPrincipal user, Model model, FindingForm form) {
		model.addAttribute("findings", this.findings.findings(id, user));
		model.addAttribute("form", form);
		return "research/findings";
	}

}
