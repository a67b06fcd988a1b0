package nl.nvp.goedegesprek.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every page and form shares: trimmed input without control characters (blank
 * becomes empty), limits on what a form can make the server build, the demo banner, and a
 * clear page for requests that make no sense.
 */
@ControllerAdvice
class GlobalControllerAdvice {

	/**
	 * Control characters (not tab and newlines) mean nothing in a form, and PostgreSQL
	 * refuses NUL.
	 */
	private static final String CONTROL_CHARACTERS = "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C"
			+ "\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D"
			+ "\u001E\u001F\u007F";

	private final boolean demo;

	GlobalControllerAdvice(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(64);
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(CONTROL_CHARACTERS, true));
		binder.registerCustomEditor(BigDecimal.class, new DecimalsFormatting.Editor());
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo;
	}

	/**
	 * The language of what people wrote (meeting details, surveys, plans: Dutch), for a
	 * {@code lang} attribute where the page is in another language (WCAG 3.1.2); null on
	 * a Dutch page, where the attribute is left out.
	 */
	@ModelAttribute("contentLang")
	String contentLang(Locale locale) {
		return "nl".equals(locale.getLanguage()) ? null : "nl";
	}

	/**
	 * Two people changed the same thing at the same moment (a double tap on check-in,
	 * say): say so and let them try again, rather than fail.
	 */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Model model) {
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		return "error";
	}

	/**
	 * A path or parameter that does not parse (a huge number, a step that does not
	 * exist).
	 */
	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			InvalidPropertyException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Model model) {
		model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
		return "error";
	}

}
