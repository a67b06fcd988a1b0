package nl.nvp.goedegesprek.shared;

/**
 * Which characters people's text may hold. A line (a name, a title) holds no line breaks,
 * tabs or control characters; a text (a textarea) may hold line breaks and tabs, but no
 * other control characters. Control characters here are Unicode's (C0, DEL and C1, so
 * also NEL), the line and paragraph separators, and the bidirectional embeddings,
 * overrides and isolates that make text read differently from how it is stored.
 */
public final class TextCharacters {

	private TextCharacters() {
	}

	/** Whether this is one line without control characters (null counts as fine). */
	public static boolean isSingleLine(CharSequence text) {
		return (text == null) || text.codePoints().noneMatch(TextCharacters::isControl);
	}

	/**
	 * Whether this is text without control characters other than line breaks (\n or \r\n)
	 * and tabs (null counts as fine).
	 */
	public static boolean isPlainText(CharSequence text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\t') {
				continue;
			}
			if (c == '\r') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					continue;
				}
				return false;
			}
			int codePoint = Character.codePointAt(text, i);
			if (isControl(codePoint)) {
				return false;
			}
			i += Character.charCount(codePoint) - 1;
		}
		return true;
	}

	/**
	 * The text on one line: every line break, tab and control character becomes a space
	 * (for text stored before these rules, placed where one line belongs).
	 */
	public static String oneLine(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder line = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> line.appendCodePoint(isControl(c) ? ' ' : c));
		return line.toString().replaceAll(" {2,}", " ").strip();
	}

	private static boolean isControl(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE ->
				true;
			default -> (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
		};
	}

}
