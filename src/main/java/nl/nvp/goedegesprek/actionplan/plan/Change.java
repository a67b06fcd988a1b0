package nl.nvp.goedegesprek.actionplan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line of a version's changelog: an action added, removed, or changed (with the message
 * keys of the fields that changed).
 */
record Change(VersionAction action, ChangeKind kind, List<String> fields) {

	/**
	 * What changed between two versions: actions added, changed (which fields), removed.
	 */
	static List<Change> between(List<VersionAction> before, List<VersionAction> after) {
		Map<Long, VersionAction> earlier = new LinkedHashMap<>();
		before.forEach((action) -> earlier.put(action.getActionId(), action));
		List<Change> changes = new ArrayList<>();
		for (VersionAction action : after) {
			VersionAction old = earlier.remove(action.getActionId());
			if (old == null) {
				changes.add(new Change(action, ChangeKind.ADDED, List.of()));
			}
			else {
				List<String> fields = action.changesSince(old);
				if (!fields.isEmpty()) {
					changes.add(new Change(action, ChangeKind.CHANGED, fields));
				}
			}
		}
		earlier.values().forEach((removed) -> changes.add(new Change(removed, ChangeKind.REMOVED, List.of())));
		return changes;
	}

}
