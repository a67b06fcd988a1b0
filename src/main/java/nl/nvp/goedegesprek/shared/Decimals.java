package nl.nvp.goedegesprek.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people write them in the page's language: "1.234" and "12,5" in Dutch,
 * "1,234" and "12.5" in English. Shown with thousands separators and as many decimals as
 * the number has (up to two, what a figure holds); read strictly, so that a Dutch "12.5"
 * (a thousands separator in the wrong place) is refused rather than read as 125.
 */
public final class Decimals {

	private static final int MAX_FRACTION = 2;

	private Decimals() {
	}

	/** The number for reading, e.g. "1.234,5" in Dutch; empty for none. */
	public static String format(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(language(locale)));
		format.setMaximumFractionDigits(MAX_FRACTION);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	/**
	 * The number typed: digits, optionally in groups of three with the language's
	 * thousands separator, optionally a decimal part after the language's decimal
	 * separator; spaces are ignored.
	 * @throws IllegalArgumentException when the text is not such a number
	 */
	public static BigDecimal parse(String text, Locale locale) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language(locale));
		String grouping = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
		String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
		Pattern number = Pattern
			.compile("(-?)([1-9]\\d{0,2}(?:" + grouping + "\\d{3})+|\\d+)(?:" + decimal + "(\\d+))?");
		String compact = (text == null) ? "" : text.replaceAll("[\\s\\u00A0\\u202F]", "");
		Matcher matcher = number.matcher(compact);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a number in " + locale);
		}
		String whole = matcher.group(2).replaceAll("\\D", "");
		String fraction = (matcher.group(3) != null) ? "." + matcher.group(3) : "";
		return new BigDecimal(matcher.group(1) + whole + fraction);
	}

	private static Locale language(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
	}

}
