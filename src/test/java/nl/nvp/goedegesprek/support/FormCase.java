package nl.nvp.goedegesprek.support;

import java.util.function.Supplier;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One state-changing form in the double-submit catalogue ({@link FormCatalogue}): the
 * route it posts to (as the application maps it, e.g. {@code POST
 * /trajecten/{id}/acties}), and how to make a fresh situation in which it is sent with
 * valid input.
 *
 * @param route the method and mapped path
 * @param prepare makes what the form needs (each call a fresh situation)
 * @param twoPagesMayRepeat whether the same form sent from two pages (two tabs) may
 * legitimately act twice; then {@code why} says why
 * @param why the reason, or null
 */
public record FormCase(String route, Preparation prepare, boolean twoPagesMayRepeat, String why) {

	public static FormCase of(String route, Preparation prepare) {
		return new FormCase(route, prepare, false, null);
	}

	/** Sent from two pages, the form acts twice by design (say why). */
	public FormCase twoPagesMayRepeat(String reason) {
		return new FormCase(this.route, this.prepare, true, reason);
	}

	@Override
	public String toString() {
		return this.route;
	}

	/** Makes a fresh situation for the form. */
	@FunctionalInterface
	public interface Preparation {

		Prepared prepare() throws Exception;

	}

	/**
	 * A situation ready to send the form.
	 *
	 * @param page the page that shows the form (a GET that answers 200 with a CSRF token)
	 * @param who who sends it ({@code user(...)}), or null for a visitor without account
	 * @param request makes the form's request with valid input (without CSRF token or
	 * session; each call a new builder)
	 */
	public record Prepared(String page, RequestPostProcessor who, Supplier<MockHttpServletRequestBuilder> request) {
	}

}
