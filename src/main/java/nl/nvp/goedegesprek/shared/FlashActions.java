package nl.nvp.goedegesprek.shared;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a button's action (Post/Redirect/Get) and tells the person how it went with a
 * flash message: the success message, the rule it broke ({@link RuleException}), or that
 * someone else changed the same thing first (optimistic locking).
 */
public final class FlashActions {

	private FlashActions() {
	}

	/**
	 * @param redirect the flash attributes of the request
	 * @param target the path to redirect to afterwards
	 * @param successKey message key shown after success, or {@code null} for none
	 * @param staleKey message key shown when someone else changed the record first
	 * @param action the service call
	 * @return the redirect view name
	 */
	public static String act(RedirectAttributes redirect, String target, String successKey, String staleKey,
			Runnable action) {
		try {
			action.run();
			if (successKey != null) {
				redirect.addFlashAttribute("flashMessage", successKey);
			}
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", staleKey);
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:" + target;
	}

}
