package nl.nvp.goedegesprek.research.figures;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.dao.DataIntegrityViolationException;
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
 * The national catalogue of indicators and their national figures (national coordinators,
 * by the security configuration), and a trajectory's own indicators (its coordinators).
 */
@Controller
class IndicatorController {

	private static final String BASE = "/indicatoren";

	private final Indicators indicators;

	private final RegionalFigures figures;

	IndicatorController(Indicators indicators, RegionalFigures figures) {
		this.indicators = indicators;
		this.figures = figures;
	}

	@GetMapping(BASE)
	String catalogue(Model model) {
		model.addAttribute("indicators", this.indicators.catalogue());
		return "research/indicators";
	}

	@GetMapping(BASE + "/nieuw")
	String newIndicator(Model model) {
		return form(model, new IndicatorForm(), BASE, BASE);
	}

	@PostMapping(BASE)
	String add(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.indicators.checkCatalogueName(form, -1, result);
		if (!result.hasErrors()) {
			try {
				long id = this.indicators.addToCatalogue(form);
				redirect.addFlashAttribute("flashMessage", "indicator.added");
				return "redirect:" + BASE + "/" + id;
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("name", "IndicatorForm.name.taken");
			}
		}
		return form(model, form, BASE, BASE);
	}

	@GetMapping(BASE + "/{indicatorId}")
	String show(@PathVariable long indicatorId, Model model) {
		Indicators.Details details = this.indicators.details(indicatorId);
		IndicatorForm form = new IndicatorForm();
		form.setName(details.indicator().getName());
		form.setUnit(details.indicator().getUnit());
		form.setDescription(details.indicator().getDescription());
		form.setVersion(details.indicator().getVersion());
		return show(model, details, form, new FigureForm());
	}

	@PostMapping(BASE + "/{indicatorId}")
	String describe(@PathVariable long indicatorId, @Valid @ModelAttribute("form") IndicatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Indicators.Details details = this.indicators.details(indicatorId);
		this.indicators.checkCatalogueName(form, indicatorId, result);
		if (!result.hasErrors()) {
			try {
				this.indicators.describe(indicatorId, form);
				redirect.addFlashAttribute("flashMessage", "indicator.saved");
				return "redirect:" + BASE + "/" + indicatorId;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.indicator");
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("name", "IndicatorForm.name.taken");
			}
		}
		return show(model, details, form, new FigureForm());
	}

	@PostMapping(BASE + "/{indicatorId}/landelijke-cijfers")
	String addNationalFigure(@PathVariable long indicatorId, @Valid @ModelAttribute("figure") FigureForm figure,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Indicators.Details details = this.indicators.details(indicatorId);
		if (!result.hasFieldErrors("year") && !result.hasFieldErrors("value") && !result.hasFieldErrors("source")) {
			if (this.indicators.addNationalFigure(indicatorId, figure)) {
				redirect.addFlashAttribute("flashMessage", "indicator.national.added");
				return "redirect:" + BASE + "/" + indicatorId;
			}
			result.rejectValue("year", "FigureForm.year.taken");
		}
		IndicatorForm form = new IndicatorForm();
		form.setName(details.indicator().getName());
		form.setUnit(details.indicator().getUnit());
		form.setDescription(details.indicator().getDescription());
		form.setVersion(details.indicator().getVersion());
		return show(model, details, form, figure);
	}

	@PostMapping(BASE + "/{indicatorId}/landelijke-cijfers/{year}/verwijderen")
	String removeNationalFigure(@PathVariable long indicatorId, @PathVariable int year, RedirectAttributes redirect) {
		this.indicators.removeNationalFigure(indicatorId, year);
		redirect.addFlashAttribute("flashMessage", "indicator.national.removed");
		return "redirect:" + BASE + "/" + indicatorId;
	}

	@GetMapping("/trajecten/{id}/cijfers/indicatoren/nieuw")
	String newOwn(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		this.figures.editableTrajectory(id, user);
		return form(model, new IndicatorForm(), "/trajecten/" + id + "/cijfers/indicatoren",
				"/trajecten/" + id + "/cijfers");
	}

	@PostMapping("/trajecten/{id}/cijfers/indicatoren")
	String addOwn(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.figures.editableTrajectory(id, user);
		this.indicators.checkOwnName(id, form, result);
		if (!result.hasErrors()) {
			try {
				this.indicators.addOwn(id, form, user);
				redirect.addFlashAttribute("flashMessage", "indicator.own.added");
				return "redirect:/trajecten/" + id + "/cijfers/nieuw";
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("name", "IndicatorForm.name.taken");
			}
		}
		return form(model, form, "/trajecten/" + id + "/cijfers/indicatoren", "/trajecten/" + id + "/cijfers");
	}

	private String form(Model model, IndicatorForm form, String action, String back) {
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("backUrl", back);
		return "research/indicator-form";
	}

	private String show(Model model, Indicators.Details details, IndicatorForm form, FigureForm figure) {
		model.addAttribute("details", details);
		model.addAttribute("form", form);
		model.addAttribute("figure", figure);
		return "research/indicator";
	}

}
