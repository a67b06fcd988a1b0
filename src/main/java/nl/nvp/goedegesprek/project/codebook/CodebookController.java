package nl.nvp.goedegesprek.project.codebook;

import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * A national project's codebook, the coding of its dialogues' remarks and the analysis by
 * theme (decision 47). The codebook and the analysis for whoever sees the project (the
 * codebook read-only unless they run it); the coding for whoever runs it.
 */
@Controller
class CodebookController {

	private final Codebook codebook;

	private final Coding coding;

	private final Analysis analysis;

	CodebookController(Codebook codebook, Coding coding, Analysis analysis) {
		this.codebook = codebook;
		this.coding = coding;
		this.analysis = analysis;
	}

	@GetMapping("/trajecten/{id}/codeboek")
	String codebook(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return codebookPage(id, user, model, new ThemeForm());
	}

	@PostMapping("/trajecten/{id}/codeboek")
	String add(@PathVariable long id, @Valid @ModelAttribute("form") ThemeForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.codebook.editable(id, user);
		if (!result.hasErrors()) {
			try {
				this.codebook.add(id, form, user);
				redirect.addFlashAttribute("flashMessage", "codebook.added");
				return "redirect:/trajecten/" + id + "/codeboek";
			}
			catch (RuleException ex) {
				result.rejectValue("name", ex.messageKey());
			}
		}
		return codebookPage(id, user, model, form);
	}

	@PostMapping("/trajecten/{id}/codeboek/catalogus")
	String adopt(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		int added = this.codebook.adoptCatalogue(id, user);
		redirect.addFlashAttribute("flashMessage", (added > 0) ? "codebook.adopted" : "codebook.adoptedNone");
		return "redirect:/trajecten/" + id + "/codeboek";
	}

	@GetMapping("/trajecten/{id}/codeboek/{themeId}")
	String editForm(@PathVariable long id, @PathVariable long themeId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		this.codebook.editable(id, user);
		return themePage(id, themeId, model, this.codebook.editForm(id, themeId), user);
	}

	@PostMapping("/trajecten/{id}/codeboek/{themeId}")
	String change(@PathVariable long id, @PathVariable long themeId, @Valid @ModelAttribute("form") ThemeForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		this.codebook.editable(id, user);
		this.codebook.name(id, themeId);
		if (!result.hasErrors()) {
			try {
				this.codebook.change(id, themeId, form, user);
				redirect.addFlashAttribute("flashMessage", "codebook.saved");
				return "redirect:/trajecten/" + id + "/codeboek";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.theme");
			}
			catch (RuleException ex) {
				result.rejectValue("name", ex.messageKey());
			}
		}
		return themePage(id, themeId, model, form, user);
	}

	@PostMapping("/trajecten/{id}/codeboek/{themeId}/verwijderen")
	String delete(@PathVariable long id, @PathVariable long themeId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		boolean deleted = this.codebook.delete(id, themeId, user);
		redirect.addFlashAttribute(deleted ? "flashMessage" : "flashError",
				deleted ? "codebook.deleted" : "codebook.inUse");
		return "redirect:/trajecten/" + id + "/codeboek";
	}

	@GetMapping("/trajecten/{id}/codering")
	String coding(@PathVariable long id, @RequestParam(required = false) String filter,
			@RequestParam(required = false) Long theme, @RequestParam(required = false) Long dialogue,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		ProjectTrajectories.Project project = this.codebook.editable(id, user);
		Coding.Filter chosen = new Coding.Filter("uncoded".equals(filter), theme, dialogue, kind);
		model.addAttribute("project", project);
		model.addAttribute("filter", chosen);
		model.addAttribute("back", chosen.query(Math.max(1, page)));
		model.addAttribute("page", this.coding.page(id, chosen, page, user));
		model.addAttribute("themes", this.codebook.themes(id));
		model.addAttribute("dialogues", this.coding.dialogues(id));
		model.addAttribute("kinds", Analysis.COUNTED_KINDS);
		return "project/codebook/coding";
	}

	@PostMapping("/trajecten/{id}/codering/{remarkId}")
	String code(@PathVariable long id, @PathVariable long remarkId,
			@RequestParam(name = "themeIds", required = false) Set<Long> themeIds,
			@RequestParam(required = false) String back, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		this.coding.code(id, remarkId, (themeIds != null) ? themeIds : Set.of(), user);
		redirect.addFlashAttribute("flashMessage", "codebook.coded");
		return "redirect:/trajecten/" + id + "/codering" + safeQuery(back) + "#opmerking-" + remarkId;
	}

	/** htmx: only the row of the remark coded. */
	@HxRequest
	@PostMapping("/trajecten/{id}/codering/{remarkId}")
	String codeRow(@PathVariable long id, @PathVariable long remarkId,
			@RequestParam(name = "themeIds", required = false) Set<Long> themeIds,
			@RequestParam(required = false) String back, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		this.coding.code(id, remarkId, (themeIds != null) ? themeIds : Set.of(), user);
		model.addAttribute("project", this.codebook.editable(id, user));
		model.addAttribute("remark", this.coding.remark(id, remarkId, user));
		model.addAttribute("themes", this.codebook.themes(id));
		model.addAttribute("back", safeQuery(back));
		model.addAttribute("saved", true);
		return "project/codebook/coding :: row";
	}

	@GetMapping("/trajecten/{id}/analyse")
	String analysis(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("project", this.codebook.project(id, user));
		List<Analysis.ThemeAnalysis> themes = this.analysis.themes(id);
		model.addAttribute("themes", themes);
		return "project/codebook/analysis";
	}

	/** Keeps the filter of the coding page after a save: only its own parameters. */
	static String safeQuery(String back) {
		if (back == null || back.isBlank() || !back.matches("\\?[A-Za-z0-9=&_]{0,200}")) {
			return "";
		}
		return back;
	}

	private String codebookPage(long id, AccountPrincipal user, Model model, ThemeForm form) {
		model.addAttribute("project", this.codebook.project(id, user));
		model.addAttribute("themes", this.codebook.themes(id));
		model.addAttribute("form", form);
		return "project/codebook/codebook";
	}

	private String themePage(long id, long themeId, Model model, ThemeForm form, AccountPrincipal user) {
		model.addAttribute("project", this.codebook.project(id, user));
		model.addAttribute("themeId", themeId);
		model.addAttribute("form", form);
		return "project/codebook/theme";
	}

}
