package nl.nvp.goedegesprek.project.signup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.ParticipantRole;

/** What the sign-up pages show. */
final class SignUpViews {

	private SignUpViews() {
	}

	/** Where a sign-up stands: only a confirmed one counts. */
	enum Status {

		PENDING, AWAITING_CONSENT, CONFIRMED, CANCELLED

	}

	/**
	 * A sign-up as its personal link shows it to the person: what they gave, never the
	 * case code (only whether there is one).
	 */
	record Personal(long id, long projectId, String name, String email, ParticipantRole role, String regionCode,
			String organisation, Mode mode, boolean needsAccessibility, boolean needsInterpreter,
			boolean needsTravelCosts, boolean needsChildcare, String supportNote, boolean hasCaseCode,
			boolean avoidsOwnOrganisation, Status status, AgeGroup ageGroup, Instant consentLapsesAt,
			List<LocalDate> dates, List<WeekPart> weekParts, SignUps.Project project, String regionName) {

		Personal with(List<LocalDate> dates, List<WeekPart> weekParts, SignUps.Project project, String regionName) {
			return new Personal(this.id, this.projectId, this.name, this.email, this.role, this.regionCode,
					this.organisation, this.mode, this.needsAccessibility, this.needsInterpreter, this.needsTravelCosts,
					this.needsChildcare, this.supportNote, this.hasCaseCode, this.avoidsOwnOrganisation, this.status,
					this.ageGroup, this.consentLapsesAt, List.copyOf(dates), List.copyOf(weekParts), project,
					regionName);
		}

		/** A child's sign-up: its pages and mails say "je" (decision 37). */
		public boolean child() {
			return this.role.isChild();
		}

		public boolean hasSupportNeeds() {
			return this.needsAccessibility || this.needsInterpreter || this.needsTravelCosts || this.needsChildcare
					|| this.supportNote != null;
		}

		@Override
		public String toString() {
			return "Personal[" + this.id + "]";
		}

	}

	/** A confirmed sign-up in the coordinators' list (no case code, no hashes). */
	record Listed(long id, String name, String email, ParticipantRole role, String regionCode, String regionName,
			String organisation, Mode mode, List<LocalDate> dates, List<WeekPart> weekParts, List<String> supportNeeds,
			String supportNote) {

		@Override
		public String toString() {
			return "Listed[" + this.id + "]";
		}

	}

	/**
	 * The confirmed sign-ups of one role, by region, with how many a project needs (at
	 * least one of each role per dialogue).
	 */
	record RoleGroup(ParticipantRole role, int count, int needed, Map<String, List<Listed>> byRegion) {

		public boolean enough() {
			return this.count >= this.needed;
		}

	}

	/** The coordinators' list of a project. */
	record Overview(SignUps.Project project, List<RoleGroup> roles, int confirmed, int pending) {
	}

}
