package nl.nvp.goedegesprek.research.results;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;

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
 * The survey's written answers and the quotes the coordinators take from them
 * (coordinators only).
 */
@Controller
class WrittenAnswersController {

	private final WrittenAnswers written;

	WrittenAnswersController(WrittenAnswers written) {
		this.written = written;
	}

	@GetMapping("/trajecten/{id}/vragenlijst/open-antwoorden")
	String written(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("written", this.written.written(id, user));
		return "research/written-answers";
	}

	@PostMapping("/trajecten/{id}/vragenlijst/antwoorden/{answerId}/citaat")
	String quote(@PathVariable long id, @PathVariable String answerId, @Valid @ModelAttribute QuoteForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		UUID answer = uuid(answerId);
		String text = form.removing() ? null : form.getQuote();
		if (!form.removing() && (text == null || result.hasFieldErrors("quote"))) {
			this.written.written(id, user);
			redirect.addFlashAttribute("flashError", (text == null) ? "quote.empty" : "quote.tooLong");
		}
		else {
			try {
				this.written.quote(id, answer, text, user);
				redirect.addFlashAttribute("flashMessage", (text == null) ? "quote.removed" : "quote.saved");
			}
			catch (RuleException ex) {
				redirect.addFlashAttribute("flashError", ex.messageKey());
			}
		}
		return "redirect:/trajecten/" + id + "/vragenlijst/open-antwoorden#antwoord-" + answer;
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
	}

}
