package nl.nvp.goedegesprek.project.grouping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * Proposes groups for the dialogues of a national project from its sign-ups: in every
 * proposed group each of the project's roles is present, and everyone can come at that
 * time, in that way (online or in person) and, in person, in that region. People who said
 * they must not sit with someone from their own case or organisation never do. The
 * coordinator adjusts the proposal, fixes people where they want them and asks again; the
 * fixed members stay.
 *
 * <h2>What it optimises, in this order</h2>
 * <ol>
 * <li>As many complete groups as it can find (every required role at least once).</li>
 * <li>Then as many people placed as the seats allow (at most
 * {@link DialogueSlot#seatsPerRole()} of a role per group), without making a group
 * unequal: nobody is added whose role would then count two more than another role of the
 * group (gelijkwaardigheid). Among groups with a seat it prefers the group where the role
 * is behind the others, then the smallest group, so groups grow in whole rounds.</li>
 * </ol>
 *
 * <h2>How</h2> Finding the most complete groups is a set-packing problem (NP-hard once
 * times and exclusions are mixed), so the assistant uses a greedy method with a repair
 * step:
 * <ol>
 * <li><b>Form.</b> Every candidate gets an <i>openness</i>: in how many dialogues still
 * lacking people they could sit. For every such dialogue the assistant looks for the
 * cheapest complete group: one free candidate per missing role, no two sharing a key,
 * with the smallest total openness, so that it takes the fewest chances from other
 * dialogues (a branch-and-bound search, scarcest role first, at most
 * {@value GroupSearch#CHOICE_BUDGET} choices). The dialogue that gets its group first is
 * one with fixed members, then the one whose group is cheapest, then the one with the
 * fewest candidates for its scarcest role, then the earliest. Its group is placed, the
 * openness counted again, and so on until no dialogue can be completed from the free
 * candidates. A dialogue is filled completely or not at all.</li>
 * <li><b>Repair.</b> For each dialogue still incomplete, each missing role is brought in
 * by the shortest chain of moves (breadth-first search over the groups): a free
 * candidate, or a member of another group who can come too and whose place is taken by a
 * free candidate, or by a member of a third group, and so on. Every group on the chain
 * stays complete and every move respects times, place and exclusions. If a role cannot be
 * brought, the dialogue is left as it was. Repeated until no dialogue gets
 * completed.</li>
 * <li><b>Seats.</b> The remaining candidates, the ones with the fewest possible groups
 * first, join complete groups under the seat and balance rules above.</li>
 * </ol>
 * Candidates whose role is not among the project's roles are never placed. Fixed members
 * stay where the coordinator put them, also when their availability does not match; the
 * assistant adds only people who share no key with them. A dialogue with fixed members is
 * always in the proposal, complete or not; the assistant adds to it only to make it
 * complete.
 *
 * <h2>What it does not guarantee</h2> The greatest possible number of groups: the repair
 * moves people for one role at a time, never for several roles together (on thousands of
 * small random projects it found as many groups as an exhaustive search,
 * GroupingAssistantPropertiesTest, but that is evidence, not proof). Nor the best balance
 * between groups. Fixed members are not checked against each other: the coordinator's
 * choice stands, and {@link Proposal.Group#mustNotMeet()} says when they share a key. It
 * never proposes a new dialogue: it fills the dialogue slots it is given, so the
 * coordinator plans (or sketches) dates first.
 *
 * <h2>Determinism and cost</h2> Candidates are taken by sign-up id and dialogues by time
 * and id, whatever the order of the input, and every choice has a final tie-break on
 * those, so the same sign-ups give the same proposal. With <i>n</i> candidates, <i>d</i>
 * dialogues, <i>k</i> roles and a search budget <i>B</i>, forming costs O(d² · k · (n +
 * B)), one repair chain O(d · n · k) with at most d · k chains a round, and the seats O(n
 * · d · k) a round. 400 sign-ups over 60 dialogues take tens of milliseconds
 * (GroupingAssistantPerformanceTest). See decision 46.
 */
public final class GroupingAssistant {

	/**
	 * @param roles the roles a dialogue of the project is made of, in the order to show
	 * them; at least one, no duplicates
	 * @param dialogues the dialogues to fill, ids unique
	 * @param candidates the sign-ups, ids unique
	 * @param fixed members the coordinator put in a dialogue; each sign-up at most once
	 * @return groups by dialogue (time, then id) and unplaced candidates by sign-up id
	 */
	public static Proposal propose(List<String> roles, List<DialogueSlot> dialogues, List<Candidate> candidates,
			List<FixedMember> fixed) {
		if (roles.isEmpty() || new HashSet<>(roles).size() != roles.size()) {
			throw new IllegalArgumentException("At least one role, each once");
		}
		Candidate[] people = candidates.stream()
			.sorted(Comparator.comparingLong(Candidate::signUpId))
			.toArray(Candidate[]::new);
		DialogueSlot[] slots = dialogues.stream()
			.sorted(Comparator.comparing(DialogueSlot::when).thenComparingLong(DialogueSlot::id))
			.toArray(DialogueSlot[]::new);
		Map<Long, Integer> personIndex = index(people.length, (i) -> people[i].signUpId(), "sign-up");
		Map<Long, Integer> slotIndex = index(slots.length, (j) -> slots[j].id(), "dialogue");
		GroupSearch search = new GroupSearch(List.copyOf(roles), people, slots);
		for (FixedMember member : fixed) {
			Integer person = personIndex.get(member.signUpId());
			Integer slot = slotIndex.get(member.dialogueId());
			if (person == null || slot == null) {
				throw new IllegalArgumentException("Fixed member " + member + " names an unknown sign-up or dialogue");
			}
			if (search.groupOf(person) >= 0) {
				throw new IllegalArgumentException("Sign-up " + member.signUpId() + " fixed twice");
			}
			search.fix(person, slot);
		}
		search.formGroups();
		search.repair();
		search.addSeats();
		return proposal(roles, people, slots, search);
	}

	private static Map<Long, Integer> index(int size, IntToLongFunction id, String what) {
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < size; i++) {
			if (index.put(id.applyAsLong(i), i) != null) {
				throw new IllegalArgumentException("Two " + what + "s with id " + id.applyAsLong(i));
			}
		}
		return index;
	}

	private static Proposal proposal(List<String> roles, Candidate[] people, DialogueSlot[] slots, GroupSearch search) {
		List<Proposal.Group> groups = new ArrayList<>();
		for (int j = 0; j < slots.length; j++) {
			List<Integer> members = new ArrayList<>(search.members(j));
			if (members.isEmpty()) {
				continue;
			}
			members.sort(Comparator
				.<Integer>comparingInt((i) -> (search.roleOf(i) >= 0) ? search.roleOf(i) : Integer.MAX_VALUE)
				.thenComparingInt((i) -> i));
			List<String> missing = new ArrayList<>();
			for (int r = 0; r < roles.size(); r++) {
				if (search.count(j, r) == 0) {
					missing.add(roles.get(r));
				}
			}
			List<Long> mustNotMeet = members.stream()
				.filter((i) -> members.stream().anyMatch((other) -> search.mustNotMeet(i, other)))
				.map((i) -> people[i].signUpId())
				.toList();
			groups.add(new Proposal.Group(slots[j],
					members.stream()
						.map((i) -> new Proposal.Member(people[i].signUpId(), people[i].role(), search.isFixed(i)))
						.toList(),
					missing, mustNotMeet));
		}
		List<Proposal.Unplaced> unplaced = new ArrayList<>();
		for (int i = 0; i < people.length; i++) {
			if (search.groupOf(i) < 0) {
				unplaced.add(new Proposal.Unplaced(people[i].signUpId(), reason(i, people[i], slots, search)));
			}
		}
		return new Proposal(groups, unplaced);
	}

	private static Proposal.Reason reason(int person, Candidate candidate, DialogueSlot[] slots, GroupSearch search) {
		int role = search.roleOf(person);
		if (role < 0) {
			return Proposal.Reason.ROLE_NOT_NEEDED;
		}
		boolean atTheirTimes = false;
		boolean suits = false;
		boolean complete = false;
		boolean seat = false;
		boolean openToThem = false;
		for (int j = 0; j < slots.length; j++) {
			if (!candidate.availability().covers(slots[j].when())) {
				continue;
			}
			atTheirTimes = true;
			if (!slots[j].fitsPlace(candidate)) {
				continue;
			}
			suits = true;
			if (!search.isComplete(j)) {
				continue;
			}
			complete = true;
			if (!search.hasSeat(j, role)) {
				continue;
			}
			seat = true;
			openToThem |= !search.conflictsWith(person, j, -1);
		}
		if (!atTheirTimes) {
			return Proposal.Reason.NO_DIALOGUE_AT_THEIR_TIMES;
		}
		if (!suits) {
			return Proposal.Reason.NO_DIALOGUE_IN_THEIR_MODE_OR_REGION;
		}
		if (!complete) {
			return Proposal.Reason.NO_COMPLETE_GROUP_AT_THEIR_TIMES;
		}
		if (!seat) {
			return Proposal.Reason.ROLE_FULL;
		}
		return openToThem ? Proposal.Reason.GROUP_BALANCE : Proposal.Reason.OWN_CASE_OR_ORGANISATION;
	}

	private GroupingAssistant() {
	}

}
