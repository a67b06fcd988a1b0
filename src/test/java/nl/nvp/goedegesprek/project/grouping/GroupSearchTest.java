package nl.nvp.goedegesprek.project.grouping;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupSearchTest {

	private static Slot march(int day) {
		return new Slot(LocalDate.of(2027, 3, day), PartOfDay.EVENING);
	}

	private static Candidate candidate(long id, String role, String key, int... days) {
		return new Candidate(id, role,
				new Availability(IntStream.of(days).mapToObj(GroupSearchTest::march).collect(Collectors.toSet()),
						Set.of()),
				Mode.ONLINE, null, (key != null) ? Set.of(key) : Set.of());
	}

	@Test
	void theRepairCompletesADialogueTheFirstStepLeftOpen() {
		DialogueSlot[] dialogues = IntStream.rangeClosed(1, 4)
			.mapToObj((day) -> new DialogueSlot(day, march(day), Mode.ONLINE, null, 1))
			.toArray(DialogueSlot[]::new);
		// Step 1 gives 4 March to A2 and B0, the cheapest pair; then A1 and B3, who share
		// a
		// case, are left. The repair puts A1 on 2 March, moves B0 to him and B3 to A2.
		Candidate[] candidates = { candidate(0, "B", null, 1, 2, 4), candidate(1, "A", "case-0", 2, 3, 4),
				candidate(2, "A", "case-1", 3, 4), candidate(3, "B", "case-0", 2, 3, 4) };
		GroupSearch search = new GroupSearch(List.of("A", "B"), candidates, dialogues);
		search.formGroups();
		assertThat(IntStream.range(0, 4).filter(search::isComplete)).containsExactly(3);
		search.repair();
		assertThat(IntStream.range(0, 4).filter(search::isComplete)).containsExactly(1, 3);
		assertThat(search.members(1)).containsExactlyInAnyOrder(0, 1);
		assertThat(search.members(3)).containsExactlyInAnyOrder(2, 3);
	}

}
