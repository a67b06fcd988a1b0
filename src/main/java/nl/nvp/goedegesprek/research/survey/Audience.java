package nl.nvp.goedegesprek.research.survey;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who a survey question is for. Each audience gets its own anonymous link; children get
 * the child-friendly version of the survey.
 */
public enum Audience {

	PLEEGGEZINNEN, OUDERS, KINDEREN, PROFESSIONALS, BELEIDSMAKERS;

	/** The audiences as the bit set stored with a question. */
	static int bits(Set<Audience> audiences) {
		int bits = 0;
		for (Audience audience : audiences) {
			bits |= 1 << audience.ordinal();
		}
		return bits;
	}

	static Set<Audience> fromBits(int bits) {
		Set<Audience> audiences = EnumSet.noneOf(Audience.class);
		for (Audience audience : values()) {
			if ((bits & (1 << audience.ordinal())) != 0) {
				audiences.add(audience);
			}
		}
		return audiences;
	}

	public boolean isChild() {
		return this == KINDEREN;
	}

	/** The audience in a link or URL: lower case ({@code kinderen}). */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Audience> fromSlug(String slug) {
		for (Audience audience : values()) {
			if (audience.slug().equals(slug)) {
				return Optional.of(audience);
			}
		}
		return Optional.empty();
	}

}
