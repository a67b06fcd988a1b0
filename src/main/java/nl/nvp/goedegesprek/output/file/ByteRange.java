package nl.nvp.goedegesprek.output.file;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one range of a file's bytes that a {@code Range} header asks for (RFC 9110, section
 * 14), from its first to its last byte (both included, counted from 0), as it can be
 * given from a file of a known size.
 */
record ByteRange(long first, long last) {

	/** A range that lies wholly beyond the file's end: answered with 416. */
	static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

	/** One range of bytes: "bytes=first-last", "bytes=first-" or "bytes=-suffix". */
	private static final Pattern ONE = Pattern.compile("bytes=[ \\t]*(\\d{0,18})-(\\d{0,18})[ \\t]*",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The range a header asks for from a file of {@code size} bytes; null for the whole
	 * file: no header, one that does not parse, another unit than bytes, or several
	 * ranges (RFC 9110 lets a server ignore a Range header; podcast apps ask for one
	 * range at a time). A range past the end is cut at the end; one that starts beyond
	 * it, and a suffix of 0 bytes, is {@link #UNSATISFIABLE}.
	 */
	static ByteRange of(String header, long size) {
		if (header == null) {
			return null;
		}
		Matcher range = ONE.matcher(header.strip());
		if (!range.matches() || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
			return null;
		}
		if (range.group(1).isEmpty()) {
			long suffix = Long.parseLong(range.group(2));
			return (suffix == 0 || size == 0) ? UNSATISFIABLE : new ByteRange(Math.max(0, size - suffix), size - 1);
		}
		long first = Long.parseLong(range.group(1));
		long last = range.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(range.group(2));
		if (last < first) {
			return null;
		}
		return (first >= size) ? UNSATISFIABLE : new ByteRange(first, Math.min(last, size - 1));
	}

	long length() {
		return this.last - this.first + 1;
	}

}
