package nl.nvp.goedegesprek.meeting.registration;

import java.time.Instant;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.MeetingViews;
import nl.nvp.goedegesprek.trajectory.StepType;

/**
 * What the participants' pages show, built inside the services' transactions.
 */
final class RegistrationViews {

	private RegistrationViews() {
	}

	/** A participant's own registration, behind their personal link. */
	record Personal(String name, String email, String phone, ParticipantRole role, String roleOther,
			String organisation, AgeGroup ageGroup, String guardianName, GuardianCapacity guardianCapacity,
			boolean needsAccessibility, boolean needsInterpreter, boolean needsTravelCosts, boolean needsChildcare,
			String supportNote, RegistrationStatus status, MeetingViews.Public meeting, String onlineLink,
			boolean prioritising, boolean evaluable, boolean started, Instant consentLapsesAt) {

		/**
		 * The registration as its person sees it; {@code started}: whether the meeting
		 * has begun (then it is no longer confirmed or cancelled, and can be evaluated).
		 * At a cancelled meeting nobody has a place.
		 */
		static Personal of(Registration registration, MeetingViews.Public meeting, boolean started,
				Instant consentLapsesAt) {
			boolean hasPlace = registration.getStatus() == RegistrationStatus.CONFIRMED && !meeting.cancelled();
			return new Personal(registration.getName(), registration.getEmail(), registration.getPhone(),
					registration.getRole(), registration.getRoleOther(), registration.getOrganisation(),
					registration.getAgeGroup(), registration.getGuardianName(), registration.getGuardianCapacity(),
					registration.isNeedsAccessibility(), registration.isNeedsInterpreter(),
					registration.isNeedsTravelCosts(), registration.isNeedsChildcare(), registration.getSupportNote(),
					registration.getStatus(), meeting, hasPlace ? registration.getMeeting().getOnlineLink() : null,
					hasPlace && registration.getMeeting().getStep() == StepType.DIALOGUE_MEETING_2, hasPlace && started,
					started, consentLapsesAt);
		}

		public boolean isActive() {
			return this.status != RegistrationStatus.CANCELLED;
		}

		public boolean isPending() {
			return this.status == RegistrationStatus.PENDING;
		}

		/** A child under 16 whose parent or guardian has not answered yet. */
		public boolean isAwaitingConsent() {
			return this.status == RegistrationStatus.AWAITING_CONSENT;
		}

	}

}
