package nl.nvp.goedegesprek.meeting.tables;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.privacy.PersonalDataAccess;

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
 * The table plan (tafelindeling) of a dialogue meeting, its printable table lists and
 * name cards.
 */
@Controller
class TablePlanController {

	private static final String REGISTRATIONS = "MEETING_REGISTRATIONS";

	private final TablePlans plans;

	private final PersonalDataAccess access;

	TablePlanController(TablePlans plans, PersonalDataAccess access) {
		this.plans = plans;
		this.access = access;
	}

	@GetMapping("/bijeenkomsten/{id}/tafels")
	String plan(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return page(id, user, model, new TablePlanForm());
	}

	@PostMapping("/bijeenkomsten/{id}/tafels")
	String make(@PathVariable long id, @Valid @ModelAttribute("form") TablePlanForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		int participants = this.plans.participantCount(id, user);
		if (!result.hasErrors() && participants > form.getTables() * form.getMaxSize()) {
			result.rejectValue("tables", "TablePlanForm.tables.tooFew",
					new Object[] { participants, form.getTables() * form.getMaxSize() }, null);
		}
		if (result.hasErrors()) {
			return page(id, user, model, form);
		}
		this.plans.make(id, form, user);
		redirect.addFlashAttribute("flashMessage", "tables.made");
		return "redirect:/bijeenkomsten/" + id + "/tafels";
	}

	@PostMapping("/bijeenkomsten/{id}/tafels/verplaatsen")
	String move(@PathVariable long id, @RequestParam long registration, @RequestParam int table,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		this.plans.move(id, registration, table, user);
		redirect.addFlashAttribute("flashMessage", "tables.moved");
		return "redirect:/bijeenkomsten/" + id + "/tafels";
	}

	@GetMapping("/bijeenkomsten/{id}/tafels/afdrukken")
	String print(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("plan", this.plans.plan(id, user));
		this.access.record(user.id(), PersonalDataAccess.Action.PRINT, REGISTRATIONS, id);
		return "meeting/tables-print";
	}

	@GetMapping("/bijeenkomsten/{id}/naamkaartjes")
	String nameCards(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("plan", this.plans.plan(id, user));
		this.access.record(user.id(), PersonalDataAccess.Action.PRINT, REGISTRATIONS, id);
		return "meeting/name-cards";
	}

	private String page(long id, AccountPrincipal user, Model model, TablePlanForm form) {
		model.addAttribute("plan", this.plans.plan(id, user));
		model.addAttribute("form", form);
		this.access.record(user.id(), PersonalDataAccess.Action.VIEW, REGISTRATIONS, id);
		return "meeting/tables";
	}

}
