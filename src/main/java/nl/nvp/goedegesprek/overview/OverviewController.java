package nl.nvp.goedegesprek.overview;

import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class OverviewController {

	private final NationalOverview overview;

	private final RecurringTopics topics;

	OverviewController(NationalOverview overview, RecurringTopics topics) {
		this.overview = overview;
		this.topics = topics;
	}

	@GetMapping("/overzicht")
	String map(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("overview", this.overview.map(user));
		return "overview/map";
	}

	@GetMapping("/overzicht/regios/{code}")
	String region(@PathVariable String code, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("page", this.overview.region(code, user));
		return "overview/region";
	}

	@GetMapping("/overzicht/onderwerpen")
	String topics(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("page", this.topics.page(user));
		return "overview/topics";
	}

}
