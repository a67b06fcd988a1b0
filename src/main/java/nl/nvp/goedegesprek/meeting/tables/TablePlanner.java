package nl.nvp.goedegesprek.meeting.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.meeting.ParticipantRole;

/**
 * Seats participants at the tables of a dialogue meeting so that each table mixes the
 * voices: wherever the numbers allow, a foster parent, a parent and a professional at
 * every table (gelijkwaardigheid), colleagues of one organisation at different tables,
 * and, if the coordinator wishes, children together at a table of their own.
 */
final class TablePlanner {

	/** The voices that every table should hear. */
	enum Voice {

		PARENT, FOSTER_PARENT, PROFESSIONAL, CHILD, OTHER;

		static Voice of(ParticipantRole role) {
			if (role == ParticipantRole.PARENT) {
				return PARENT;
			}
			if (role == ParticipantRole.FOSTER_PARENT) {
				return FOSTER_PARENT;
			}
			if (role.isProfessional()) {
				return PROFESSIONAL;
			}
			return role.isChild() ? CHILD : OTHER;
		}

	}

	record Person(long id, ParticipantRole role, String organisation) {

		Voice voice() {
			return Voice.of(this.role);
		}

	}

	/**
	 * @param tables the number of tables, including a children's table if asked for
	 * @param maxSize the most people at one table
	 * @param childTable whether children sit together at the last table
	 * @return per table (0-based) the people at it
	 */
	static List<List<Person>> plan(List<Person> people, int tables, int maxSize, boolean childTable) {
		if (tables < 1) {
			throw new IllegalArgumentException("At least one table");
		}
		List<List<Person>> plan = new ArrayList<>();
		for (int i = 0; i < tables; i++) {
			plan.add(new ArrayList<>());
		}
		List<Person> children = people.stream().filter((person) -> person.voice() == Voice.CHILD).toList();
		boolean separate = childTable && !children.isEmpty() && tables > 1;
		List<List<Person>> mixed = separate ? plan.subList(0, tables - 1) : plan;
		if (separate) {
			plan.get(tables - 1).addAll(children);
		}
		// The scarcest voices are seated first, so that they spread over as many tables
		// as they can.
		Map<Voice, Long> counts = people.stream()
			.filter((person) -> !separate || person.voice() != Voice.CHILD)
			.collect(Collectors.groupingBy(Person::voice, Collectors.counting()));
		Map<String, Long> organisations = people.stream()
			.filter((person) -> person.organisation() != null)
			.collect(Collectors.groupingBy(TablePlanner::organisationKey, Collectors.counting()));
		List<Person> order = people.stream()
			.filter((person) -> !separate || person.voice() != Voice.CHILD)
			.sorted(Comparator.<Person>comparingLong((person) -> counts.get(person.voice()))
				.thenComparing(Person::voice)
				.thenComparing(Comparator
					.<Person>comparingLong((person) -> -organisations.getOrDefault(organisationKey(person), 0L)))
				.thenComparing((person) -> Objects.toString(organisationKey(person), ""))
				.thenComparingLong(Person::id))
			.toList();
		for (Person person : order) {
			List<Person> best = mixed.stream()
				.min(Comparator.<List<Person>>comparingInt((table) -> (table.size() >= maxSize) ? 1 : 0)
					.thenComparingLong((table) -> same(table, person, Person::voice))
					.thenComparingLong((table) -> sameOrganisation(table, person))
					.thenComparingInt(List::size))
				.orElseThrow();
			best.add(person);
		}
		return plan;
	}

	private static <T> long same(List<Person> table, Person person, Function<Person, T> property) {
		T value = property.apply(person);
		return table.stream().filter((other) -> Objects.equals(property.apply(other), value)).count();
	}

	private static long sameOrganisation(List<Person> table, Person person) {
		String organisation = organisationKey(person);
		return (organisation == null) ? 0
				: table.stream().filter((other) -> organisation.equals(organisationKey(other))).count();
	}

	private static String organisationKey(Person person) {
		return (person.organisation() != null) ? person.organisation().trim().toLowerCase(Locale.ROOT) : null;
	}

	/** How many voices of each kind sit at a table, for the plan page and for tests. */
	static Map<Voice, Long> mix(List<Person> table) {
		Map<Voice, Long> mix = new HashMap<>();
		table.forEach((person) -> mix.merge(person.voice(), 1L, Long::sum));
		return mix;
	}

	private TablePlanner() {
	}

}
