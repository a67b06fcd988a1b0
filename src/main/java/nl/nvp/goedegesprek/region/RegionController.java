package nl.nvp.goedegesprek.region;

import java.util.Map;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegionController {

	private final Regions regions;

	private final ObjectProvider<RegionActivity> activity;

	RegionController(Regions regions, ObjectProvider<RegionActivity> activity) {
		this.regions = regions;
		this.activity = activity;
	}

	@GetMapping("/regios")
	String list(Model model) {
		RegionActivity source = this.activity.getIfAvailable();
		model.addAttribute("regions", this.regions.overview((source != null) ? source.byRegionCode() : Map.of()));
		return "region/list";
	}

	@GetMapping("/regios/{code}/bewerken")
	String edit(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("form", this.regions.editForm(code).orElseThrow(NotFoundException::new));
		return "region/form";
	}

	@PostMapping("/regios/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("form") RegionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("code", code);
		form.checkCrossFields(result);
		if (result.hasErrors()) {
			return "region/form";
		}
		try {
			this.regions.rename(code, form);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("stale.region");
			return "region/form";
		}
		redirect.addFlashAttribute("flashMessage", "region.saved");
		return "redirect:/regios";
	}

}
