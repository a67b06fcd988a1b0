package nl.nvp.goedegesprek.research.survey;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who a survey question is for. Each audience gets its own anonymous link; children get
 * the child-friendly version of the survey. The order is stored (as bits), so new
 * audiences go at the end.
 */
public enum Audience {

	FOSTER_FAMILIES("pleeggezinnen"), PARENTS("ouders"), CHILDREN("kinderen"), PROFESSIONALS("professionals"),
	POLICYMAKERS("beleidsmakers");

	private final String slug;

	Audience(String slug) {
		this.slug = slug;
	}

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
		return this == CHILDREN;
	}

	/** The audience in a link or URL: its Dutch name in lower case ({@code kinderen}). */
	public String slug() {
		return this.slug;
	}

	public static Optional<Audience> fromSlug(String slug) {
		for (Audience audience : values()) {
			if (audience.slug.equals(slug)) {
				return Optional.of(audience);
			}
		}
		return Optional.empty();
	}

}
