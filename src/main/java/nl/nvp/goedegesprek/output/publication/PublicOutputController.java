package nl.nvp.goedegesprek.output.publication;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.nvp.goedegesprek.meeting.PublishedQuote;
import nl.nvp.goedegesprek.meeting.PublishedQuotes;
import nl.nvp.goedegesprek.output.editing.OutputKind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of the outputs: all of them, filtered by kind, region and topic, and
 * those of one trajectory. No account and no session needed (decision 30); a trajectory
 * without a published output is not found. Quotes that coordinators published (decision
 * 43) stand beside the outputs: a trajectory's own, and on the national page the newest
 * few when no filter is chosen (a filter is about outputs).
 */
@Controller
class PublicOutputController {

	/** How many of the newest published quotes the national page shows. */
	static final int NATIONAL_QUOTES = 6;

	private final PublicOutputs outputs;

	private final PublishedQuotes quotes;

	private final MessageSource messages;

	PublicOutputController(PublicOutputs outputs, PublishedQuotes quotes, MessageSource messages) {
		this.outputs = outputs;
		this.quotes = quotes;
		this.messages = messages;
	}

	@GetMapping("/opbrengsten")
	String national(@RequestParam(name = "soort", required = false) String kind,
			@RequestParam(name = "regio", required = false) String region,
			@RequestParam(name = "onderwerp", required = false) String topic, Locale locale, Model model) {
		PublicOutputs.Filter filter = PublicOutputs.Filter.of(kind, region, topic);
		model.addAttribute("page", this.outputs.national(filter));
		model.addAttribute("quotes", nationalQuotes(filter));
		model.addAttribute("kinds", kindOptions(locale));
		return "output/public-outputs";
	}

	@GetMapping("/opbrengsten/trajecten/{id}")
	String trajectory(@PathVariable long id, Model model) {
		model.addAttribute("page", this.outputs.ofTrajectory(id));
		model.addAttribute("quotes", this.quotes.forTrajectory(id));
		return "output/public-trajectory";
	}

	/** The kinds of output as the filter offers them: in their order, by name. */
	private List<PublicOutputs.Option> kindOptions(Locale locale) {
		return Arrays.stream(OutputKind.values())
			.map((kind) -> new PublicOutputs.Option(kind.name(),
					this.messages.getMessage("OutputKind." + kind.name(), null, locale)))
			.toList();
	}

	/** The newest published quotes, or none when a filter is chosen. */
	private List<PublishedQuote> nationalQuotes(PublicOutputs.Filter filter) {
		return filter.any() ? List.of() : this.quotes.recent(NATIONAL_QUOTES);
	}

}
