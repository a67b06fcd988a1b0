package nl.nvp.goedegesprek.meeting.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TablePlannerTest {

	private static List<TablePlanner.Person> people(Map<ParticipantRole, Integer> numbers, String... organisations) {
		List<TablePlanner.Person> people = new ArrayList<>();
		long id = 1;
		int professional = 0;
		for (Map.Entry<ParticipantRole, Integer> entry : numbers.entrySet()) {
			for (int i = 0; i < entry.getValue(); i++) {
				String organisation = entry.getKey().isProfessional()
						? organisations[professional++ % organisations.length] : null;
				people.add(new TablePlanner.Person(id++, entry.getKey(), organisation));
			}
		}
		return people;
	}

	@Test
	void everyTableHearsAFosterParentAParentAndAProfessionalWhereTheNumbersAllow() {
		List<TablePlanner.Person> people = people(
				Map.of(ParticipantRole.FOSTER_PARENT, 9, ParticipantRole.PARENT, 4, ParticipantRole.FOSTER_CARE_WORKER,
						5, ParticipantRole.CHILD_PROTECTION_WORKER, 3, ParticipantRole.POLICYMAKER, 2,
						ParticipantRole.OTHER, 1),
				"Pleegzorg Oost", "Pleegzorg Oost", "Pleegzorg Oost", "GI Midden", "Gemeente");
		List<List<TablePlanner.Person>> plan = TablePlanner.plan(people, 4, 8, false);
		assertThat(plan).hasSize(4);
		assertThat(plan.stream().mapToInt(List::size).sum()).isEqualTo(people.size());
		for (List<TablePlanner.Person> table : plan) {
			Map<TablePlanner.Voice, Long> mix = TablePlanner.mix(table);
			assertThat(mix.get(TablePlanner.Voice.FOSTER_PARENT)).as("foster parents at %s", table).isPositive();
			assertThat(mix.get(TablePlanner.Voice.PARENT)).as("parents at %s", table).isPositive();
			assertThat(mix.get(TablePlanner.Voice.PROFESSIONAL)).as("professionals at %s", table).isPositive();
			assertThat(table.size()).isLessThanOrEqualTo(8);
		}
		int smallest = plan.stream().mapToInt(List::size).min().orElseThrow();
		int largest = plan.stream().mapToInt(List::size).max().orElseThrow();
		assertThat(largest - smallest).as("tables about equally full").isLessThanOrEqualTo(2);
	}

	@Test
	void colleaguesOfOneOrganisationSitAtDifferentTables() {
		List<TablePlanner.Person> people = people(Map.of(ParticipantRole.FOSTER_PARENT, 8, ParticipantRole.PARENT, 4,
				ParticipantRole.FOSTER_CARE_WORKER, 4), "Pleegzorg Oost");
		List<List<TablePlanner.Person>> plan = TablePlanner.plan(people, 4, 8, false);
		for (List<TablePlanner.Person> table : plan) {
			assertThat(table.stream().filter((person) -> "Pleegzorg Oost".equals(person.organisation()))).hasSize(1);
		}
	}

	@Test
	void childrenSitTogetherWhenTheCoordinatorChoosesSo() {
		List<TablePlanner.Person> people = people(Map.of(ParticipantRole.FOSTER_PARENT, 6, ParticipantRole.PARENT, 2,
				ParticipantRole.FOSTER_CHILD, 3, ParticipantRole.OWN_CHILD, 2, ParticipantRole.FOSTER_CARE_WORKER, 2),
				"A", "B");
		List<List<TablePlanner.Person>> together = TablePlanner.plan(people, 3, 8, true);
		assertThat(together.get(2)).hasSize(5).allMatch((person) -> person.role().isChild());
		assertThat(together.subList(0, 2).stream().flatMap(List::stream))
			.noneMatch((person) -> person.role().isChild());

		List<List<TablePlanner.Person>> mixed = TablePlanner.plan(people, 3, 8, false);
		assertThat(mixed.stream()
			.map((table) -> table.stream().filter((p) -> p.role().isChild()).count())
			.collect(Collectors.toList())).allMatch((children) -> children <= 2);
	}

	@Test
	void noTableIsFullerThanAllowedWhileAnotherHasRoom() {
		List<TablePlanner.Person> people = people(Map.of(ParticipantRole.FOSTER_PARENT, 20));
		List<List<TablePlanner.Person>> plan = TablePlanner.plan(people, 3, 7, false);
		assertThat(plan).allMatch((table) -> table.size() <= 7);
		assertThat(plan.stream().mapToInt(List::size).sum()).isEqualTo(20);
	}

}
