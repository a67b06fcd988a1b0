package nl.nvp.goedegesprek.output.publication;

import nl.nvp.goedegesprek.output.editing.OutputKind;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of the outputs: all of them, filtered by kind, region and topic, and
 * those of one trajectory. No account and no session needed (decision 30); a trajectory
 * without a published output is not found.
 */
@Controller
class PublicOutputController {

	private final PublicOutputs outputs;

	PublicOutputController(PublicOutputs outputs) {
		this.outputs = outputs;
	}

	@GetMapping("/opbrengsten")
	String national(@RequestParam(name = "soort", required = false) String kind,
			@RequestParam(name = "regio", required = false) String region,
			@RequestParam(name = "onderwerp", required = false) String topic, Model model) {
		model.addAttribute("page", this.outputs.national(PublicOutputs.Filter.of(kind, region, topic)));
		model.addAttribute("kinds", OutputKind.values());
		return "output/public-outputs";
	}

	@GetMapping("/opbrengsten/trajecten/{id}")
	String trajectory(@PathVariable long id, Model model) {
		model.addAttribute("page", this.outputs.ofTrajectory(id));
		return "output/public-trajectory";
	}

}
