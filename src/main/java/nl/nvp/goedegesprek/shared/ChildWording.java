package nl.nvp.goedegesprek.shared;

/**
 * Texts that speak to a child. A page or mail for a child sets the template variable
 * {@link #VARIABLE} to {@code true}; every text it shows is then looked up first under
 * its key with {@link #SUFFIX} ({@code public.name.child}: "Je naam") and otherwise under
 * the key itself ({@code public.name}: "Uw naam"). A text that is the same for everyone
 * needs no child variant, so the adult texts and templates stay as they are.
 */
public final class ChildWording {

	/** The template variable that switches a page or mail to the child's texts. */
	public static final String VARIABLE = "childWording";

	/** The ending of a text's key for its child variant. */
	public static final String SUFFIX = ".child";

	private ChildWording() {
	}

	/** The key of a text's child variant. */
	public static String childKey(String key) {
		return key + SUFFIX;
	}

}
