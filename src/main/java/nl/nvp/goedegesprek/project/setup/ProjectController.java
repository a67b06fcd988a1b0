package nl.nvp.goedegesprek.project.setup;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * The national projects: the list, a new project (national coordinators) and a project's
 * settings (who runs it). A project's own page is its trajectory's page.
 */
@Controller
class ProjectController {

	private final ProjectSetup setup;

	ProjectController(ProjectSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/projecten")
	String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("projects", this.setup.list(user));
		model.addAttribute("canCreate", user.isNational());
		return "project/list";
	}

	@GetMapping("/projecten/nieuw")
	String createForm(Model model) {
		return form(model, ProjectForm.empty(), null);
	}

	@PostMapping("/projecten/nieuw")
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		form.checkCrossFields(result);
		this.setup.checkReferences(form, result);
		if (!result.hasErrors()) {
			try {
				long id = this.setup.create(form, user);
				redirect.addFlashAttribute("flashMessage", "project.created");
				return "redirect:/trajecten/" + id;
			}
			catch (RuleException ex) {
				result.rejectValue("title", ex.messageKey());
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/projecten/{id}/bewerken")
	String editForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		if (this.setup.isClosed(id, user)) {
			redirect.addFlashAttribute("flashError", "trajectory.rule.readOnly");
			return "redirect:/trajecten/" + id;
		}
		return form(model, this.setup.editForm(id, user), id);
	}

	@PostMapping("/projecten/{id}/bewerken")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.setup.editForm(id, user);
		form.checkCrossFields(result);
		this.setup.checkReferences(form, result);
		if (!result.hasErrors()) {
			try {
				this.setup.update(id, form, user);
				redirect.addFlashAttribute("flashMessage", "project.saved");
				return "redirect:/trajecten/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.project");
			}
			catch (RuleException ex) {
				if (ex.messageKey().equals("trajectory.rule.projectTitleExists")) {
					result.rejectValue("title", ex.messageKey());
				}
				else {
					result.reject(ex.messageKey());
				}
			}
		}
		return form(model, form, id);
	}

	private String form(Model model, ProjectForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("projectId", id);
		model.addAttribute("editing", id != null);
		model.addAttribute("roleOptions", ProjectSetup.roleOptions());
		model.addAttribute("reachOptions", ProjectForm.Reach.values());
		model.addAttribute("regionOptions", this.setup.regionOptions());
		return "project/form";
	}

}
