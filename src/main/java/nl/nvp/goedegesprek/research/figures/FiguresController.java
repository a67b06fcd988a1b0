package nl.nvp.goedegesprek.research.figures;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.dao.DataIntegrityViolationException;
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
 * The region's figures of a trajectory (onderzoek: cijfers).
 */
@Controller
class FiguresController {

	private final RegionalFigures figures;

	FiguresController(RegionalFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/trajecten/{id}/cijfers")
	String overview(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("overview", this.figures.overview(id, user));
		return "research/figures";
	}

	@GetMapping("/trajecten/{id}/cijfers/nieuw")
	String form(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return form(id, user, model, new FigureForm());
	}

	@PostMapping("/trajecten/{id}/cijfers")
	String add(@PathVariable long id, @Valid @ModelAttribute("form") FigureForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.figures.editableTrajectory(id, user);
		this.figures.check(id, form, result);
		if (result.hasErrors()) {
			return form(id, user, model, form);
		}
		try {
			this.figures.add(id, form, user);
		}
		catch (DataIntegrityViolationException ex) {
			result.rejectValue("year", "FigureForm.year.taken");
			return form(id, user, model, form);
		}
		redirect.addFlashAttribute("flashMessage", "figures.added");
		return "redirect:/trajecten/" + id + "/cijfers";
	}

	@PostMapping("/trajecten/{id}/cijfers/{figureId}/verwijderen")
	String remove(@PathVariable long id, @PathVariable long figureId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		this.figures.remove(id, figureId, user);
		redirect.addFlashAttribute("flashMessage", "figures.removed");
		return "redirect:/trajecten/" + id + "/cijfers";
	}

	private String form(long id, AccountPrincipal user, Model model, FigureForm form) {
		model.addAttribute("trajectory", this.figures.editableTrajectory(id, user));
		model.addAttribute("indicators", this.figures.indicatorOptions(id));
		model.addAttribute("form", form);
		return "research/figure-form";
	}

}
