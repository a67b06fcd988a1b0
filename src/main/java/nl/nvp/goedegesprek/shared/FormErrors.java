package nl.nvp.goedegesprek.shared;

import java.util.Map;

import org.springframework.ui.Model;

/**
 * A page shown after a failed submit (decision 34). Pages whose form is bound to a
 * {@code BindingResult} are recognised by it; a page that keeps its errors otherwise (the
 * survey's answers, the ballot) says so with {@link #show}. On such a page the web layer
 * puts the error summary at the top of the content and starts the title with "Fout:".
 */
public final class FormErrors {

	private static final String MODEL_ATTRIBUTE = FormErrors.class.getName();

	private FormErrors() {
	}

	/** The page about to be shown has errors of a failed submit. */
	public static void show(Model model) {
		model.addAttribute(MODEL_ATTRIBUTE, Boolean.TRUE);
	}

	/** Whether the model is of a page that was marked with {@link #show}. */
	public static boolean shown(Map<String, ?> model) {
		return Boolean.TRUE.equals(model.get(MODEL_ATTRIBUTE));
	}

}
