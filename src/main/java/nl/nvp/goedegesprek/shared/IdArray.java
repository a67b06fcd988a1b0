package nl.nvp.goedegesprek.shared;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Ids as one query parameter: a PostgreSQL array literal such as <code>{1,2,3}</code>,
 * for a native query's {@code id = any(cast(?1 as bigint[]))}. Hibernate translates a
 * query with a list parameter ({@code in ?1}) again on every call, as its SQL depends on
 * the list's length; with one array parameter it keeps the translation.
 */
public final class IdArray {

	private IdArray() {
	}

	/**
	 * The array literal of these ids.
	 * @param ids the ids
	 * @return e.g. <code>{1,2,3}</code>; <code>{}</code> for none
	 */
	public static String of(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

}
