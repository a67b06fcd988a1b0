package nl.nvp.goedegesprek.meeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * Someone's registration (aanmelding) for a meeting. It counts once the e-mail address is
 * confirmed; then it has a place or a place on the waitlist.
 */
@Entity
class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	private String name;

	private String email;

	private String phone;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	private String roleOther;

	private String organisation;

	@Enumerated(EnumType.STRING)
	private AgeGroup ageGroup;

	private boolean needsAccessibility;

	private boolean needsInterpreter;

	private boolean needsTravelCosts;

	private boolean needsChildcare;

	private String supportNote;

	private String consentVersion;

	private Instant consentAt;

	private String guardianName;

	@Enumerated(EnumType.STRING)
	private GuardianCapacity guardianCapacity;

	private String language;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status = RegistrationStatus.PENDING;

	private Instant createdAt;

	private Instant statusChangedAt;

	private Instant checkedInAt;

	private Instant reminderSentAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "table_id")
	private MeetingTable table;

	@Version
	private long version;

	protected Registration() {
	}

	Registration(Meeting meeting, RegistrationForm form, String consentVersion, String language, Instant now) {
		this.meeting = meeting;
		this.email = form.getEmail().trim();
		this.consentVersion = consentVersion;
		this.consentAt = now;
		this.language = language;
		this.createdAt = now;
		this.statusChangedAt = now;
		update(form);
	}

	/**
	 * What the participant may change through their personal link (not the e-mail
	 * address).
	 */
	void update(RegistrationForm form) {
		this.name = form.getName();
		this.phone = form.getPhone();
		this.role = form.getRole();
		this.roleOther = (this.role == ParticipantRole.ANDERS) ? form.getRoleOther() : null;
		this.organisation = this.role.isProfessional() ? form.getOrganisation() : null;
		this.ageGroup = this.role.isChild() ? form.getAgeGroup() : null;
		boolean guardian = this.ageGroup != null && this.ageGroup.needsGuardianConsent();
		this.guardianName = guardian ? form.getGuardianName() : null;
		this.guardianCapacity = guardian ? form.getGuardianCapacity() : null;
		this.needsAccessibility = form.isNeedsAccessibility();
		this.needsInterpreter = form.isNeedsInterpreter();
		this.needsTravelCosts = form.isNeedsTravelCosts();
		this.needsChildcare = form.isNeedsChildcare();
		this.supportNote = form.getSupportNote();
	}

	void confirm(Instant now) {
		moveTo(RegistrationStatus.CONFIRMED, now);
	}

	void waitlist(Instant now) {
		moveTo(RegistrationStatus.WAITLISTED, now);
	}

	void cancel(Instant now) {
		moveTo(RegistrationStatus.CANCELLED, now);
	}

	void checkIn(Instant now) {
		this.checkedInAt = now;
	}

	void seatAt(MeetingTable table) {
		this.table = table;
	}

	MeetingTable getTable() {
		return this.table;
	}

	void remind(Instant now) {
		this.reminderSentAt = now;
	}

	void undoCheckIn() {
		this.checkedInAt = null;
	}

	private void moveTo(RegistrationStatus status, Instant now) {
		this.status = status;
		this.statusChangedAt = now;
	}

	boolean isActive() {
		return this.status != RegistrationStatus.CANCELLED;
	}

	Long getId() {
		return this.id;
	}

	Meeting getMeeting() {
		return this.meeting;
	}

	String getName() {
		return this.name;
	}

	String getEmail() {
		return this.email;
	}

	String getPhone() {
		return this.phone;
	}

	ParticipantRole getRole() {
		return this.role;
	}

	String getRoleOther() {
		return this.roleOther;
	}

	String getOrganisation() {
		return this.organisation;
	}

	AgeGroup getAgeGroup() {
		return this.ageGroup;
	}

	boolean isNeedsAccessibility() {
		return this.needsAccessibility;
	}

	boolean isNeedsInterpreter() {
		return this.needsInterpreter;
	}

	boolean isNeedsTravelCosts() {
		return this.needsTravelCosts;
	}

	boolean isNeedsChildcare() {
		return this.needsChildcare;
	}

	String getSupportNote() {
		return this.supportNote;
	}

	String getGuardianName() {
		return this.guardianName;
	}

	GuardianCapacity getGuardianCapacity() {
		return this.guardianCapacity;
	}

	String getLanguage() {
		return this.language;
	}

	RegistrationStatus getStatus() {
		return this.status;
	}

	Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	Instant getCheckedInAt() {
		return this.checkedInAt;
	}

	long getVersion() {
		return this.version;
	}

}
