package nl.nvp.goedegesprek.web;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import nl.nvp.goedegesprek.shared.FormErrors;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.util.FastStringWriter;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Thymeleaf's view, rendering each page into a buffer of its own that is written to the
 * response once (a failure half-way shows the error page instead of half a page), and
 * which after a failed submit completes the page's error summary ({@link ErrorSummaries},
 * decision 34).
 * <p>
 * The buffer starts at the largest size this view has written so far: Thymeleaf's own
 * buffer starts at 1 KB and is copied each time it doubles, which cost a tenth of a text
 * page's time (docs/performance.md, session 17).
 */
class FormPageView extends ThymeleafView {

	private static final int FIRST_CAPACITY = 16 * 1024;

	private static final int MAX_REMEMBERED_CAPACITY = 1024 * 1024;

	/** The largest page this view has written, as the next buffer's starting size. */
	private volatile int capacity = FIRST_CAPACITY;

	/** This view buffers the page itself, so Thymeleaf writes to that buffer directly. */
	@Override
	public boolean getProducePartialOutputWhileProcessing() {
		return true;
	}

	@Override
	protected void renderFragment(Set<String> markupSelectors, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		FastStringWriter buffer = new FastStringWriter(this.capacity);
		PrintWriter writer = new BufferWriter(buffer);
		super.renderFragment(markupSelectors, model, request, new HttpServletResponseWrapper(response) {

			@Override
			public PrintWriter getWriter() {
				return writer;
			}

		});
		String page = buffer.toString();
		if (page.length() > this.capacity && page.length() <= MAX_REMEMBERED_CAPACITY) {
			this.capacity = page.length();
		}
		if ((markupSelectors == null || markupSelectors.isEmpty()) && failedSubmit(model)) {
			String prefix = getApplicationContext().getMessage("form.errors.titlePrefix", null,
					RequestContextUtils.getLocale(request));
			page = ErrorSummaries.complete(page, prefix);
		}
		response.getWriter().write(page);
	}

	/**
	 * The buffer as the response's writer, without {@link PrintWriter}'s lock and checks
	 * on every write: Thymeleaf's escaping writes a text one character at a time.
	 */
	private static final class BufferWriter extends PrintWriter {

		private final FastStringWriter buffer;

		BufferWriter(FastStringWriter buffer) {
			super(buffer);
			this.buffer = buffer;
		}

		@Override
		public void write(int c) {
			this.buffer.write(c);
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			this.buffer.write(chars, offset, length);
		}

		@Override
		public void write(char[] chars) {
			this.buffer.write(chars, 0, chars.length);
		}

		@Override
		public void write(String text, int offset, int length) {
			this.buffer.write(text, offset, length);
		}

		@Override
		public void write(String text) {
			this.buffer.write(text);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

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
