package nl.nvp.goedegesprek.research.response;

import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The survey as an audience sees it, for its coordinators to check; nothing can be sent
 * from here.
 */
@Controller
class SurveyPreviewController {

	private final SurveyResponses responses;

	SurveyPreviewController(SurveyResponses responses) {
		this.responses = responses;
	}

	@GetMapping("/trajecten/{id}/vragenlijst/voorbeeld/{audience}")
	String preview(@PathVariable long id, @PathVariable String audience, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		Audience chosen = Audience.fromSlug(audience).orElseThrow(NotFoundException::new);
		model.addAttribute("survey", this.responses.preview(id, chosen, user));
		model.addAttribute("preview", true);
		model.addAttribute("backUrl", "/trajecten/" + id + "/vragenlijst");
		model.addAttribute("values", Map.of());
		model.addAttribute("errors", Map.of());
		return "research/answer";
	}

}
