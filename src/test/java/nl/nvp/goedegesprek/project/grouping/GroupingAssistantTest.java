package nl.nvp.goedegesprek.project.grouping;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroupingAssistantTest {

	private static final String FOSTER_PARENT = "FOSTER_PARENT";

	private static final String PARENT = "PARENT";

	private static final String WORKER = "WORKER";

	private static final List<String> ROLES = List.of(FOSTER_PARENT, PARENT, WORKER);

	/** Tuesday 2 March 2027. */
	private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 2);

	private static final Slot TUESDAY_EVENING = new Slot(TUESDAY, PartOfDay.EVENING);

	private static final Slot WEDNESDAY_EVENING = new Slot(TUESDAY.plusDays(1), PartOfDay.EVENING);

	private static final Slot THURSDAY_EVENING = new Slot(TUESDAY.plusDays(2), PartOfDay.EVENING);

	private static DialogueSlot online(long id, Slot when, int seatsPerRole) {
		return new DialogueSlot(id, when, Mode.ONLINE, null, seatsPerRole);
	}

	private static DialogueSlot inPerson(long id, Slot when, String region) {
		return new DialogueSlot(id, when, Mode.IN_PERSON, region, 2);
	}

	private static Candidate person(long id, String role, Slot... when) {
		return new Candidate(id, role, Availability.on(when), Mode.EITHER, "GR10", Set.of());
	}

	private static Candidate person(long id, String role, Set<String> keys, Slot... when) {
		return new Candidate(id, role, Availability.on(when), Mode.EITHER, "GR10", keys);
	}

	private static Candidate person(long id, String role, Mode mode, String region, Slot... when) {
		return new Candidate(id, role, Availability.on(when), mode, region, Set.of());
	}

	private static Proposal propose(List<DialogueSlot> dialogues, List<Candidate> candidates, FixedMember... fixed) {
		return propose(ROLES, dialogues, candidates, fixed);
	}

	private static Proposal propose(List<String> roles, List<DialogueSlot> dialogues, List<Candidate> candidates,
			FixedMember... fixed) {
		Proposal proposal = GroupingAssistant.propose(roles, dialogues, candidates, List.of(fixed));
		ProposalInvariants.check(roles, dialogues, candidates, List.of(fixed), proposal);
		return proposal;
	}

	/** Per dialogue id, the sign-up ids of its group. */
	private static Map<Long, List<Long>> groups(Proposal proposal) {
		return proposal.groups()
			.stream()
			.collect(Collectors.toMap((group) -> group.dialogue().id(),
					(group) -> group.members().stream().map(Proposal.Member::signUpId).sorted().toList()));
	}

	private static Map<Long, Proposal.Reason> reasons(Proposal proposal) {
		return proposal.unplaced()
			.stream()
			.collect(Collectors.toMap(Proposal.Unplaced::signUpId, Proposal.Unplaced::reason));
	}

	// Role coverage

	@Test
	void proposesAGroupOnlyWhenEveryRoleIsPresent() {
		Proposal proposal = propose(List.of(online(1, TUESDAY_EVENING, 2), online(2, WEDNESDAY_EVENING, 2)),
				List.of(person(11, FOSTER_PARENT, TUESDAY_EVENING), person(12, PARENT, TUESDAY_EVENING),
						person(13, WORKER, TUESDAY_EVENING), person(21, FOSTER_PARENT, WEDNESDAY_EVENING),
						person(23, WORKER, WEDNESDAY_EVENING)));
		assertThat(groups(proposal)).isEqualTo(Map.of(1L, List.of(11L, 12L, 13L)));
		assertThat(proposal.groups().get(0).members()).extracting(Proposal.Member::role)
			.containsExactly(FOSTER_PARENT, PARENT, WORKER);
		assertThat(reasons(proposal)).isEqualTo(Map.of(21L, Proposal.Reason.NO_COMPLETE_GROUP_AT_THEIR_TIMES, 23L,
				Proposal.Reason.NO_COMPLETE_GROUP_AT_THEIR_TIMES));
	}

	@Test
	void aRoleTheProjectDoesNotNeedIsNotPlaced() {
		Proposal proposal = propose(List.of(online(1, TUESDAY_EVENING, 2)),
				List.of(person(11, FOSTER_PARENT, TUESDAY_EVENING), person(12, PARENT, TUESDAY_EVENING),
						person(13, WORKER, TUESDAY_EVENING), person(14, "POLICYMAKER", TUESDAY_EVENING)));
		assertThat(groups(proposal)).isEqualTo(Map.of(1L, List.of(11L, 12L, 13L)));
		assertThat(reasons(proposal)).isEqualTo(Map.of(14L, Proposal.Reason.ROLE_NOT_NEEDED));
	}

	// Availability

	@Test
	void nobodyIsPlacedAtATimeTheyDidNotGive() {
		Slot tuesdayMorning = new Slot(TUESDAY, PartOfDay.MORNING);
		Proposal proposal = propose(
				List.of(online(1, tuesdayMorning, 2), online(2, TUESDAY_EVENING, 2), online(3, WEDNESDAY_EVENING, 2)),
				List.of(person(11, FOSTER_PARENT, TUESDAY_EVENING), person(12, PARENT, TUESDAY_EVENING),
						person(13, WORKER, TUESDAY_EVENING), person(14, FOSTER_PARENT, tuesdayMorning),
						person(15, PARENT, new Slot(TUESDAY.plusDays(7), PartOfDay.MORNING)),
						person(16, WORKER, WEDNESDAY_EVENING, tuesdayMorning)));
		assertThat(groups(proposal)).isEqualTo(Map.of(2L, List.of(11L, 12L, 13L)));
		assertThat(reasons(proposal)).isEqualTo(Map.of(14L, Proposal.Reason.NO_COMPLETE_GROUP_AT_THEIR_TIMES, 15L,
				Proposal.Reason.NO_DIALOGUE_AT_THEIR_TIMES, 16L, Proposal.Reason.NO_COMPLETE_GROUP_AT_THEIR_TIMES));
	}

	@Test
	void partsOfTheWeekMatchEveryDialogueOnThatWeekdayAndPartOfTheDay() {
		Availability tuesdayEvenings = Availability.every(new WeeklySlot(DayOfWeek.TUESDAY, PartOfDay.EVENING));
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			for (String role : ROLES) {
				candidates
					.add(new Candidate(10 + candidates.size(), role, tuesdayEvenings, Mode.ONLINE, "GR10", Set.of()));
			}
		}
		Slot nextTuesdayEvening = new Slot(TUESDAY.plusWeeks(1), PartOfDay.EVENING);
		Proposal proposal = propose(List.of(online(1, new Slot(TUESDAY, PartOfDay.AFTERNOON), 1),
				online(2, WEDNESDAY_EVENING, 1), online(3, TUESDAY_EVENING, 1), online(4, nextTuesdayEvening, 1)),
				candidates);
		assertThat(proposal.groups()).extracting((group) -> group.dialogue().id()).containsExactly(3L, 4L);
		assertThat(proposal.unplaced()).isEmpty();
		assertThat(new Availability(Set.of(WEDNESDAY_EVENING),
				Set.of(new WeeklySlot(DayOfWeek.TUESDAY, PartOfDay.EVENING)))
			.covers(nextTuesdayEvening)).isTrue();
	}

	// Mode and region

	@Test
	void inPersonOnlyInTheirOwnRegionAndOnlineFromAnywhere() {
		Proposal proposal = propose(
				List.of(inPerson(1, TUESDAY_EVENING, "GR10"), online(2, WEDNESDAY_EVENING, 2),
						inPerson(3, THURSDAY_EVENING, null)),
				List.of(person(11, FOSTER_PARENT, Mode.IN_PERSON, "GR20", TUESDAY_EVENING, WEDNESDAY_EVENING),
						person(12, FOSTER_PARENT, Mode.ONLINE, "GR20", TUESDAY_EVENING, WEDNESDAY_EVENING),
						person(13, PARENT, Mode.EITHER, "GR10", TUESDAY_EVENING, WEDNESDAY_EVENING),
						person(14, PARENT, Mode.EITHER, "GR30", TUESDAY_EVENING, WEDNESDAY_EVENING),
						person(15, WORKER, Mode.IN_PERSON, "GR10", TUESDAY_EVENING),
						person(16, WORKER, Mode.ONLINE, "GR40", WEDNESDAY_EVENING),
						person(17, FOSTER_PARENT, Mode.IN_PERSON, "GR10", TUESDAY_EVENING),
						person(18, PARENT, Mode.IN_PERSON, null, TUESDAY_EVENING),
						person(31, FOSTER_PARENT, Mode.IN_PERSON, "GR50", THURSDAY_EVENING),
						person(32, PARENT, Mode.IN_PERSON, null, THURSDAY_EVENING),
						person(33, WORKER, Mode.IN_PERSON, "GR60", THURSDAY_EVENING)));
		assertThat(groups(proposal))
			.isEqualTo(Map.of(1L, List.of(13L, 15L, 17L), 2L, List.of(12L, 14L, 16L), 3L, List.of(31L, 32L, 33L)));
		assertThat(reasons(proposal)).isEqualTo(Map.of(11L, Proposal.Reason.NO_DIALOGUE_IN_THEIR_MODE_OR_REGION, 18L,
				Proposal.Reason.NO_DIALOGUE_IN_THEIR_MODE_OR_REGION));
	}

	// Never with someone of their own case or organisation

	@Test
	void neverWithSomeoneOfTheirOwnCase() {
		Proposal proposal = propose(List.of(online(1, TUESDAY_EVENING, 2)),
				List.of(person(1, FOSTER_PARENT, Set.of("case-1"), TUESDAY_EVENING),
						person(2, PARENT, Set.of("case-1"), TUESDAY_EVENING), person(3, PARENT, TUESDAY_EVENING),
						person(4, WORKER, TUESDAY_EVENING)));
		assertThat(groups(proposal)).isEqualTo(Map.of(1L, List.of(1L, 3L, 4L)));
		assertThat(reasons(proposal)).isEqualTo(Map.of(2L, Proposal.Reason.OWN_CASE_OR_ORGANISATION));
	}

	@Test
	void exclusionsAreNotPassedOnButEachIsKept() {
		// A and B share a case, B and C an organisation: A may meet C, B meets neither.
		Candidate a = person(1, FOSTER_PARENT, Set.of("case-1"), TUESDAY_EVENING);
		Candidate b = person(2, PARENT, Set.of("case-1", "org-2"), TUESDAY_EVENING);
		Candidate c = person(3, WORKER, Set.of("org-2"), TUESDAY_EVENING);
		List<Candidate> candidates = List.of(a, b, c, person(4, FOSTER_PARENT, TUESDAY_EVENING),
				person(5, PARENT, TUESDAY_EVENING), person(6, WORKER, TUESDAY_EVENING));
		Proposal proposal = propose(List.of(online(1, TUESDAY_EVENING, 1), online(2, TUESDAY_EVENING, 1)), candidates);
		assertThat(groups(proposal)).isEqualTo(Map.of(1L, List.of(1L, 3L, 5L), 2L, List.of(2L, 4L, 6L)));

		Proposal oneDialogue = propose(List.of(online(1, TUESDAY_EVENING, 2)),
				List.of(a, b, c, person(5, PARENT, TUESDAY_EVENING)));
		assertThat(groups(oneDialogue)).isEqualTo(Map.of(1L, List.of(1L, 3L, 5L)));
		assertThat(reasons(oneDialogue)).isEqualTo(Map.of(2L, Proposal.Reason.OWN_CASE_OR_ORGANISATION));
	}

	@Test
	void colleaguesOfOneOrganisationAreSpreadOverTheGroups() {
		List<DialogueSlot> dialogues = List.of(online(1, TUESDAY_EVENING, 2), online(2, TUESDAY_EVENING, 2),
				online(3, WEDNESDAY_EVENING, 2), online(4, THURSDAY_EVENING, 2));
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			candidates.add(person(10 + i, FOSTER_PARENT, TUESDAY_EVENING, WEDNESDAY_EVENING, THURSDAY_EVENING));
			candidates.add(person(20 + i, PARENT, TUESDAY_EVENING, WEDNESDAY_EVENING, THURSDAY_EVENING));
		}
		for (int i = 0; i < 7; i++) {
			candidates
				.add(person(30 + i, WORKER, Set.of("org-jb"), TUESDAY_EVENING, WEDNESDAY_EVENING, THURSDAY_EVENING));
		}
		// Three foster parents of one foster-care organisation as well.
		candidates.set(0,
				person(10, FOSTER_PARENT, Set.of("org-pz"), TUESDAY_EVENING, WEDNESDAY_EVENING, THURSDAY_EVENING));
		candidates.set(2,
				person(11, FOSTER_PARENT, Set.of("org-pz"), TUESDAY_EVENING, WEDNESDAY_EVENING, THURSDAY_EVENING));
		candidates.set(4,
				person(12, FOSTER_PARENT, Set.of("org-pz"), TUESDAY_EVENING, WEDNESDAY_EVENING, THURSDAY_EVENING));
		Proposal proposal = propose(dialogues, candidates);
		assertThat(proposal.groups()).hasSize(4);
		for (Proposal.Group group : proposal.groups()) {
			assertThat(group.members()).filteredOn((member) -> member.role().equals(WORKER)).hasSize(1);
			assertThat(group.members().stream().filter((member) -> member.signUpId() >= 10 && member.signUpId() <= 12))
				.hasSizeLessThanOrEqualTo(1);
		}
		assertThat(reasons(proposal)).hasSize(3)
			.containsOnlyKeys(34L, 35L, 36L)
			.containsValues(Proposal.Reason.OWN_CASE_OR_ORGANISATION);
	}

	// Most groups

	@Test
	void movesSomeoneToWhereOnlyTheyCompleteAGroup() {
		// Foster parent 1 can come on Tuesday and Wednesday, 2 on Tuesday and Thursday, 3
		// only
		// on Thursday; one parent per evening. Three groups only if 2 goes on Tuesday, 1
		// on
		// Wednesday and 3 on Thursday.
		List<String> roles = List.of(FOSTER_PARENT, PARENT);
		Proposal proposal = propose(roles,
				List.of(online(1, TUESDAY_EVENING, 1), online(2, WEDNESDAY_EVENING, 1), online(3, THURSDAY_EVENING, 1)),
				List.of(person(1, FOSTER_PARENT, TUESDAY_EVENING, WEDNESDAY_EVENING),
						person(2, FOSTER_PARENT, TUESDAY_EVENING, THURSDAY_EVENING),
						person(3, FOSTER_PARENT, THURSDAY_EVENING), person(11, PARENT, TUESDAY_EVENING),
						person(12, PARENT, WEDNESDAY_EVENING), person(13, PARENT, THURSDAY_EVENING)));
		assertThat(groups(proposal))
			.isEqualTo(Map.of(1L, List.of(2L, 11L), 2L, List.of(1L, 12L), 3L, List.of(3L, 13L)));
	}

	// Fixed members

	@Test
	void keepsWhomTheCoordinatorFixedAndBuildsAroundThem() {
		List<DialogueSlot> dialogues = List.of(online(1, TUESDAY_EVENING, 1), online(2, WEDNESDAY_EVENING, 1));
		List<Candidate> candidates = List.of(person(1, FOSTER_PARENT, WEDNESDAY_EVENING),
				person(2, FOSTER_PARENT, TUESDAY_EVENING, WEDNESDAY_EVENING),
				person(3, PARENT, TUESDAY_EVENING, WEDNESDAY_EVENING),
				person(4, PARENT, TUESDAY_EVENING, WEDNESDAY_EVENING),
				person(5, WORKER, TUESDAY_EVENING, WEDNESDAY_EVENING),
				person(6, WORKER, TUESDAY_EVENING, WEDNESDAY_EVENING));
		Proposal first = propose(dialogues, candidates);
		assertThat(first.groups()).hasSize(2);
		assertThat(groups(first).get(1L)).doesNotContain(1L);

		// The coordinator agreed with 1 on the phone that Tuesday works after all.
		Proposal adjusted = propose(dialogues, candidates, new FixedMember(1, 1));
		assertThat(groups(adjusted).get(1L)).contains(1L).hasSize(3);
		assertThat(groups(adjusted).get(2L)).contains(2L).hasSize(3);
		assertThat(adjusted.groups().get(0).members()).filteredOn(Proposal.Member::fixed)
			.extracting(Proposal.Member::signUpId)
			.containsExactly(1L);
	}

	@Test
	void nobodyJoinsAFixedMemberOfTheirOwnCase() {
		Proposal proposal = propose(List.of(online(1, TUESDAY_EVENING, 2)),
				List.of(person(1, FOSTER_PARENT, Set.of("case-9"), WEDNESDAY_EVENING),
						person(2, PARENT, Set.of("case-9"), TUESDAY_EVENING), person(3, PARENT, TUESDAY_EVENING),
						person(4, WORKER, TUESDAY_EVENING)),
				new FixedMember(1, 1));
		assertThat(groups(proposal)).isEqualTo(Map.of(1L, List.of(1L, 3L, 4L)));
		assertThat(reasons(proposal)).isEqualTo(Map.of(2L, Proposal.Reason.OWN_CASE_OR_ORGANISATION));
	}

	@Test
	void aFixedGroupThatCannotBeCompletedStaysAsItIsAndSaysWhatIsMissing() {
		Proposal proposal = propose(
				List.of(online(1, TUESDAY_EVENING, 2)), List.of(person(1, FOSTER_PARENT, TUESDAY_EVENING),
						person(2, FOSTER_PARENT, TUESDAY_EVENING), person(3, WORKER, TUESDAY_EVENING)),
				new FixedMember(1, 1));
		assertThat(proposal.groups()).singleElement().satisfies((group) -> {
			assertThat(group.members()).containsExactly(new Proposal.Member(1, FOSTER_PARENT, true));
			assertThat(group.complete()).isFalse();
			assertThat(group.missingRoles()).containsExactly(PARENT, WORKER);
		});
		assertThat(reasons(proposal)).isEqualTo(Map.of(2L, Proposal.Reason.NO_COMPLETE_GROUP_AT_THEIR_TIMES, 3L,
				Proposal.Reason.NO_COMPLETE_GROUP_AT_THEIR_TIMES));
	}

	@Test
	void saysWhenFixedMembersMustNotMeet() {
		Proposal proposal = propose(List.of(online(1, TUESDAY_EVENING, 1)),
				List.of(person(1, FOSTER_PARENT, Set.of("org-1"), TUESDAY_EVENING), person(2, PARENT, TUESDAY_EVENING),
						person(3, WORKER, Set.of("org-1", "case-4"), TUESDAY_EVENING)),
				new FixedMember(1, 1), new FixedMember(3, 1));
		assertThat(proposal.groups()).singleElement().satisfies((group) -> {
			assertThat(group.members()).extracting(Proposal.Member::signUpId).containsExactly(1L, 2L, 3L);
			assertThat(group.mustNotMeet()).containsExactly(1L, 3L);
		});
	}

	// Seats and balance

	@Test
	void neverMoreOfARoleThanItsSeats() {
		List<Candidate> candidates = List.of(person(1, FOSTER_PARENT, TUESDAY_EVENING),
				person(2, FOSTER_PARENT, TUESDAY_EVENING), person(3, FOSTER_PARENT, TUESDAY_EVENING),
				person(4, PARENT, TUESDAY_EVENING), person(5, PARENT, TUESDAY_EVENING),
				person(6, WORKER, TUESDAY_EVENING), person(7, WORKER, TUESDAY_EVENING));
		Proposal one = propose(List.of(online(1, TUESDAY_EVENING, 1)), candidates);
		assertThat(groups(one)).isEqualTo(Map.of(1L, List.of(1L, 4L, 6L)));
		assertThat(reasons(one)).containsOnlyKeys(2L, 3L, 5L, 7L).containsValues(Proposal.Reason.ROLE_FULL);
		assertThat(Set.copyOf(reasons(one).values())).containsExactly(Proposal.Reason.ROLE_FULL);

		Proposal two = propose(List.of(online(1, TUESDAY_EVENING, 2)), candidates);
		assertThat(groups(two)).isEqualTo(Map.of(1L, List.of(1L, 2L, 4L, 5L, 6L, 7L)));
		assertThat(reasons(two)).isEqualTo(Map.of(3L, Proposal.Reason.ROLE_FULL));
	}

	@Test
	void noRoleOutnumbersAnotherByTwo() {
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			candidates.add(person(i, FOSTER_PARENT, TUESDAY_EVENING));
		}
		candidates.add(person(11, PARENT, TUESDAY_EVENING));
		candidates.add(person(21, WORKER, TUESDAY_EVENING));
		Proposal proposal = propose(List.of(online(1, TUESDAY_EVENING, 3)), candidates);
		assertThat(groups(proposal)).isEqualTo(Map.of(1L, List.of(1L, 2L, 11L, 21L)));
		assertThat(reasons(proposal)).isEqualTo(Map.of(3L, Proposal.Reason.GROUP_BALANCE, 4L,
				Proposal.Reason.GROUP_BALANCE, 5L, Proposal.Reason.GROUP_BALANCE));
	}

	@Test
	void aSecondRoundFillsOneGroupEvenlyRatherThanTwoUnevenly() {
		List<Candidate> candidates = new ArrayList<>();
		for (String role : ROLES) {
			for (int i = 0; i < 3; i++) {
				candidates.add(person(10 * (ROLES.indexOf(role) + 1) + i, role, TUESDAY_EVENING));
			}
		}
		Proposal proposal = propose(List.of(online(1, TUESDAY_EVENING, 2), online(2, TUESDAY_EVENING, 2)), candidates);
		assertThat(proposal.groups()).extracting((group) -> group.members().size()).containsExactlyInAnyOrder(6, 3);
		assertThat(proposal.unplaced()).isEmpty();
	}

	// Determinism and input

	@Test
	void theSameSignUpsGiveTheSameProposalInAnyOrder() {
		RandomProject project = RandomProject.of(7, 150, 20, 3, 2);
		Proposal first = GroupingAssistant.propose(project.roles(), project.dialogues(), project.candidates(),
				List.of());
		assertThat(first.groups()).hasSizeGreaterThan(5);
		for (long seed = 1; seed <= 5; seed++) {
			List<Candidate> candidates = new ArrayList<>(project.candidates());
			List<DialogueSlot> dialogues = new ArrayList<>(project.dialogues());
			Collections.shuffle(candidates, new Random(seed));
			Collections.shuffle(dialogues, new Random(seed));
			assertThat(GroupingAssistant.propose(project.roles(), dialogues, candidates, List.of())).isEqualTo(first);
		}
	}

	@Test
	void refusesInputThatNamesThingsTwiceOrNotAtAll() {
		List<DialogueSlot> dialogues = List.of(online(1, TUESDAY_EVENING, 1));
		List<Candidate> candidates = List.of(person(1, PARENT, TUESDAY_EVENING));
		assertThatIllegalArgumentException().isThrownBy(() -> GroupingAssistant.propose(ROLES, dialogues,
				List.of(person(1, PARENT, TUESDAY_EVENING), person(1, WORKER, TUESDAY_EVENING)), List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> GroupingAssistant.propose(ROLES,
				List.of(online(1, TUESDAY_EVENING, 1), online(1, WEDNESDAY_EVENING, 1)), candidates, List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GroupingAssistant.propose(ROLES, dialogues, candidates, List.of(new FixedMember(1, 2))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GroupingAssistant.propose(ROLES, dialogues, candidates, List.of(new FixedMember(2, 1))));
		assertThatIllegalArgumentException().isThrownBy(() -> GroupingAssistant.propose(ROLES, dialogues, candidates,
				List.of(new FixedMember(1, 1), new FixedMember(1, 1))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GroupingAssistant.propose(List.of(), dialogues, candidates, List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GroupingAssistant.propose(List.of(PARENT, PARENT), dialogues, candidates, List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DialogueSlot(1, TUESDAY_EVENING, Mode.EITHER, null, 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DialogueSlot(1, TUESDAY_EVENING, Mode.ONLINE, null, 0));
	}

}
