package nl.nvp.goedegesprek.privacy;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The person a data request is about: their e-mail address and, optionally, their name
 * (table hosts and host links hold only a name). Both are compared case-insensitively.
 *
 * @param email the e-mail address, trimmed and in lower case
 * @param name the name, trimmed, or {@code null} when not given
 */
public record DataSubject(String email, String name) {

	public DataSubject {
		email = email.trim().toLowerCase(Locale.ROOT);
		name = (name == null || name.isBlank()) ? null : name.trim();
	}

	public boolean hasName() {
		return this.name != null;
	}

	/**
	 * A PostgreSQL regular expression (for {@code ~*}) that finds the name as whole words
	 * in a free-text field: "Anna" finds "Tafel 2, Anna" but not "Annabel".
	 */
	public String namePattern() {
		return "\\m" + this.name.replaceAll("[^\\p{L}\\p{N}\\s]", Matcher.quoteReplacement("\\") + "$0") + "\\M";
	}

}
