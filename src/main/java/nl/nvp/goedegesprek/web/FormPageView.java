package nl.nvp.goedegesprek.web;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import nl.nvp.goedegesprek.shared.FormErrors;
import org.thymeleaf.spring6.view.ThymeleafView;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Thymeleaf's view, which after a failed submit completes the page's error summary
 * ({@link ErrorSummaries}, decision 34). Any other page is rendered as by Thymeleaf, with
 * no extra work but a look at its model.
 */
class FormPageView extends ThymeleafView {

	@Override
	protected void renderFragment(Set<String> markupSelectors, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		if (markupSelectors != null && !markupSelectors.isEmpty() || !failedSubmit(model)) {
			super.renderFragment(markupSelectors, model, request, response);
			return;
		}
		CharArrayWriter buffer = new CharArrayWriter(32 * 1024);
		PrintWriter writer = new PrintWriter(buffer);
		super.renderFragment(markupSelectors, model, request, new HttpServletResponseWrapper(response) {

			@Override
			public PrintWriter getWriter() {
				return writer;
			}

		});
		writer.flush();
		String prefix = getApplicationContext().getMessage("form.errors.titlePrefix", null,
				RequestContextUtils.getLocale(request));
		response.getWriter().write(ErrorSummaries.complete(buffer.toString(), prefix));
	}

	private static boolean failedSubmit(Map<String, ?> model) {
		if (FormErrors.shown(model)) {
			return true;
		}
		for (Object value : model.values()) {
			if (value instanceof BindingResult result && result.hasErrors()) {
				return true;
			}
		}
		return false;
	}

}
