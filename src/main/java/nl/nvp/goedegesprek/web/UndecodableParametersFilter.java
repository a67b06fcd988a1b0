package nl.nvp.goedegesprek.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters cannot be read (a query string or form body with a broken
 * percent-encoding such as {@code %zz}, bytes that are not UTF-8 such as {@code %C3%28},
 * too many parameters) is refused as a whole with 400, before anything else sees it: the
 * error page in the usual layout, nothing saved, no session or language cookie touched.
 * <p>
 * Since Servlet 6 Tomcat throws from every {@code getParameter...} call on such a
 * request, wherever it happens to come first (Spring Security's CSRF filter, the language
 * switch's {@code taal}, a controller's binding). Tomcat answers 400 to that exception,
 * but only after it left the servlet: logged at ERROR with a stack trace and the
 * parameter's name and value (a query string can hold a personal link's token), counted
 * as a server error in the metrics, and with the parameters that did decode still in
 * effect on the error page ({@code ?taal=en&x=%zz} switched the language). There is no
 * connector setting for it (Tomcat's FailedRequestFilter went with Servlet 6), so this
 * filter reads the parameters first, once, and answers 400 itself. It runs after the
 * character-encoding filter (a form body is read as UTF-8) and the metrics' observation
 * filter (the 400 is counted as one), before the session and Spring Security. The log
 * gets one short line at INFO, without path, query or value. An upload over the size
 * limit (Tomcat's 413) on one of the two upload paths is sent back to the form it came
 * from, which says so at its file field (decision 42); elsewhere a body over 5 MB never
 * gets here ({@link RequestBodyLimitFilter}).
 */
class UndecodableParametersFilter extends OncePerRequestFilter {

	/**
	 * Request attribute set on a refused request, so that the error page ignores its
	 * parameters (the language switch in WebConfiguration).
	 */
	static final String REFUSED = UndecodableParametersFilter.class.getName() + ".REFUSED";

	private static final Logger log = LoggerFactory.getLogger(UndecodableParametersFilter.class);

	private final List<HeaderWriter> headers;

	/**
	 * @param headers the protective headers of every page: this answer is given before
	 * Spring Security, whose header filter does not run on the error page's dispatch
	 */
	UndecodableParametersFilter(List<HeaderWriter> headers) {
		this.headers = List.copyOf(headers);
	}

	/**
	 * The query parameter with which a form page is opened again after its upload was
	 * over the size limit ({@code spring.servlet.multipart}): the page shows the error at
	 * its file field (outputs, decision 42).
	 */
	static final String TOO_LARGE = "te-groot";

	/**
	 * The page a multipart form was sent from (the path of its Referer, which browsers
	 * send to the same origin), or null. Only the path is kept, so the answer always
	 * stays on this site. An upload over the limit cannot be read, its CSRF token
	 * neither; sending the browser back to the form (a GET) changes nothing.
	 */
	private static String formPage(HttpServletRequest request) {
		String type = request.getContentType();
		String referer = request.getHeader("Referer");
		if (!"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") || referer == null) {
			return null;
		}
		try {
			String path = java.net.URI.create(referer).getRawPath();
			return (path != null && path.startsWith("/") && !path.startsWith("//")) ? path : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// Tomcat parses the query string and a form body together, once; any later
			// getParameter call would throw the same exception.
			request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			String back = (ex.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
					&& RequestBodyLimitFilter.isUpload(request)) ? formPage(request) : null;
			if (back != null) {
				log.info("Sent an upload over the size limit back to its form");
				request.setAttribute(REFUSED, Boolean.TRUE);
				this.headers.forEach((writer) -> writer.writeHeaders(request, response));
				response.setStatus(HttpServletResponse.SC_SEE_OTHER);
				response.setHeader("Location", back + "?" + TOO_LARGE + "=1");
				return;
			}
			int status = (ex.getErrorCode() >= 400 && ex.getErrorCode() < 500) ? ex.getErrorCode()
					: HttpServletResponse.SC_BAD_REQUEST;
			// Not the exception or its message: it names the parameter and its value.
			log.info("Refused a request whose parameters could not be read ({})", status);
			request.setAttribute(REFUSED, Boolean.TRUE);
			this.headers.forEach((writer) -> writer.writeHeaders(request, response));
			response.sendError(status);
			return;
		}
		chain.doFilter(request, response);
	}

}
