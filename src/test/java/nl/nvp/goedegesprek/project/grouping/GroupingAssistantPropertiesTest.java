package nl.nvp.goedegesprek.project.grouping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules hold on every proposal for many projects drawn at random (each try is one
 * seed, so a failure names the seed that reproduces it), also when the coordinator fixes
 * members and asks again; and in small projects the assistant finds as many groups as an
 * exhaustive search.
 */
class GroupingAssistantPropertiesTest {

	@Property(tries = 300, seed = "20261206", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
	void everyProposalKeepsTheRules(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
		Random random = new Random(seed);
		RandomProject project = RandomProject.of(seed, 5 + random.nextInt(120), 1 + random.nextInt(15),
				1 + random.nextInt(4), 1 + random.nextInt(3));
		Proposal proposal = GroupingAssistant.propose(project.roles(), project.dialogues(), project.candidates(),
				List.of());
		ProposalInvariants.check(project.roles(), project.dialogues(), project.candidates(), List.of(), proposal);

		// The coordinator keeps some groups, moves someone by hand, and asks again.
		List<FixedMember> fixed = new ArrayList<>();
		Set<Long> taken = new HashSet<>();
		for (Proposal.Group group : proposal.groups()) {
			if (random.nextInt(3) == 0) {
				group.members().forEach((member) -> {
					fixed.add(new FixedMember(member.signUpId(), group.dialogue().id()));
					taken.add(member.signUpId());
				});
			}
		}
		Candidate moved = project.candidates().get(random.nextInt(project.candidates().size()));
		if (taken.add(moved.signUpId())) {
			fixed.add(new FixedMember(moved.signUpId(),
					project.dialogues().get(random.nextInt(project.dialogues().size())).id()));
		}
		Proposal again = GroupingAssistant.propose(project.roles(), project.dialogues(), project.candidates(), fixed);
		ProposalInvariants.check(project.roles(), project.dialogues(), project.candidates(), fixed, again);

		List<Candidate> candidates = new ArrayList<>(project.candidates());
		List<DialogueSlot> dialogues = new ArrayList<>(project.dialogues());
		Collections.shuffle(candidates, random);
		Collections.shuffle(dialogues, random);
		Collections.shuffle(fixed, random);
		assertThat(GroupingAssistant.propose(project.roles(), dialogues, candidates, fixed)).isEqualTo(again);
	}

	@Property(tries = 300, seed = "20261207", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
	void findsAsManyGroupsAsAnExhaustiveSearchInSmallProjects(
			@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
		Random random = new Random(seed);
		List<String> roles = List.of("A", "B", "C").subList(0, 2 + random.nextInt(2));
		List<DialogueSlot> dialogues = new ArrayList<>();
		int dialogueCount = 2 + random.nextInt(3);
		for (int j = 0; j < dialogueCount; j++) {
			dialogues.add(new DialogueSlot(j, new Slot(LocalDate.of(2027, 3, 1 + random.nextInt(3)), PartOfDay.EVENING),
					Mode.ONLINE, null, 1));
		}
		List<Candidate> candidates = new ArrayList<>();
		int candidateCount = 3 + random.nextInt(6);
		for (int i = 0; i < candidateCount; i++) {
			Set<Slot> when = new HashSet<>();
			for (DialogueSlot dialogue : dialogues) {
				if (random.nextDouble() < 0.5) {
					when.add(dialogue.when());
				}
			}
			Set<String> keys = (random.nextDouble() < 0.3) ? Set.of("key-" + random.nextInt(3)) : Set.of();
			candidates.add(new Candidate(i, roles.get(random.nextInt(roles.size())), new Availability(when, Set.of()),
					Mode.ONLINE, null, keys));
		}
		Proposal proposal = GroupingAssistant.propose(roles, dialogues, candidates, List.of());
		ProposalInvariants.check(roles, dialogues, candidates, List.of(), proposal);
		assertThat(proposal.groups()).hasSize(mostGroups(roles, dialogues, candidates));
	}

	/**
	 * Every way to put each candidate in one dialogue or none, counting complete groups.
	 */
	private static int mostGroups(List<String> roles, List<DialogueSlot> dialogues, List<Candidate> candidates) {
		List<List<Candidate>> groups = new ArrayList<>();
		dialogues.forEach((dialogue) -> groups.add(new ArrayList<>()));
		return mostGroups(roles, dialogues, candidates, 0, groups);
	}

	private static int mostGroups(List<String> roles, List<DialogueSlot> dialogues, List<Candidate> candidates,
			int next, List<List<Candidate>> groups) {
		if (next == candidates.size()) {
			return (int) groups.stream()
				.filter((group) -> group.stream().map(Candidate::role).distinct().count() == roles.size())
				.count();
		}
		int best = mostGroups(roles, dialogues, candidates, next + 1, groups);
		Candidate candidate = candidates.get(next);
		for (int j = 0; j < dialogues.size(); j++) {
			List<Candidate> group = groups.get(j);
			if (dialogues.get(j).suits(candidate)
					&& group.stream().noneMatch((member) -> member.role().equals(candidate.role()))
					&& group.stream().noneMatch(candidate::mustNotMeet)) {
				group.add(candidate);
				best = Math.max(best, mostGroups(roles, dialogues, candidates, next + 1, groups));
				group.remove(group.size() - 1);
			}
		}
		return best;
	}

}
