package nl.nvp.goedegesprek.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body of at most 5 MB, except on the two paths that upload an output's file
 * (decision 42), as nginx's {@code client_max_body_size} in deploy/nginx.conf. The
 * multipart limits in application.yml (25 MB a file, 26 MB a request) are Tomcat's, for
 * every path: without this filter any form route would parse a 26 MB multipart body.
 * <p>
 * Decided on the declared length, before anything reads the body: a larger
 * {@code Content-Length} is answered 413 with the error page, and the body is never
 * parsed (Tomcat discards it, up to {@code server.tomcat.max-swallow-size}, so that the
 * browser gets the answer). A body without a declared length (chunked) cannot be measured
 * without reading it, and what this filter read could not be handed back to Tomcat's
 * parsers (they read the connection, not a request wrapper): it is refused with 411 (send
 * a length). No browser form sends one, and nginx in front sends the length. The upload
 * paths keep Tomcat's limits, and an upload over them goes back to its form
 * ({@link UndecodableParametersFilter}).
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	/** The largest body outside the upload paths, as nginx's client_max_body_size 5m. */
	static final long LIMIT = 5L * 1024 * 1024;

	/** The new output's form and an output's edit form, as in deploy/nginx.conf. */
	private static final Pattern UPLOAD_PATHS = Pattern
		.compile("^/trajecten/[0-9]+/opbrengsten/(nieuw|[0-9]+/bewerken)$");

	private static final Logger log = LoggerFactory.getLogger(RequestBodyLimitFilter.class);

	private final List<HeaderWriter> headers;

	/**
	 * @param headers the protective headers of every page: this answer is given before
	 * Spring Security, whose header filter does not run on the error page's dispatch
	 */
	RequestBodyLimitFilter(List<HeaderWriter> headers) {
		this.headers = List.copyOf(headers);
	}

	/** Whether the request goes to one of the two paths that upload an output's file. */
	static boolean isUpload(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return UPLOAD_PATHS.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isUpload(request)) {
			long length = request.getContentLengthLong();
			int status = 0;
			if (length > LIMIT) {
				status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
			}
			else if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
				status = HttpServletResponse.SC_LENGTH_REQUIRED;
			}
			if (status != 0) {
				// Not the path: a personal link carries its token there.
				log.info("Refused a request body over the limit or of unknown length ({})", status);
				// The error page reads no parameter (the language switch,
				// WebConfiguration),
				// so nothing parses the body.
				request.setAttribute(UndecodableParametersFilter.REFUSED, Boolean.TRUE);
				this.headers.forEach((writer) -> writer.writeHeaders(request, response));
				response.sendError(status);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
