package nl.nvp.goedegesprek.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nvp.goedegesprek.shared.BrowserKey;
import nl.nvp.goedegesprek.shared.KeyedHash;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries out a form once when it is sent twice from the same page: a double click, a
 * browser that sends again after a hiccup, or back and send again (decision 28). A form
 * sent from a page carries that page's CSRF token, which is masked afresh for every page
 * shown; the same browser, URL, token and fields therefore mean the same page sent again.
 * The first such request claims the form ({@link FormSubmissions}) and runs; a second one
 * waits for it and, when the first ended in a redirect (the usual end of a form that did
 * something), gets the same redirect without running. When the first did not redirect (a
 * form with errors, a download), the second runs too: a form with errors saved nothing.
 * <p>
 * The rules in the services (a lock and a check per intent, decision 23) still hold for
 * what this cannot see: the same intent from two pages, two tabs or two people.
 */
class SubmitOnceFilter extends OncePerRequestFilter {

	private static final String CSRF_PARAMETER = "_csrf";

	private final FormSubmissions submissions;

	private final KeyedHash hash;

	SubmitOnceFilter(FormSubmissions submissions, KeyedHash hash) {
		this.submissions = submissions;
		this.hash = hash;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getParameter(CSRF_PARAMETER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] key = key(request);
		if (!this.submissions.claim(key)) {
			FormSubmissions.Outcome first;
			try {
				first = this.submissions.awaitFirst(key);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
				return;
			}
			switch (first.state()) {
				case REDIRECTED -> {
					response.setStatus(first.status());
					response.setHeader("Location", first.location());
					return;
				}
				case BUSY -> {
					response.sendError(HttpStatus.CONFLICT.value());
					return;
				}
				case RELEASED -> {
					if (!this.submissions.claim(key)) {
						response.sendError(HttpStatus.CONFLICT.value());
						return;
					}
				}
			}
		}
		run(key, request, response, chain);
	}

	private void run(byte[] key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean redirected = false;
		try {
			chain.doFilter(request, response);
			int status = response.getStatus();
			String location = response.getHeader("Location");
			if (status >= 300 && status < 400 && location != null) {
				this.submissions.redirected(key, status, location);
				redirected = true;
			}
		}
		finally {
			if (!redirected) {
				this.submissions.release(key);
			}
		}
	}

	/**
	 * A keyed hash of the browser ({@link BrowserKey}: with or without a session), the
	 * URL and every field (names and values, in a fixed order), so that the row says
	 * nothing about what was sent.
	 */
	private byte[] key(HttpServletRequest request) {
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		write(data, BrowserKey.of(request));
		write(data, request.getRequestURI());
		write(data, (request.getQueryString() != null) ? request.getQueryString() : "");
		for (Map.Entry<String, String[]> field : new TreeMap<>(request.getParameterMap()).entrySet()) {
			write(data, field.getKey());
			for (String value : field.getValue()) {
				write(data, value);
			}
			write(data, "\u0000end");
		}
		return this.hash.mac("form-submission", data.toByteArray());
	}

	private static void write(ByteArrayOutputStream data, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		data.write(bytes.length >>> 24);
		data.write(bytes.length >>> 16);
		data.write(bytes.length >>> 8);
		data.write(bytes.length);
		data.writeBytes(bytes);
	}

}
