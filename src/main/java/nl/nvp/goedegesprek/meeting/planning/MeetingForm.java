package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.validation.Errors;

/**
 * Plan or change a meeting.
 */
public class MeetingForm {

	@NotBlank
	@Size(max = 150)
	@SingleLine
	private String title;

	@NotNull
	private MeetingType type;

	private StepType step;

	@NotNull
	private LocalDate date;

	@NotNull
	private LocalTime startTime;

	@NotNull
	private LocalTime endTime;

	private boolean online;

	@Size(max = 300)
	@SingleLine
	private String address;

	@Size(max = 1000)
	@PlainText
	private String accessibilityNotes;

	@Size(max = 1000)
	@PlainText
	private String routeNotes;

	@Size(max = 500)
	@Pattern(regexp = "https://\\S+")
	@SingleLine
	private String onlineLink;

	@NotNull
	@Min(1)
	@Max(10000)
	private Integer capacity;

	/** Places per role; empty means no quota for that role. */
	private Map<ParticipantRole, Integer> quota = new EnumMap<>(ParticipantRole.class);

	private LocalDate registrationOpensOn;

	private LocalDate registrationClosesOn;

	@Size(max = 4000)
	@PlainText
	private String programme;

	@Size(max = 100)
	@SingleLine
	private String contactName;

	@Email
	@EmailAddress
	@Size(max = 254)
	@SingleLine
	private String contactEmail;

	@Size(max = 30)
	@Pattern(regexp = "[0-9 +()\\-]*")
	@SingleLine
	private String contactPhone;

	private long version;

	/**
	 * A new meeting of this trajectory, starting from what is known: the step that is
	 * running, its kind of meeting, and the trajectory's contact person.
	 */
	static MeetingForm startingIn(TrajectoryRef trajectory) {
		MeetingForm form = new MeetingForm();
		form.capacity = 40;
		if (trajectory.activeStep() != null) {
			form.step = trajectory.activeStep();
			form.type = MeetingType.of(trajectory.activeStep());
		}
		form.contactName = trajectory.contact().name();
		form.contactEmail = trajectory.contact().email();
		form.contactPhone = trajectory.contact().phone();
		return form;
	}

	/**
	 * A new meeting like this one: its settings, without its day and the days
	 * registration opens and closes (which go with the day).
	 */
	static MeetingForm copyOf(Meeting meeting) {
		MeetingForm form = of(meeting);
		form.date = null;
		form.registrationOpensOn = null;
		form.registrationClosesOn = null;
		form.version = 0;
		return form;
	}

	public static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.title = meeting.getTitle();
		form.type = meeting.getType();
		form.step = meeting.getStep();
		form.date = meeting.getDate();
		form.startTime = meeting.getStartTime();
		form.endTime = meeting.getEndTime();
		form.online = meeting.isOnline();
		form.address = meeting.getAddress();
		form.accessibilityNotes = meeting.getAccessibilityNotes();
		form.routeNotes = meeting.getRouteNotes();
		form.onlineLink = meeting.getOnlineLink();
		form.capacity = meeting.getCapacity();
		form.quota = new EnumMap<>(ParticipantRole.class);
		form.quota.putAll(meeting.getQuotas());
		form.registrationOpensOn = meeting.getRegistrationOpensOn();
		form.registrationClosesOn = meeting.getRegistrationClosesOn();
		form.programme = meeting.getProgramme();
		form.contactName = meeting.getContactName();
		form.contactEmail = meeting.getContactEmail();
		form.contactPhone = meeting.getContactPhone();
		form.version = meeting.getVersion();
		return form;
	}

	/**
	 * Puts the schedule back as it is (a meeting that has started keeps it), so that the
	 * read-only fields show what holds.
	 */
	void keepSchedule(Meeting.Schedule schedule) {
		this.date = schedule.date();
		this.startTime = schedule.startTime();
		this.endTime = schedule.endTime();
		this.online = schedule.online();
		this.address = schedule.address();
		this.onlineLink = schedule.onlineLink();
	}

	/** Cross-field rules, reported at the field that shows them. */
	void checkCrossFields(Errors errors) {
		if (this.startTime != null && this.endTime != null && !this.endTime.isAfter(this.startTime)) {
			errors.rejectValue("endTime", "MeetingForm.endTime.afterStart");
		}
		if (this.date != null && (this.date.getYear() < 2015 || this.date.getYear() > 2100)) {
			errors.rejectValue("date", "MeetingForm.date.range");
		}
		if (this.online && (this.onlineLink == null)) {
			errors.rejectValue("onlineLink", "MeetingForm.onlineLink.required");
		}
		if (!this.online && this.address == null) {
			errors.rejectValue("address", "MeetingForm.address.required");
		}
		checkRegistrationDay("registrationOpensOn", this.registrationOpensOn, errors);
		checkRegistrationDay("registrationClosesOn", this.registrationClosesOn, errors);
		if (this.registrationOpensOn != null && this.registrationClosesOn != null
				&& this.registrationClosesOn.isBefore(this.registrationOpensOn)) {
			errors.rejectValue("registrationClosesOn", "MeetingForm.registrationClosesOn.beforeOpens");
		}
		int total = 0;
		for (ParticipantRole role : ParticipantRole.values()) {
			Integer places = this.quota.get(role);
			if (places != null && (places < 0 || places > 10000)) {
				errors.rejectValue("quota[" + role + "]", "MeetingForm.quota.range");
			}
			else if (places != null && this.capacity != null && places > this.capacity) {
				errors.rejectValue("quota[" + role + "]", "MeetingForm.quota.overCapacity",
						new Object[] { this.capacity }, null);
			}
			else if (places != null) {
				total += places;
			}
		}
		if (this.capacity != null && total > this.capacity && !errors.hasFieldErrors("capacity")) {
			errors.rejectValue("capacity", "MeetingForm.quota.totalOverCapacity", new Object[] { total }, null);
		}
	}

	/**
	 * A meeting cannot be planned or moved to a moment that has passed; a meeting that
	 * keeps its moment (changing a held meeting's notes, say) is not refused.
	 * @param now the current date and time in Dutch time
	 * @param before the meeting as it is, or {@code null} for a new one
	 */
	void checkNotPast(LocalDateTime now, MeetingForm before, Errors errors) {
		if (this.date == null || errors.hasFieldErrors("date")) {
			return;
		}
		boolean kept = before != null && this.date.equals(before.date)
				&& (this.startTime == null || this.startTime.equals(before.startTime));
		if (kept) {
			return;
		}
		if (this.date.isBefore(now.toLocalDate())) {
			errors.rejectValue("date", "MeetingForm.date.past");
		}
		else if (this.date.equals(now.toLocalDate()) && this.startTime != null
				&& this.startTime.isBefore(now.toLocalTime()) && !errors.hasFieldErrors("startTime")) {
			errors.rejectValue("startTime", "MeetingForm.startTime.past");
		}
	}

	private void checkRegistrationDay(String field, LocalDate day, Errors errors) {
		if (day != null && this.date != null && day.isAfter(this.date)) {
			errors.rejectValue(field, "MeetingForm.registration.afterMeeting");
		}
		else if (day != null && (day.getYear() < 2015 || day.getYear() > 2100)) {
			errors.rejectValue(field, "MeetingForm.date.range");
		}
	}

	Map<ParticipantRole, Integer> quotas() {
		Map<ParticipantRole, Integer> quotas = new EnumMap<>(ParticipantRole.class);
		this.quota.forEach((role, places) -> {
			if (role != null && places != null) {
				quotas.put(role, places);
			}
		});
		return quotas;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public MeetingType getType() {
		return this.type;
	}

	public void setType(MeetingType type) {
		this.type = type;
	}

	public StepType getStep() {
		return this.step;
	}

	public void setStep(StepType step) {
		this.step = step;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public boolean isOnline() {
		return this.online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getAccessibilityNotes() {
		return this.accessibilityNotes;
	}

	public void setAccessibilityNotes(String accessibilityNotes) {
		this.accessibilityNotes = accessibilityNotes;
	}

	public String getRouteNotes() {
		return this.routeNotes;
	}

	public void setRouteNotes(String routeNotes) {
		this.routeNotes = routeNotes;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Map<ParticipantRole, Integer> getQuota() {
		return this.quota;
	}

	public void setQuota(Map<ParticipantRole, Integer> quota) {
		this.quota = (quota != null) ? quota : new EnumMap<>(ParticipantRole.class);
	}

	public LocalDate getRegistrationOpensOn() {
		return this.registrationOpensOn;
	}

	public void setRegistrationOpensOn(LocalDate registrationOpensOn) {
		this.registrationOpensOn = registrationOpensOn;
	}

	public LocalDate getRegistrationClosesOn() {
		return this.registrationClosesOn;
	}

	public void setRegistrationClosesOn(LocalDate registrationClosesOn) {
		this.registrationClosesOn = registrationClosesOn;
	}

	public String getProgramme() {
		return this.programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
