package nl.nvp.goedegesprek.meeting.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingAccess;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table plan of a meeting: made by {@link TablePlanner} from who has a place (or,
 * once people are checked in, from who came), then adjusted by hand.
 */
@Service
@Transactional(readOnly = true)
class TablePlans {

	private final MeetingAccess access;

	private final MeetingRepository meetings;

	private final MeetingTableRepository tables;

	private final RegistrationRepository registrations;

	TablePlans(MeetingAccess access, MeetingRepository meetings, MeetingTableRepository tables,
			RegistrationRepository registrations) {
		this.access = access;
		this.meetings = meetings;
		this.tables = tables;
		this.registrations = registrations;
	}

	record Seat(long registrationId, String name, ParticipantRole role, String organisation, boolean checkedIn) {
	}

	record Table(int number, String hostName, boolean childFriendly, List<Seat> seats) {

		public Map<TablePlanner.Voice, Long> mix() {
			return TablePlanner.mix(this.seats.stream()
				.map((seat) -> new TablePlanner.Person(seat.registrationId(), seat.role(), seat.organisation()))
				.toList());
		}

	}

	record Plan(long meetingId, String meetingTitle, List<Table> tables, List<Seat> unseated, int participants,
			boolean basedOnCheckIn, boolean editable) {
	}

	Plan plan(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.access.runBy(meetingId, user, false);
		List<Registration> confirmed = this.registrations.findConfirmedWithTables(meetingId);
		List<Registration> present = participants(confirmed);
		Map<Long, List<Seat>> seated = new HashMap<>();
		List<Seat> unseated = new ArrayList<>();
		for (Registration registration : present) {
			Seat seat = new Seat(registration.getId(), registration.getName(), registration.getRole(),
					registration.getOrganisation(), registration.getCheckedInAt() != null);
			if (registration.getTable() != null) {
				seated.computeIfAbsent(registration.getTable().getId(), (id) -> new ArrayList<>()).add(seat);
			}
			else {
				unseated.add(seat);
			}
		}
		List<Table> tables = this.tables.findByMeeting(meetingId)
			.stream()
			.map((table) -> new Table(table.getNumber(), table.getHostName(), table.isChildFriendly(),
					seated.getOrDefault(table.getId(), List.of())))
			.toList();
		// Asked, not tried: a refusal thrown inside this transaction would mark it for
		// rollback and turn the page into a server error.
		boolean editable = this.access.trajectoryOf(meeting, user).editable();
		return new Plan(meetingId, meeting.getTitle(), tables, unseated, present.size(),
				present.size() != confirmed.size(), editable);
	}

	/** Makes a new plan; the old one is replaced. */
	@Transactional
	void make(long meetingId, TablePlanForm form, AccountPrincipal user) {
		Meeting meeting = this.access.runBy(meetingId, user, true);
		this.meetings.lockById(meetingId);
		List<Registration> people = participants(this.registrations.findConfirmedWithTables(meetingId));
		this.tables.unseatAll(meetingId);
		this.tables.deleteByMeeting(meetingId);
		List<String> hosts = form.hostNames();
		boolean childTable = form.isChildTable() && people.stream().anyMatch((r) -> r.getRole().isChild())
				&& form.getTables() > 1;
		List<MeetingTable> created = new ArrayList<>();
		for (int number = 1; number <= form.getTables(); number++) {
			String host = (number <= hosts.size() && !hosts.get(number - 1).isEmpty()) ? hosts.get(number - 1) : null;
			created.add(this.tables
				.save(new MeetingTable(meeting, number, host, childTable && number == form.getTables())));
		}
		Map<Long, Registration> byId = new HashMap<>();
		people.forEach((registration) -> byId.put(registration.getId(), registration));
		List<List<TablePlanner.Person>> plan = TablePlanner.plan(people.stream()
			.map((r) -> new TablePlanner.Person(r.getId(), r.getRole(), r.getOrganisation()))
			.toList(), form.getTables(), form.getMaxSize(), childTable);
		List<Registration> reloaded = this.registrations.findAllById(byId.keySet());
		Map<Long, Registration> current = new HashMap<>();
		reloaded.forEach((registration) -> current.put(registration.getId(), registration));
		for (int i = 0; i < plan.size(); i++) {
			for (TablePlanner.Person person : plan.get(i)) {
				current.get(person.id()).seatAt(created.get(i));
			}
		}
	}

	/**
	 * Moves one person to another table (or off all tables, with number 0). One at a time
	 * per person, so that the same move sent twice moves once (decision 28).
	 */
	@Transactional
	void move(long meetingId, long registrationId, int tableNumber, AccountPrincipal user) {
		this.access.runBy(meetingId, user, true);
		this.registrations.lockById(registrationId);
		Registration registration = this.registrations.findById(registrationId)
			.filter((found) -> found.getMeeting().getId() == meetingId)
			.filter((found) -> found.getStatus() == RegistrationStatus.CONFIRMED)
			.orElseThrow(NotFoundException::new);
		if (tableNumber == 0) {
			registration.seatAt(null);
			return;
		}
		MeetingTable table = this.tables.findByMeeting(meetingId)
			.stream()
			.filter((candidate) -> candidate.getNumber() == tableNumber)
			.findFirst()
			.orElseThrow(NotFoundException::new);
		registration.seatAt(table);
	}

	int participantCount(long meetingId, AccountPrincipal user) {
		this.access.runBy(meetingId, user, false);
		return participants(this.registrations.findConfirmedWithTables(meetingId)).size();
	}

	/**
	 * Who to seat: once anyone is checked in, only those who came; before that, all with
	 * a place.
	 */
	private static List<Registration> participants(List<Registration> confirmed) {
		boolean checkInStarted = confirmed.stream().anyMatch((r) -> r.getCheckedInAt() != null);
		return confirmed.stream()
			.filter((r) -> !checkInStarted || r.getCheckedInAt() != null)
			.sorted(Comparator.comparing(Registration::getName).thenComparing(Registration::getId))
			.toList();
	}

}
