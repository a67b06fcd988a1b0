package nl.nvp.goedegesprek.project.grouping;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold for every proposal, whatever the input: each candidate once, groups
 * complete unless the coordinator fixed members there, nobody placed at a time, in a way
 * or a region they did not give, no two people sharing a key unless both were fixed,
 * seats and balance kept, fixed members where they were put, and nobody left out who
 * could still have joined a group.
 */
final class ProposalInvariants {

	static void check(List<String> roles, List<DialogueSlot> dialogues, List<Candidate> candidates,
			List<FixedMember> fixed, Proposal proposal) {
		Map<Long, Candidate> byId = candidates.stream()
			.collect(Collectors.toMap(Candidate::signUpId, Function.identity()));
		Map<Long, Long> fixedIn = fixed.stream()
			.collect(Collectors.toMap(FixedMember::signUpId, FixedMember::dialogueId));
		Set<Long> seen = new HashSet<>();
		Map<Long, Long> placedIn = new HashMap<>();
		for (Proposal.Group group : proposal.groups()) {
			DialogueSlot dialogue = group.dialogue();
			List<Candidate> members = group.members().stream().map((member) -> byId.get(member.signUpId())).toList();
			boolean hasFixed = group.members().stream().anyMatch(Proposal.Member::fixed);
			assertThat(members).as("group in %s", dialogue).isNotEmpty();
			if (!hasFixed) {
				assertThat(group.complete()).as("group without fixed members in %s is complete", dialogue).isTrue();
			}
			for (String role : roles) {
				long of = members.stream().filter((member) -> member.role().equals(role)).count();
				assertThat(group.missingRoles().contains(role)).as("missing role %s in %s", role, dialogue)
					.isEqualTo(of == 0);
				long fixedOf = group.members()
					.stream()
					.filter((member) -> member.fixed() && member.role().equals(role))
					.count();
				assertThat(of).as("seats for %s in %s", role, dialogue)
					.isLessThanOrEqualTo(Math.max(dialogue.seatsPerRole(), fixedOf));
			}
			if (!hasFixed) {
				List<Long> counts = roles.stream()
					.map((role) -> members.stream().filter((member) -> member.role().equals(role)).count())
					.toList();
				assertThat(counts.stream().mapToLong(Long::longValue).max().orElseThrow()
						- counts.stream().mapToLong(Long::longValue).min().orElseThrow())
					.as("balance of %s in %s", counts, dialogue)
					.isLessThanOrEqualTo(1);
			}
			for (Proposal.Member member : group.members()) {
				assertThat(seen.add(member.signUpId())).as("sign-up %d placed once", member.signUpId()).isTrue();
				placedIn.put(member.signUpId(), dialogue.id());
				Candidate candidate = byId.get(member.signUpId());
				assertThat(member.role()).isEqualTo(candidate.role());
				assertThat(member.fixed()).isEqualTo(fixedIn.containsKey(member.signUpId()));
				if (!member.fixed()) {
					assertThat(group.complete()).as("the assistant adds only to groups it completes").isTrue();
					assertThat(roles).contains(candidate.role());
					assertThat(candidate.availability().covers(dialogue.when()))
						.as("sign-up %d available at %s", candidate.signUpId(), dialogue.when())
						.isTrue();
					assertThat(dialogue.fitsPlace(candidate))
						.as("sign-up %d fits mode and region of %s", candidate.signUpId(), dialogue)
						.isTrue();
				}
			}
			for (Proposal.Member one : group.members()) {
				for (Proposal.Member other : group.members()) {
					if (one != other && !(one.fixed() && other.fixed())) {
						assertThat(byId.get(one.signUpId()).mustNotMeet(byId.get(other.signUpId())))
							.as("%d and %d share a case or organisation in %s", one.signUpId(), other.signUpId(),
									dialogue)
							.isFalse();
					}
				}
			}
			List<Long> mustNotMeet = group.members()
				.stream()
				.filter((one) -> group.members()
					.stream()
					.anyMatch((other) -> other != one
							&& byId.get(one.signUpId()).mustNotMeet(byId.get(other.signUpId()))))
				.map(Proposal.Member::signUpId)
				.toList();
			assertThat(group.mustNotMeet()).isEqualTo(mustNotMeet);
		}
		fixedIn.forEach((signUp, dialogue) -> assertThat(placedIn.get(signUp)).as("fixed sign-up %d kept", signUp)
			.isEqualTo(dialogue));
		for (Proposal.Unplaced unplaced : proposal.unplaced()) {
			assertThat(seen.add(unplaced.signUpId())).as("sign-up %d once", unplaced.signUpId()).isTrue();
			Candidate candidate = byId.get(unplaced.signUpId());
			assertThat(roles.contains(candidate.role()))
				.isEqualTo(unplaced.reason() != Proposal.Reason.ROLE_NOT_NEEDED);
			assertThat(unplaced.reason()).as("reason of %s", unplaced)
				.isEqualTo(expectedReason(roles, dialogues, candidate, proposal, byId));
			if (roles.contains(candidate.role())) {
				assertThat(dialogues.stream().anyMatch((dialogue) -> candidate.availability().covers(dialogue.when())))
					.as("reason of %s", unplaced)
					.isEqualTo(unplaced.reason() != Proposal.Reason.NO_DIALOGUE_AT_THEIR_TIMES);
				assertThat(dialogues.stream().anyMatch((dialogue) -> dialogue.suits(candidate)))
					.as("reason of %s", unplaced)
					.isEqualTo(unplaced.reason() != Proposal.Reason.NO_DIALOGUE_AT_THEIR_TIMES
							&& unplaced.reason() != Proposal.Reason.NO_DIALOGUE_IN_THEIR_MODE_OR_REGION);
				for (Proposal.Group group : proposal.groups()) {
					assertThat(couldJoin(roles, candidate, group, byId))
						.as("unplaced sign-up %d could have joined the group in %s", candidate.signUpId(),
								group.dialogue())
						.isFalse();
				}
			}
		}
		assertThat(seen).as("every candidate placed or unplaced").hasSize(candidates.size());
	}

	/** The reason, worked out from the proposal alone. */
	private static Proposal.Reason expectedReason(List<String> roles, List<DialogueSlot> dialogues, Candidate candidate,
			Proposal proposal, Map<Long, Candidate> byId) {
		if (!roles.contains(candidate.role())) {
			return Proposal.Reason.ROLE_NOT_NEEDED;
		}
		if (dialogues.stream().noneMatch((dialogue) -> candidate.availability().covers(dialogue.when()))) {
			return Proposal.Reason.NO_DIALOGUE_AT_THEIR_TIMES;
		}
		if (dialogues.stream().noneMatch((dialogue) -> dialogue.suits(candidate))) {
			return Proposal.Reason.NO_DIALOGUE_IN_THEIR_MODE_OR_REGION;
		}
		List<Proposal.Group> complete = proposal.groups()
			.stream()
			.filter((group) -> group.complete() && group.dialogue().suits(candidate))
			.toList();
		if (complete.isEmpty()) {
			return Proposal.Reason.NO_COMPLETE_GROUP_AT_THEIR_TIMES;
		}
		List<Proposal.Group> withSeat = complete.stream()
			.filter((group) -> group.members()
				.stream()
				.filter((member) -> member.role().equals(candidate.role()))
				.count() < group.dialogue().seatsPerRole())
			.toList();
		if (withSeat.isEmpty()) {
			return Proposal.Reason.ROLE_FULL;
		}
		boolean allShareAKey = withSeat.stream()
			.allMatch((group) -> group.members()
				.stream()
				.anyMatch((member) -> candidate.mustNotMeet(byId.get(member.signUpId()))));
		return allShareAKey ? Proposal.Reason.OWN_CASE_OR_ORGANISATION : Proposal.Reason.GROUP_BALANCE;
	}

	private static boolean couldJoin(List<String> roles, Candidate candidate, Proposal.Group group,
			Map<Long, Candidate> byId) {
		if (!group.complete() || !group.dialogue().suits(candidate)) {
			return false;
		}
		List<Candidate> members = group.members().stream().map((member) -> byId.get(member.signUpId())).toList();
		long ofRole = members.stream().filter((member) -> member.role().equals(candidate.role())).count();
		long least = roles.stream()
			.mapToLong((role) -> members.stream().filter((member) -> member.role().equals(role)).count())
			.min()
			.orElseThrow();
		return ofRole < group.dialogue().seatsPerRole() && ofRole <= least
				&& members.stream().noneMatch(candidate::mustNotMeet);
	}

	private ProposalInvariants() {
	}

}
