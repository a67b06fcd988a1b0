package nl.nvp.goedegesprek.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.trajectory.StepType;

/**
 * What the meeting pages show, built inside the services' transactions.
 */
final class MeetingViews {

	private MeetingViews() {
	}

	/** What everyone may read about a meeting: never who registered. */
	record Public(UUID publicId, String title, MeetingType type, LocalDate date, LocalTime startTime, LocalTime endTime,
			boolean online, String address, String accessibilityNotes, String routeNotes, String programme,
			String contactName, String contactEmail, String contactPhone, boolean open, boolean notYetOpen,
			boolean cancelled, LocalDate registrationOpensOn, LocalDate registrationClosesOn) {

		static Public of(Meeting meeting, LocalDate today) {
			boolean open = meeting.isOpenForRegistration(today);
			boolean notYetOpen = meeting.getRegistrationOpensOn() != null
					&& today.isBefore(meeting.getRegistrationOpensOn());
			return new Public(meeting.getPublicId(), meeting.getTitle(), meeting.getType(), meeting.getDate(),
					meeting.getStartTime(), meeting.getEndTime(), meeting.isOnline(), meeting.getAddress(),
					meeting.getAccessibilityNotes(), meeting.getRouteNotes(), meeting.getProgramme(),
					meeting.getContactName(), meeting.getContactEmail(), meeting.getContactPhone(), open, notYetOpen,
					meeting.isCancelled(), meeting.getRegistrationOpensOn(), meeting.getRegistrationClosesOn());
		}

	}

	/** A participant's own registration, behind their personal link. */
	record Personal(String name, String email, String phone, ParticipantRole role, String roleOther,
			String organisation, AgeGroup ageGroup, String guardianName, GuardianCapacity guardianCapacity,
			boolean needsAccessibility, boolean needsInterpreter, boolean needsTravelCosts, boolean needsChildcare,
			String supportNote, RegistrationStatus status, Public meeting, String onlineLink, boolean prioritising,
			boolean evaluable) {

		static Personal of(Registration registration, Public meeting) {
			boolean hasPlace = registration.getStatus() == RegistrationStatus.CONFIRMED;
			return new Personal(registration.getName(), registration.getEmail(), registration.getPhone(),
					registration.getRole(), registration.getRoleOther(), registration.getOrganisation(),
					registration.getAgeGroup(), registration.getGuardianName(), registration.getGuardianCapacity(),
					registration.isNeedsAccessibility(), registration.isNeedsInterpreter(),
					registration.isNeedsTravelCosts(), registration.isNeedsChildcare(), registration.getSupportNote(),
					registration.getStatus(), meeting, hasPlace ? registration.getMeeting().getOnlineLink() : null,
					hasPlace && registration.getMeeting()
						.getStep() == nl.nvp.goedegesprek.trajectory.StepType.DIALOOGBIJEENKOMST_2,
					hasPlace && meeting.date() != null && !meeting.date().isAfter(java.time.LocalDate.now()));
		}

		public boolean isActive() {
			return this.status != RegistrationStatus.CANCELLED;
		}

		public boolean isPending() {
			return this.status == RegistrationStatus.PENDING;
		}

	}

	/** A meeting in the coordinators' list. */
	record Row(long id, String title, MeetingType type, LocalDate date, LocalTime startTime, String trajectoryTitle,
			int capacity, long confirmed, long waitlisted, boolean cancelled) {
	}

	/**
	 * Per role: how many confirmed, waiting and not yet confirmed, against the role's
	 * quota.
	 */
	record RoleCount(ParticipantRole role, long confirmed, long waitlisted, long pending, Integer quota) {
	}

	/** A registration as the coordinators of the meeting see it. */
	record Attendee(long id, String name, String email, String phone, ParticipantRole role, String roleOther,
			String organisation, AgeGroup ageGroup, String guardianName, GuardianCapacity guardianCapacity,
			boolean needsAccessibility, boolean needsInterpreter, boolean needsTravelCosts, boolean needsChildcare,
			String supportNote, RegistrationStatus status, Instant statusChangedAt, Instant checkedInAt) {

		static Attendee of(Registration r) {
			return new Attendee(r.getId(), r.getName(), r.getEmail(), r.getPhone(), r.getRole(), r.getRoleOther(),
					r.getOrganisation(), r.getAgeGroup(), r.getGuardianName(), r.getGuardianCapacity(),
					r.isNeedsAccessibility(), r.isNeedsInterpreter(), r.isNeedsTravelCosts(), r.isNeedsChildcare(),
					r.getSupportNote(), r.getStatus(), r.getStatusChangedAt(), r.getCheckedInAt());
		}

		public boolean hasSupportNeeds() {
			return this.needsAccessibility || this.needsInterpreter || this.needsTravelCosts || this.needsChildcare
					|| this.supportNote != null;
		}

		public boolean isCheckedIn() {
			return this.checkedInAt != null;
		}

	}

	/** The coordinators' meeting page. */
	record Details(long id, long trajectoryId, String trajectoryTitle, StepType step, Public meeting, int capacity,
			String onlineLink, Map<ParticipantRole, Integer> quotas, long confirmed, long waitlisted, long pending,
			List<RoleCount> roles, List<Attendee> confirmedAttendees, List<Attendee> waitlist,
			List<Attendee> pendingAttendees, boolean editable, long version) {

		/**
		 * The largest number the role chart must show: a role's confirmed count or quota.
		 */
		public long chartScale() {
			long largest = 1;
			for (RoleCount role : this.roles) {
				largest = Math.max(largest, Math.max(role.confirmed(), (role.quota() != null) ? role.quota() : 0));
			}
			return largest;
		}

		public List<Attendee> withSupportNeeds() {
			return this.confirmedAttendees.stream().filter(Attendee::hasSupportNeeds).toList();
		}

	}

}
