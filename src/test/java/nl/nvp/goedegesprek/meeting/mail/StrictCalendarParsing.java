package nl.nvp.goedegesprek.meeting.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * ical4j parses strictly during each test (no relaxed unfolding, parsing or validation,
 * no compatibility with Outlook, Notes or vCard), as a fussy calendar program would, and
 * as it did before afterwards: the hints are global.
 */
class StrictCalendarParsing implements BeforeEachCallback, AfterEachCallback {

	private static final List<String> HINTS = List.of(CompatibilityHints.KEY_RELAXED_UNFOLDING,
			CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_VALIDATION,
			CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, CompatibilityHints.KEY_NOTES_COMPATIBILITY,
			CompatibilityHints.KEY_VCARD_COMPATIBILITY);

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(StrictCalendarParsing.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		Map<String, Boolean> before = new HashMap<>();
		for (String hint : HINTS) {
			before.put(hint, CompatibilityHints.isHintEnabled(hint));
			CompatibilityHints.setHintEnabled(hint, false);
		}
		context.getStore(NAMESPACE).put("before", before);
	}

	@Override
	@SuppressWarnings("unchecked")
	public void afterEach(ExtensionContext context) {
		Map<String, Boolean> before = context.getStore(NAMESPACE).remove("before", Map.class);
		if (before != null) {
			before.forEach(CompatibilityHints::setHintEnabled);
		}
	}

}
