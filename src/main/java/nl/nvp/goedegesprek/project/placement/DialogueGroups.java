package nl.nvp.goedegesprek.project.placement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import nl.nvp.goedegesprek.meeting.MeetingPlacements;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.grouping.Availability;
import nl.nvp.goedegesprek.project.grouping.Candidate;
import nl.nvp.goedegesprek.project.grouping.DialogueSlot;
import nl.nvp.goedegesprek.project.grouping.FixedMember;
import nl.nvp.goedegesprek.project.grouping.GroupingAssistant;
import nl.nvp.goedegesprek.project.grouping.Mode;
import nl.nvp.goedegesprek.project.grouping.PartOfDay;
import nl.nvp.goedegesprek.project.grouping.Proposal;
import nl.nvp.goedegesprek.project.grouping.Slot;
import nl.nvp.goedegesprek.project.grouping.WeeklySlot;
import nl.nvp.goedegesprek.region.RegionSummary;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' grouping of a national project's confirmed sign-ups into its planned
 * dialogues (issue 17, decision 49): the grouping assistant proposes, the coordinator
 * moves and fixes people, and confirms a dialogue's group, which registers its members at
 * the meeting through the meeting module ({@link MeetingPlacements}). The draft lives in
 * {@code project_group_member}. Every change locks the project's row first, so that
 * changes to one project's grouping happen one at a time (a double click, two tabs and
 * two coordinators alike).
 */
@Service
@Transactional
class DialogueGroups {

	/** The most of one role per group when the dialogue has no quota for the roles. */
	static final int DEFAULT_SEATS_PER_ROLE = 2;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final MeetingPlacements meetings;

	private final Regions regions;

	private final MessageSource messages;

	private final Clock clock;

	private final ProjectTrajectories projects;

	DialogueGroups(EntityManager entityManager, JdbcClient jdbc, MeetingPlacements meetings, Regions regions,
			MessageSource messages, Clock clock, ProjectTrajectories projects) {
		this.projects = projects;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	/** A confirmed sign-up with what grouping and placing need. */
	private record SignUp(long id, String name, String email, ParticipantRole role, String regionCode,
			String organisation, Mode mode, boolean needsAccessibility, boolean needsInterpreter,
			boolean needsTravelCosts, boolean needsChildcare, String supportNote, String language,
			String privacyVersion, String ageGroup, Instant guardianConsentedAt, String consentTextVersion,
			Set<String> keys, Set<Slot> dates, Set<WeeklySlot> weekly) {

		Candidate candidate() {
			return new Candidate(this.id, this.role.name(), new Availability(this.dates, this.weekly), this.mode,
					this.regionCode, this.keys);
		}

		List<String> needs() {
			List<String> needs = new ArrayList<>();
			if (this.needsAccessibility) {
				needs.add("public.needsAccessibility");
			}
			if (this.needsInterpreter) {
				needs.add("public.needsInterpreter");
			}
			if (this.needsTravelCosts) {
				needs.add("public.needsTravelCosts");
			}
			if (this.needsChildcare) {
				needs.add("public.needsChildcare");
			}
			return needs;
		}

		@Override
		public String toString() {
			return "SignUp[" + this.id + "]";
		}

	}

	/** A row of the draft. */
	private record Row(long signUpId, Long meetingId, boolean fixed, String reason, Long registrationId) {
	}

	/** Where someone stands now. */
	private enum Standing {

		/** In a dialogue's group, not confirmed yet. */
		DRAFT,
		/** Has a place at an upcoming dialogue. */
		CONFIRMED,
		/** Cancelled their place at a dialogue: not placed until the coordinator says. */
		CANCELLED,
		/** Has (had) a place at a dialogue that has started or taken place. */
		TOOK_PART,
		/** Not placed. */
		FREE

	}

	/** Everything the page and the actions work from: a fixed number of statements. */
	private record State(List<ParticipantRole> roles, List<MeetingPlacements.Dialogue> dialogues,
			Map<Long, String> dialogueRegions, Map<Long, SignUp> signUps, Map<Long, Row> rows,
			Map<Long, Boolean> registered) {

		/** The assistant's view of a dialogue, with its region when it is in person. */
		DialogueSlot slot(MeetingPlacements.Dialogue dialogue) {
			return DialogueGroups.slot(dialogue, this.roles, this.dialogueRegions.get(dialogue.id()));
		}

		Optional<MeetingPlacements.Dialogue> dialogue(Long id) {
			return this.dialogues.stream().filter((dialogue) -> Objects.equals(dialogue.id(), id)).findFirst();
		}

		Standing standing(long signUpId) {
			Row row = this.rows.get(signUpId);
			if (row == null) {
				return Standing.FREE;
			}
			boolean upcoming = dialogue(row.meetingId()).isPresent();
			if (row.registrationId() != null) {
				Boolean meetingCancelled = this.registered.get(row.registrationId());
				if (meetingCancelled == null) {
					return Standing.CANCELLED;
				}
				if (meetingCancelled) {
					// The dialogue did not go ahead: the person is free to be placed
					// again.
					return Standing.FREE;
				}
				return upcoming ? Standing.CONFIRMED : Standing.TOOK_PART;
			}
			return (row.meetingId() != null && upcoming) ? Standing.DRAFT : Standing.FREE;
		}

	}

	private State state(long projectId) {
		List<ParticipantRole> roles = new ArrayList<>();
		rows("select role from national_project_role where trajectory_id = ?1", projectId).stream()
			.map((row) -> ParticipantRole.valueOf((String) row[0]))
			.sorted()
			.forEach(roles::add);
		List<MeetingPlacements.Dialogue> dialogues = this.meetings.upcomingDialogues(projectId);
		Map<Long, String> dialogueRegions = new HashMap<>();
		rows("select meeting_id, region_code from project_dialogue_region where trajectory_id = ?1", projectId)
			.forEach((row) -> dialogueRegions.put(((Number) row[0]).longValue(), (String) row[1]));
		Map<Long, Set<Slot>> dates = new HashMap<>();
		rows("""
				select d.sign_up_id, d.available_on::text from project_sign_up_date d
				join project_sign_up s on s.id = d.sign_up_id
				where s.trajectory_id = ?1 and s.status = 'CONFIRMED'""", projectId).forEach((row) -> {
			LocalDate day = LocalDate.parse((String) row[1]);
			Set<Slot> slots = dates.computeIfAbsent(((Number) row[0]).longValue(), (key) -> new HashSet<>());
			for (PartOfDay part : PartOfDay.values()) {
				slots.add(new Slot(day, part));
			}
		});
		Map<Long, Set<WeeklySlot>> weekly = new HashMap<>();
		rows("""
				select w.sign_up_id, w.weekday, w.part from project_sign_up_week_part w
				join project_sign_up s on s.id = w.sign_up_id
				where s.trajectory_id = ?1 and s.status = 'CONFIRMED'""", projectId)
			.forEach((row) -> weekly.computeIfAbsent(((Number) row[0]).longValue(), (key) -> new HashSet<>())
				.add(new WeeklySlot(DayOfWeek.of(((Number) row[1]).intValue()), PartOfDay.valueOf((String) row[2]))));
		Map<Long, SignUp> signUps = new LinkedHashMap<>();
		rows("""
				select s.id, s.name, s.email, s.role, s.region_code, s.organisation, s.mode, s.needs_accessibility,
				  s.needs_interpreter, s.needs_travel_costs, s.needs_childcare, s.support_note, s.language,
				  s.privacy_version, s.case_hash, s.organisation_hash, s.age_group, c.decided_at, c.text_version
				from project_sign_up s
				left join project_sign_up_consent c on c.sign_up_id = s.id and c.decision = 'GIVEN'
				where s.trajectory_id = ?1 and s.status = 'CONFIRMED' and s.email is not null
				  and (s.age_group is null or s.age_group not in ('UNDER_12', 'FROM_12_TO_16') or c.decided_at is not null)
				order by lower(s.name), s.id""",
				projectId)
			.forEach((row) -> {
				long id = ((Number) row[0]).longValue();
				Set<String> keys = new HashSet<>();
				if (row[14] != null) {
					keys.add("c" + row[14]);
				}
				if (row[15] != null) {
					keys.add("o" + row[15]);
				}
				signUps.put(id,
						new SignUp(id, (String) row[1], (String) row[2], ParticipantRole.valueOf((String) row[3]),
								(String) row[4], (String) row[5], Mode.valueOf((String) row[6]), (Boolean) row[7],
								(Boolean) row[8], (Boolean) row[9], (Boolean) row[10], (String) row[11],
								(String) row[12], (String) row[13], (String) row[16], instant(row[17]),
								(String) row[18], keys, dates.getOrDefault(id, Set.of()),
								weekly.getOrDefault(id, Set.of())));
			});
		Map<Long, Row> rows = new HashMap<>();
		rows("""
				select sign_up_id, meeting_id, fixed, reason, registration_id from project_group_member
				where trajectory_id = ?1""", projectId).forEach((row) -> rows.put(((Number) row[0]).longValue(),
				new Row(((Number) row[0]).longValue(), (row[1] != null) ? ((Number) row[1]).longValue() : null,
						(Boolean) row[2], (String) row[3], (row[4] != null) ? ((Number) row[4]).longValue() : null)));
		Map<Long, Boolean> registered = this.meetings
			.stillRegistered(rows.values().stream().map(Row::registrationId).filter(Objects::nonNull).toList());
		return new State(roles, dialogues, dialogueRegions, signUps, rows, registered);
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> rows(String sql, Object... params) {
		jakarta.persistence.Query query = this.entityManager.createNativeQuery(sql);
		for (int i = 0; i < params.length; i++) {
			query.setParameter(i + 1, params[i]);
		}
		List<Object> result = query.getResultList();
		return result.stream().map((one) -> (one instanceof Object[] array) ? array : new Object[] { one }).toList();
	}

	/**
	 * The part of the day a dialogue falls in: it starts before noon, before 17:00, or
	 * later.
	 */
	static PartOfDay partOfDay(LocalTime start) {
		if (start.isBefore(LocalTime.NOON)) {
			return PartOfDay.MORNING;
		}
		return start.isBefore(LocalTime.of(17, 0)) ? PartOfDay.AFTERNOON : PartOfDay.EVENING;
	}

	/**
	 * The most of one role in a dialogue's group: the smallest quota the coordinator set
	 * for one of the project's roles, or else two, and never so many that the roles
	 * together outnumber the places (at least one).
	 */
	static int seatsPerRole(MeetingPlacements.Dialogue dialogue, List<ParticipantRole> roles) {
		int seats = roles.stream()
			.map(dialogue.quotas()::get)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.min()
			.orElse(DEFAULT_SEATS_PER_ROLE);
		if (!roles.isEmpty()) {
			seats = Math.min(seats, dialogue.capacity() / roles.size());
		}
		return Math.max(1, seats);
	}

	/**
	 * A dialogue in person takes the people of its region, or, while the coordinator has
	 * chosen none, anyone who can come in person (decision 49); online dialogues take any
	 * region.
	 */
	private static DialogueSlot slot(MeetingPlacements.Dialogue dialogue, List<ParticipantRole> roles,
			String regionCode) {
		return new DialogueSlot(dialogue.id(), new Slot(dialogue.date(), partOfDay(dialogue.startTime())),
				dialogue.online() ? Mode.ONLINE : Mode.IN_PERSON, dialogue.online() ? null : regionCode,
				seatsPerRole(dialogue, roles));
	}

	/** Whether the candidate takes part in the dialogue's way, whatever its region. */
	private static boolean fitsMode(DialogueSlot slot, Candidate candidate) {
		return new DialogueSlot(slot.id(), slot.when(), slot.mode(), null, slot.seatsPerRole()).fitsPlace(candidate);
	}

	/** Whether the dialogue is in person in a region the candidate does not live in. */
	private static boolean otherRegion(DialogueSlot slot, Candidate candidate) {
		return slot.mode() == Mode.IN_PERSON && slot.regionCode() != null
				&& !slot.regionCode().equals(candidate.regionCode());
	}

	/** The page: the upcoming dialogues with their groups, and who is not placed. */
	@Transactional(readOnly = true)
	PlacementViews.Board board(long projectId) {
		State state = state(projectId);
		Map<String, String> regionNames = this.regions.namesByCode();
		List<PlacementViews.Group> groups = new ArrayList<>();
		for (MeetingPlacements.Dialogue dialogue : state.dialogues()) {
			DialogueSlot slot = state.slot(dialogue);
			List<SignUp> members = state.signUps().values().stream().filter((signUp) -> {
				Standing standing = state.standing(signUp.id());
				return (standing == Standing.DRAFT || standing == Standing.CONFIRMED)
						&& dialogue.id() == state.rows().get(signUp.id()).meetingId();
			})
				.sorted(Comparator.comparing(SignUp::role).thenComparing((signUp) -> signUp.name().toLowerCase()))
				.toList();
			List<PlacementViews.Person> people = members.stream().map((signUp) -> {
				Candidate candidate = signUp.candidate();
				Row row = state.rows().get(signUp.id());
				boolean confirmed = state.standing(signUp.id()) == Standing.CONFIRMED;
				return person(signUp, regionNames, row.fixed() || confirmed, confirmed, null, null,
						!candidate.availability().covers(slot.when()), !fitsMode(slot, candidate),
						otherRegion(slot, candidate));
			}).toList();
			List<ParticipantRole> missing = state.roles()
				.stream()
				.filter((role) -> members.stream().noneMatch((member) -> member.role() == role))
				.toList();
			List<ParticipantRole> overfull = state.roles()
				.stream()
				.filter((role) -> members.stream().filter((member) -> member.role() == role).count() > slot
					.seatsPerRole())
				.toList();
			List<List<String>> mustNotMeet = new ArrayList<>();
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					if (members.get(i).candidate().mustNotMeet(members.get(j).candidate())) {
						mustNotMeet.add(List.of(members.get(i).name(), members.get(j).name()));
					}
				}
			}
			int toConfirm = (int) people.stream().filter((person) -> !person.confirmed()).count();
			groups.add(new PlacementViews.Group(dialogue, slot.regionCode(),
					(slot.regionCode() != null) ? regionNames.getOrDefault(slot.regionCode(), slot.regionCode()) : null,
					slot.when().part().name(), slot.seatsPerRole(), people, missing, mustNotMeet, overfull, toConfirm));
		}
		List<PlacementViews.Person> unplaced = new ArrayList<>();
		int tookPart = 0;
		for (SignUp signUp : state.signUps().values()) {
			Standing standing = state.standing(signUp.id());
			Row row = state.rows().get(signUp.id());
			if (standing == Standing.TOOK_PART) {
				tookPart++;
			}
			else if (standing == Standing.FREE) {
				String reason = (row != null && row.reason() != null) ? "placement.reason." + row.reason() : null;
				unplaced.add(person(signUp, regionNames, false, false, reason, null, false, false, false));
			}
			else if (standing == Standing.CANCELLED) {
				unplaced.add(person(signUp, regionNames, false, false, null,
						state.dialogue(row.meetingId()).orElse(null), false, false, false));
			}
		}
		return new PlacementViews.Board(state.roles(), groups, unplaced, tookPart, regionsOf(projectId));
	}

	/**
	 * The regions a dialogue of the project can be given: those the project draws from,
	 * or all when it draws from the whole country.
	 */
	private List<RegionSummary> regionsOf(long projectId) {
		List<String> reach = this.projects.reach(projectId);
		return this.regions.current()
			.stream()
			.filter((region) -> reach.isEmpty() || reach.contains(region.code()))
			.toList();
	}

	private static PlacementViews.Person person(SignUp signUp, Map<String, String> regionNames, boolean fixed,
			boolean confirmed, String reason, MeetingPlacements.Dialogue cancelledOn, boolean notAvailable,
			boolean wrongMode, boolean otherRegion) {
		return new PlacementViews.Person(signUp.id(), signUp.name(), signUp.role(),
				regionNames.getOrDefault(signUp.regionCode(), signUp.regionCode()), signUp.mode(), signUp.needs(),
				signUp.supportNote() != null, fixed, confirmed, reason, cancelledOn, notAvailable, wrongMode,
				otherRegion);
	}

	/** Locks the project's row: changes to its grouping happen one at a time. */
	private void lock(long projectId) {
		this.jdbc.sql("select trajectory_id from national_project where trajectory_id = ? for update")
			.param(projectId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RuleException("placement.unknown"));
	}

	/**
	 * Runs the grouping assistant on the confirmed sign-ups that are not placed for sure
	 * and stores its proposal as the draft: whoever the coordinator fixed and whoever has
	 * a place stay where they are; the others are placed anew or listed with the reason.
	 * Whoever cancelled their place stays out until the coordinator places them.
	 * @return how many groups the proposal has
	 */
	int propose(long projectId) {
		lock(projectId);
		State state = state(projectId);
		if (state.roles().isEmpty()) {
			throw new RuleException("placement.noRoles");
		}
		List<FixedMember> fixed = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>();
		for (SignUp signUp : state.signUps().values()) {
			Standing standing = state.standing(signUp.id());
			Row row = state.rows().get(signUp.id());
			if (standing == Standing.CONFIRMED || (standing == Standing.DRAFT && row.fixed())) {
				fixed.add(new FixedMember(signUp.id(), row.meetingId()));
				candidates.add(signUp.candidate());
			}
			else if (standing == Standing.DRAFT || standing == Standing.FREE) {
				candidates.add(signUp.candidate());
			}
		}
		Proposal proposal = GroupingAssistant.propose(state.roles().stream().map(ParticipantRole::name).toList(),
				state.dialogues().stream().map(state::slot).toList(), candidates, fixed);
		List<Long> upcoming = new ArrayList<>(state.dialogues().stream().map(MeetingPlacements.Dialogue::id).toList());
		upcoming.add(-1L);
		this.jdbc.sql("""
				delete from project_group_member where trajectory_id = :project and registration_id is null
				  and not (fixed and meeting_id in (:upcoming))""")
			.param("project", projectId)
			.param("upcoming", upcoming)
			.update();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Proposal.Group group : proposal.groups()) {
			for (Proposal.Member member : group.members()) {
				if (!member.fixed()) {
					save(projectId, member.signUpId(), group.dialogue().id(), false, null, now);
				}
			}
		}
		for (Proposal.Unplaced unplaced : proposal.unplaced()) {
			save(projectId, unplaced.signUpId(), null, false, unplaced.reason().name(), now);
		}
		return proposal.groups().size();
	}

	private void save(long projectId, long signUpId, Long meetingId, boolean fixed, String reason, Timestamp now) {
		this.jdbc.sql("""
				insert into project_group_member (sign_up_id, trajectory_id, meeting_id, fixed, reason, changed_at)
				values (:signUp, :project, :meeting, :fixed, :reason, :now)
				on conflict (sign_up_id) do update set meeting_id = excluded.meeting_id, fixed = excluded.fixed,
				  reason = excluded.reason, registration_id = null, changed_at = excluded.changed_at""")
			.param("signUp", signUpId)
			.param("project", projectId)
			.param("meeting", meetingId)
			.param("fixed", fixed)
			.param("reason", reason)
			.param("now", now)
			.update();
	}

	/**
	 * Moves someone to a dialogue (fixed there: the assistant keeps them) or back to not
	 * placed. Someone with a place is not moved: they cancel it through their link.
	 * @return whether the move breaks a rule of the group (shown as a warning there)
	 */
	boolean move(long projectId, long signUpId, Long meetingId) {
		lock(projectId);
		State state = state(projectId);
		SignUp signUp = Optional.ofNullable(state.signUps().get(signUpId))
			.orElseThrow(() -> new RuleException("placement.unknownPerson"));
		Standing standing = state.standing(signUpId);
		if (standing == Standing.CONFIRMED || standing == Standing.TOOK_PART) {
			throw new RuleException("placement.alreadyConfirmed");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		if (meetingId == null) {
			save(projectId, signUpId, null, false, null, now);
			return false;
		}
		MeetingPlacements.Dialogue dialogue = state.dialogue(meetingId)
			.orElseThrow(() -> new RuleException("placement.unknownDialogue"));
		save(projectId, signUpId, meetingId, true, null, now);
		DialogueSlot slot = state.slot(dialogue);
		Candidate candidate = signUp.candidate();
		List<SignUp> others = state.signUps()
			.values()
			.stream()
			.filter((other) -> other.id() != signUpId)
			.filter((other) -> {
				Standing theirs = state.standing(other.id());
				return (theirs == Standing.DRAFT || theirs == Standing.CONFIRMED)
						&& meetingId.equals(state.rows().get(other.id()).meetingId());
			})
			.toList();
		boolean mustNotMeet = others.stream().anyMatch((other) -> other.candidate().mustNotMeet(candidate));
		long sameRole = others.stream().filter((other) -> other.role() == signUp.role()).count();
		return !slot.suits(candidate) || mustNotMeet
				|| (state.roles().contains(signUp.role()) && sameRole + 1 > slot.seatsPerRole());
	}

	/**
	 * Sets or changes the region of an upcoming in-person dialogue of the project, one of
	 * the regions the project draws from (any when it draws from the whole country): from
	 * then on the assistant places only people of that region in it. Whoever is in its
	 * group stays there (the page warns about someone of another region) until a new
	 * proposal or the coordinator moves them.
	 */
	void region(long projectId, Long meetingId, String regionCode) {
		lock(projectId);
		MeetingPlacements.Dialogue dialogue = this.meetings.upcomingDialogues(projectId)
			.stream()
			.filter((one) -> Objects.equals(one.id(), meetingId) && !one.online())
			.findFirst()
			.orElseThrow(() -> new RuleException("placement.region.notInPerson"));
		if (regionCode == null || !this.regions.isCurrent(regionCode)) {
			throw new RuleException("placement.region.unknown");
		}
		List<String> reach = this.projects.reach(projectId);
		if (!reach.isEmpty() && !reach.contains(regionCode)) {
			throw new RuleException("placement.region.outsideReach");
		}
		this.jdbc.sql("""
				insert into project_dialogue_region (meeting_id, trajectory_id, region_code, changed_at)
				values (:meeting, :project, :region, :now)
				on conflict (meeting_id) do update set region_code = excluded.region_code,
				  changed_at = excluded.changed_at""")
			.param("meeting", dialogue.id())
			.param("project", projectId)
			.param("region", regionCode)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Fixes someone in their dialogue's group, or lets the assistant move them again. */
	void fix(long projectId, long signUpId, boolean fixed) {
		lock(projectId);
		State state = state(projectId);
		if (!state.signUps().containsKey(signUpId)) {
			throw new RuleException("placement.unknownPerson");
		}
		if (state.standing(signUpId) != Standing.DRAFT) {
			throw new RuleException("placement.notInAGroup");
		}
		this.jdbc.sql("update project_group_member set fixed = ?, changed_at = ? where sign_up_id = ?")
			.params(fixed, Timestamp.from(this.clock.instant()), signUpId)
			.update();
	}

	/**
	 * Confirms a dialogue's group: every member without a place gets one at the meeting
	 * (a registration, a personal link and the mail that says so), as far as the
	 * meeting's places and quotas allow. Confirming again, a double click or two tabs
	 * never register anyone twice: the project's row is locked, and whoever has a
	 * registration is skipped.
	 */
	PlacementViews.Confirmed confirm(long projectId, long meetingId) {
		lock(projectId);
		State state = state(projectId);
		if (state.dialogue(meetingId).isEmpty()) {
			throw new RuleException("placement.closed");
		}
		return confirmIn(state, meetingId);
	}

	/**
	 * Confirms every complete group (each of the project's roles present) that has
	 * someone without a place, as {@link #confirm} does one; incomplete groups wait.
	 */
	PlacementViews.Confirmed confirmComplete(long projectId) {
		lock(projectId);
		State state = state(projectId);
		int placed = 0;
		int full = 0;
		int skipped = 0;
		for (MeetingPlacements.Dialogue dialogue : state.dialogues()) {
			Set<ParticipantRole> present = new HashSet<>();
			state.signUps().values().forEach((signUp) -> {
				Standing standing = state.standing(signUp.id());
				if ((standing == Standing.DRAFT || standing == Standing.CONFIRMED)
						&& dialogue.id() == state.rows().get(signUp.id()).meetingId()) {
					present.add(signUp.role());
				}
			});
			if (present.containsAll(state.roles())) {
				if (breaksARule(state, dialogue)) {
					// A group with a warning waits for the coordinator to confirm it
					// alone.
					skipped++;
					continue;
				}
				PlacementViews.Confirmed confirmed = confirmIn(state, dialogue.id());
				placed += confirmed.placed();
				full += confirmed.full();
			}
		}
		return new PlacementViews.Confirmed(placed, full, skipped);
	}

	/**
	 * Whether a dialogue's group has a warning on the page: someone who cannot come then
	 * or that way, more of a role than its seats, or two who must not meet.
	 */
	private static boolean breaksARule(State state, MeetingPlacements.Dialogue dialogue) {
		DialogueSlot slot = state.slot(dialogue);
		List<Candidate> members = state.signUps().values().stream().filter((signUp) -> {
			Standing standing = state.standing(signUp.id());
			return (standing == Standing.DRAFT || standing == Standing.CONFIRMED)
					&& dialogue.id() == state.rows().get(signUp.id()).meetingId();
		}).map(SignUp::candidate).toList();
		for (int i = 0; i < members.size(); i++) {
			Candidate member = members.get(i);
			if (!slot.suits(member) || members.subList(i + 1, members.size()).stream().anyMatch(member::mustNotMeet)) {
				return true;
			}
		}
		return state.roles()
			.stream()
			.anyMatch((role) -> members.stream().filter((member) -> member.role().equals(role.name())).count() > slot
				.seatsPerRole());
	}

	private PlacementViews.Confirmed confirmIn(State state, long meetingId) {
		int placed = 0;
		int full = 0;
		for (SignUp signUp : state.signUps().values()) {
			if (state.standing(signUp.id()) != Standing.DRAFT
					|| meetingId != state.rows().get(signUp.id()).meetingId()) {
				continue;
			}
			MeetingPlacements.Placed result = this.meetings.place(meetingId, placed(signUp));
			switch (result.outcome()) {
				case PLACED, ALREADY_REGISTERED -> {
					this.jdbc.sql("""
							update project_group_member set registration_id = ?, fixed = true, changed_at = ?
							where sign_up_id = ?""")
						.params(result.registrationId(), Timestamp.from(this.clock.instant()), signUp.id())
						.update();
					placed++;
				}
				case FULL, AWAITING_CONSENT -> full++;
				case CLOSED -> throw new RuleException("placement.closed");
			}
		}
		return new PlacementViews.Confirmed(placed, full, 0);
	}

	private MeetingPlacements.PlacedPerson placed(SignUp signUp) {
		String language = "en".equals(signUp.language()) ? "en" : "nl";
		String roleOther = (signUp.role() == ParticipantRole.OTHER)
				? this.messages.getMessage("placement.roleOther", null, java.util.Locale.forLanguageTag(language))
				: null;
		return new MeetingPlacements.PlacedPerson(signUp.name(), signUp.email(), signUp.role(), roleOther,
				signUp.organisation(), language, signUp.privacyVersion(), signUp.needsAccessibility(),
				signUp.needsInterpreter(), signUp.needsTravelCosts(), signUp.needsChildcare(), signUp.supportNote(),
				signUp.ageGroup(), signUp.guardianConsentedAt(), signUp.consentTextVersion());
	}

	/** A timestamp column as the JDBC driver gives it to a native query. */
	private static Instant instant(Object value) {
		if (value == null || value instanceof Instant) {
			return (Instant) value;
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		throw new IllegalStateException("A timestamp as " + value.getClass());
	}

}
