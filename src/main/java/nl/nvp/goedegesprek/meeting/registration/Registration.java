package nl.nvp.goedegesprek.meeting.registration;

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
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.tables.MeetingTable;

/**
 * Someone's registration (aanmelding) for a meeting. It counts once the e-mail address is
 * confirmed; then it has a place or a place on the waitlist.
 */
@Entity
public class Registration {

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

	public Registration(Meeting meeting, RegistrationForm form, String consentVersion, String language, Instant now) {
		this.meeting = meeting;
		this.email = form.getEmail().trim();
		this.consentVersion = consentVersion;
		this.consentAt = now;
		this.language = language;
		this.createdAt = now;
		this.statusChangedAt = now;
		update(form);
		boolean guardian = this.ageGroup != null && this.ageGroup.needsGuardianConsent();
		this.guardianName = guardian ? form.getGuardianName() : null;
		this.guardianCapacity = guardian ? form.getGuardianCapacity() : null;
	}

	/**
	 * What the participant may change through their personal link (not the e-mail
	 * address).
	 */
	public void update(RegistrationForm form) {
		this.name = form.getName();
		this.phone = form.getPhone();
		this.role = form.getRole();
		this.roleOther = (this.role == ParticipantRole.OTHER) ? form.getRoleOther() : null;
		this.organisation = this.role.isProfessional() ? form.getOrganisation() : null;
		this.ageGroup = this.role.isChild() ? form.getAgeGroup() : null;
		if (this.ageGroup == null || !this.ageGroup.needsGuardianConsent()) {
			// Who consented stays as the adult confirmed it (decision 35); it is not
			// changed through the child's link.
			this.guardianName = null;
			this.guardianCapacity = null;
		}
		this.needsAccessibility = form.isNeedsAccessibility();
		this.needsInterpreter = form.isNeedsInterpreter();
		this.needsTravelCosts = form.isNeedsTravelCosts();
		this.needsChildcare = form.isNeedsChildcare();
		this.supportNote = form.getSupportNote();
	}

	public void confirm(Instant now) {
		moveTo(RegistrationStatus.CONFIRMED, now);
	}

	/** The child confirmed their address; a parent or guardian is asked to consent. */
	void awaitConsent(Instant now) {
		moveTo(RegistrationStatus.AWAITING_CONSENT, now);
	}

	public void waitlist(Instant now) {
		moveTo(RegistrationStatus.WAITLISTED, now);
	}

	public void cancel(Instant now) {
		moveTo(RegistrationStatus.CANCELLED, now);
	}

	/** Checked in now; someone already checked in keeps the moment they came. */
	public void checkIn(Instant now) {
		if (this.checkedInAt == null) {
			this.checkedInAt = now;
		}
	}

	public void seatAt(MeetingTable table) {
		this.table = table;
	}

	public MeetingTable getTable() {
		return this.table;
	}

	public void remind(Instant now) {
		this.reminderSentAt = now;
	}

	public void undoCheckIn() {
		this.checkedInAt = null;
	}

	private void moveTo(RegistrationStatus status, Instant now) {
		this.status = status;
		this.statusChangedAt = now;
	}

	public boolean isActive() {
		return this.status != RegistrationStatus.CANCELLED;
	}

	public Long getId() {
		return this.id;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

	public String getRoleOther() {
		return this.roleOther;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public AgeGroup getAgeGroup() {
		return this.ageGroup;
	}

	public boolean isNeedsAccessibility() {
		return this.needsAccessibility;
	}

	public boolean isNeedsInterpreter() {
		return this.needsInterpreter;
	}

	public boolean isNeedsTravelCosts() {
		return this.needsTravelCosts;
	}

	public boolean isNeedsChildcare() {
		return this.needsChildcare;
	}

	public String getSupportNote() {
		return this.supportNote;
	}

	public String getGuardianName() {
		return this.guardianName;
	}

	public GuardianCapacity getGuardianCapacity() {
		return this.guardianCapacity;
	}

	public String getLanguage() {
		return this.language;
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	public Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	public Instant getCheckedInAt() {
		return this.checkedInAt;
	}

	public long getVersion() {
		return this.version;
	}

}
