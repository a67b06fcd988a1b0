package nl.nvp.goedegesprek.project.dialogue;

import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page with all dialogues of a national project, for whoever sees the project; links
 * to each meeting and its facilitator's links for whoever runs it.
 */
@Controller
class ProjectDialoguesController {

	private final ProjectDialogues dialogues;

	ProjectDialoguesController(ProjectDialogues dialogues) {
		this.dialogues = dialogues;
	}

	@GetMapping("/projecten/{id}/dialogen")
	String dialogues(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("overview", this.dialogues.overview(id, user));
		return "project/dialogues";
	}

}
