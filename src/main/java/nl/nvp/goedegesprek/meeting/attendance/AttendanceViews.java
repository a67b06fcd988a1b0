package nl.nvp.goedegesprek.meeting.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.MeetingViews;
import nl.nvp.goedegesprek.meeting.registration.AgeGroup;
import nl.nvp.goedegesprek.meeting.registration.GuardianCapacity;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.trajectory.StepType;

/**
 * What the coordinators' meeting page, attendee list, export and check-in show, built
 * inside the services' transactions.
 */
final class AttendanceViews {

	private AttendanceViews() {
	}

	/**
	 * Per role: how many confirmed, waiting and not yet confirmed, against the role's
	 * quota.
	 */
	record RoleCount(ParticipantRole role, long confirmed, long waitlisted, long pending, Integer quota) {
	}

	/**
	 * A registration as the coordinators of the meeting see it;
	 * {@code projectConsentVersion}: a child placed from a national project whose parent
	 * or guardian consented when the child signed up for it, with the version of that
	 * consent text (else null).
	 */
	record Attendee(long id, String name, String email, String phone, ParticipantRole role, String roleOther,
			String organisation, AgeGroup ageGroup, String guardianName, GuardianCapacity guardianCapacity,
			boolean needsAccessibility, boolean needsInterpreter, boolean needsTravelCosts, boolean needsChildcare,
			String supportNote, RegistrationStatus status, Instant statusChangedAt, Instant checkedInAt,
			String projectConsentVersion) {

		static Attendee of(Registration r, String projectConsentVersion) {
			return new Attendee(r.getId(), r.getName(), r.getEmail(), r.getPhone(), r.getRole(), r.getRoleOther(),
					r.getOrganisation(), r.getAgeGroup(), r.getGuardianName(), r.getGuardianCapacity(),
					r.isNeedsAccessibility(), r.isNeedsInterpreter(), r.isNeedsTravelCosts(), r.isNeedsChildcare(),
					r.getSupportNote(), r.getStatus(), r.getStatusChangedAt(), r.getCheckedInAt(),
					projectConsentVersion);
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
	record Details(long id, long trajectoryId, String trajectoryTitle, StepType step, MeetingViews.Public meeting,
			int capacity, String onlineLink, Map<ParticipantRole, Integer> quotas, long confirmed, long waitlisted,
			long pending, List<RoleCount> roles, List<Attendee> confirmedAttendees, List<Attendee> waitlist,
			List<Attendee> pendingAttendees, boolean editable, long version, boolean cancellable) {

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
