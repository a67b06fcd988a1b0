package nl.nvp.goedegesprek.account;

import java.util.List;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.FlashActions;
import nl.nvp.goedegesprek.region.Regions;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account administration by national coordinators (the security configuration allows no
 * one else under /accounts).
 */
@Controller
class AccountController {

	private final AccountAdministration administration;

	private final Regions regions;

	AccountController(AccountAdministration administration, Regions regions) {
		this.administration = administration;
		this.regions = regions;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("languages", List.of("nl", "en"));
		model.addAttribute("regionOptions", this.regions.current());
	}

	@GetMapping("/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.administration.all());
		model.addAttribute("regionNames", this.regions.namesByCode());
		return "account/list";
	}

	@GetMapping("/accounts/nieuw")
	String createForm(Model model) {
		model.addAttribute("form", new AccountForm());
		model.addAttribute("editing", false);
		return "account/form";
	}

	@PostMapping("/accounts")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editing", false);
		validate(form, result);
		if (form.getEmail() != null && !result.hasFieldErrors("email")
				&& this.administration.emailTaken(form.getEmail())) {
			result.rejectValue("email", "AccountForm.email.taken");
		}
		if (result.hasErrors()) {
			return "account/form";
		}
		AccountAdministration.CreatedAccount created;
		try {
			created = this.administration.create(form);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone made an account with this address at the same moment.
			result.rejectValue("email", "AccountForm.email.taken");
			return "account/form";
		}
		// The link went to the person by mail; the page says so, and until when it works.
		redirect.addFlashAttribute("linkMailed", created.linkExpiresAt());
		redirect.addFlashAttribute("flashMessage", "account.created");
		return "redirect:/accounts/" + created.id();
	}

	@GetMapping("/accounts/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("account", this.administration.view(id));
		model.addAttribute("regionNames", this.regions.namesByCode());
		return "account/show";
	}

	@GetMapping("/accounts/{id}/bewerken")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.administration.editForm(id));
		model.addAttribute("accountId", id);
		model.addAttribute("editing", true);
		return "account/form";
	}

	@PostMapping("/accounts/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
		form.setEmail(this.administration.view(id).email());
		model.addAttribute("accountId", id);
		model.addAttribute("editing", true);
		validate(form, result);
		if (me.id() == id && form.getRole() != Role.NATIONAL_COORDINATOR) {
			result.rejectValue("role", "AccountForm.role.notYourself");
		}
		if (result.hasErrors()) {
			return "account/form";
		}
		try {
			this.administration.change(id, form);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("stale.account");
			return "account/form";
		}
		redirect.addFlashAttribute("flashMessage", "account.saved");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/accounts/{id}/deactiveren")
	String deactivate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		if (me.id() == id) {
			redirect.addFlashAttribute("flashError", "account.notYourself");
			return "redirect:/accounts/" + id;
		}
		return act(id, redirect, "account.deactivated", () -> this.administration.deactivate(id, version));
	}

	@PostMapping("/accounts/{id}/activeren")
	String activate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "account.activated", () -> this.administration.activate(id, version));
	}

	@PostMapping("/accounts/{id}/herstellen")
	String reset(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		if (me.id() == id) {
			redirect.addFlashAttribute("flashError", "account.notYourself");
			return "redirect:/accounts/" + id;
		}
		return act(id, redirect, null, () -> this.administration.reset(id, version).ifPresentOrElse((until) -> {
			redirect.addFlashAttribute("linkMailed", until);
			redirect.addFlashAttribute("flashMessage", "account.reset");
		}, () -> redirect.addFlashAttribute("flashMessage", "account.reset.recent")));
	}

	private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
		return FlashActions.act(redirect, "/accounts/" + id, message, "stale.account", action);
	}

	private void validate(AccountForm form, BindingResult result) {
		form.checkCrossFields(result);
		if (this.administration.unknownRegion(form.getRegionCodes())) {
			result.rejectValue("regionCodes", "AccountForm.regionCodes.unknown");
		}
	}

}
