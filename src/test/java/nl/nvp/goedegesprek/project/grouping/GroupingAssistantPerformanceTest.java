package nl.nvp.goedegesprek.project.grouping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred sign-ups take well under a second, also when everyone can come always.
 */
class GroupingAssistantPerformanceTest {

	private static final long ONE_SECOND = 1_000_000_000L;

	@Test
	void fourHundredSignUpsOverSixtyDialoguesTakeLessThanASecond() {
		RandomProject project = RandomProject.of(20261206, 400, 60, 6, 2);
		long start = System.nanoTime();
		Proposal proposal = GroupingAssistant.propose(project.roles(), project.dialogues(), project.candidates(),
				List.of());
		long elapsed = System.nanoTime() - start;
		assertThat(elapsed).as("nanoseconds for 400 sign-ups and 60 dialogues").isLessThan(ONE_SECOND);
		ProposalInvariants.check(project.roles(), project.dialogues(), project.candidates(), List.of(), proposal);
		// No more groups are possible than dialogues with someone of every role who can
		// come; the assistant gets close to that.
		long possible = project.dialogues()
			.stream()
			.filter((dialogue) -> project.roles()
				.stream()
				.allMatch((role) -> project.candidates()
					.stream()
					.anyMatch((candidate) -> candidate.role().equals(role) && dialogue.suits(candidate))))
			.count();
		assertThat(possible).isGreaterThan(20);
		assertThat(proposal.groups().size()).isGreaterThanOrEqualTo((int) (possible * 9 / 10));
	}

	@Test
	void fourHundredSignUpsWhoCanAllComeAlwaysTakeLessThanASecond() {
		Random random = new Random(46);
		Set<Slot> always = new HashSet<>();
		List<DialogueSlot> dialogues = new ArrayList<>();
		for (int j = 0; j < 60; j++) {
			Slot when = new Slot(LocalDate.of(2027, 9, 6).plusDays(j / 3), PartOfDay.values()[j % 3]);
			always.add(when);
			dialogues.add(new DialogueSlot(j, when, Mode.ONLINE, null, 2));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			// A quarter of the parents the others are, and everyone in one of six
			// organisations or cases: groups compete for parents and for keys.
			String role = RandomProject.ROLES.get((i % 4 == 1 && i > 100) ? 0 : i % 4);
			candidates.add(new Candidate(i, role, new Availability(always, Set.of()), Mode.EITHER, "GR10",
					Set.of("key-" + random.nextInt(6))));
		}
		long start = System.nanoTime();
		Proposal proposal = GroupingAssistant.propose(RandomProject.ROLES, dialogues, candidates, List.of());
		long elapsed = System.nanoTime() - start;
		assertThat(elapsed).as("nanoseconds for 400 sign-ups who can come to all 60 dialogues").isLessThan(ONE_SECOND);
		ProposalInvariants.check(RandomProject.ROLES, dialogues, candidates, List.of(), proposal);
		assertThat(proposal.groups()).as("one group per parent").hasSize(25);
	}

}
