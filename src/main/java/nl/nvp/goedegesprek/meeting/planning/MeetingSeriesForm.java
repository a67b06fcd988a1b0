package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.EmailAddress;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Plan a series of meetings in one go (issue 17): what they share once (title, kind,
 * length, places, registration, programme, contact) and then a row per meeting with its
 * day, start and place or online link. Blank rows are left out. Each row is checked as
 * the form for one meeting checks it ({@link MeetingForm}), and what is wrong is shown at
 * the row's own field, or once at the shared field it comes from. The fields' own
 * annotations are those of this form alone (its title, length and registration days) and
 * the markers every text field carries (one line or plain text, a deliverable address);
 * limits such as lengths come from the form for one meeting.
 */
public class MeetingSeriesForm {

	/** The rows the form shows; more are refused. */
	static final int ROWS = 20;

	@NotBlank
	@Size(max = 140)
	@SingleLine
	private String titlePrefix;

	private MeetingType type;

	private StepType step;

	@NotNull
	@Min(15)
	@Max(720)
	private Integer durationMinutes;

	@PlainText
	private String accessibilityNotes;

	@PlainText
	private String routeNotes;

	private Integer capacity;

	private Map<ParticipantRole, Integer> quota = new EnumMap<>(ParticipantRole.class);

	/** Registration opens this many days before each meeting; empty: at once. */
	@Min(0)
	@Max(365)
	private Integer registrationOpensDaysBefore;

	/** Registration closes this many days before each meeting; empty: on its day. */
	@Min(0)
	@Max(365)
	private Integer registrationClosesDaysBefore;

	@PlainText
	private String programme;

	@SingleLine
	private String contactName;

	@EmailAddress
	@SingleLine
	private String contactEmail;

	@SingleLine
	private String contactPhone;

	private List<Row> rows = new ArrayList<>();

	/** The form with its empty rows, starting from what the new-meeting form knows. */
	static MeetingSeriesForm startingFrom(MeetingForm meeting) {
		MeetingSeriesForm form = new MeetingSeriesForm();
		form.type = meeting.getType();
		form.step = meeting.getStep();
		form.capacity = meeting.getCapacity();
		form.contactName = meeting.getContactName();
		form.contactEmail = meeting.getContactEmail();
		form.contactPhone = meeting.getContactPhone();
		form.durationMinutes = 120;
		form.fillRows();
		return form;
	}

	/** Shows every row of the form again, the filled ones where they were. */
	void fillRows() {
		while (this.rows.size() < ROWS) {
			this.rows.add(new Row());
		}
	}

	/**
	 * The rules of the form for one meeting, for every row that is filled in, on top of
	 * what the fields' annotations checked. A rule of a row's own field is reported at
	 * that row; a rule of a shared field once, at the shared field.
	 * @param validator checks a meeting's fields as the form for one meeting does
	 * @param now the current date and time in Dutch time
	 * @param trajectory the trajectory the meetings are planned in
	 * @param result where what is wrong goes
	 */
	void check(SmartValidator validator, LocalDateTime now, TrajectoryRef trajectory, BindingResult result) {
		if (this.rows.size() > ROWS) {
			result.reject("MeetingSeriesForm.rows.tooMany", new Object[] { ROWS }, null);
			return;
		}
		if (this.registrationOpensDaysBefore != null && this.registrationClosesDaysBefore != null
				&& this.registrationClosesDaysBefore > this.registrationOpensDaysBefore
				&& !result.hasFieldErrors("registrationClosesDaysBefore")) {
			result.rejectValue("registrationClosesDaysBefore",
					"MeetingSeriesForm.registrationClosesDaysBefore.beforeOpens");
		}
		if (this.step != null && !trajectory.steps().contains(this.step)) {
			result.rejectValue("step", "MeetingForm.step.notInTrajectory");
		}
		List<Integer> filled = filledRows(result);
		if (filled.isEmpty()) {
			// The shared fields are still checked, as for a meeting without its day.
			copyErrors(meeting(new Row(), null), -1, validator, now, result);
			result.rejectValue("rows[0].date", "MeetingSeriesForm.rows.none");
			return;
		}
		Set<String> starts = new HashSet<>();
		for (int index : filled) {
			Row row = this.rows.get(index);
			copyErrors(meeting(row, null), index, validator, now, result);
			if (row.date != null && row.startTime != null && !starts.add(row.date + " " + row.startTime)
					&& !result.hasFieldErrors("rows[" + index + "].date")) {
				result.rejectValue("rows[" + index + "].date", "MeetingSeriesForm.rows.sameStart");
			}
		}
	}

	/** The rows filled in (or sent with something that could not be read), in order. */
	private List<Integer> filledRows(BindingResult result) {
		List<Integer> filled = new ArrayList<>();
		for (int index = 0; index < this.rows.size(); index++) {
			Row row = this.rows.get(index);
			if (row == null) {
				this.rows.set(index, new Row());
				row = this.rows.get(index);
			}
			boolean unread = result.hasFieldErrors("rows[" + index + "].*");
			if (!row.isBlank() || unread) {
				filled.add(index);
			}
		}
		return filled;
	}

	/**
	 * Checks one meeting as the form for one meeting does, and reports each error at the
	 * field of this form it comes from, once.
	 */
	private void copyErrors(MeetingForm meeting, int row, SmartValidator validator, LocalDateTime now,
			BindingResult result) {
		BindingResult errors = new BeanPropertyBindingResult(meeting, result.getObjectName());
		validator.validate(meeting, errors);
		meeting.checkCrossFields(errors);
		meeting.checkNotPast(now, null, errors);
		for (FieldError error : errors.getFieldErrors()) {
			String field = fieldOf(error.getField(), row);
			if (field == null || result.hasFieldErrors(field)) {
				continue;
			}
			String[] codes = error.getCodes();
			Object[] arguments = error.getArguments();
			String own = ownCode(error.getCode());
			if (own != null) {
				codes = new String[] { own };
				arguments = null;
			}
			result.addError(new FieldError(result.getObjectName(), field, result.getRawFieldValue(field), false, codes,
					arguments, error.getDefaultMessage()));
		}
	}

	/**
	 * The field of this form that a field of the form for one meeting comes from, or null
	 * when this form reports it otherwise (the end time comes from the length).
	 */
	private String fieldOf(String field, int row) {
		String prefix = "rows[" + row + "].";
		return switch (field) {
			case "date", "startTime", "address", "onlineLink" -> (row < 0) ? null : prefix + field;
			case "online" -> (row < 0) ? null : prefix + "address";
			case "endTime" -> (row < 0 || this.durationMinutes == null) ? null : prefix + "startTime";
			case "title" -> "titlePrefix";
			case "registrationOpensOn" -> "registrationOpensDaysBefore";
			case "registrationClosesOn" -> "registrationClosesDaysBefore";
			case "version" -> null;
			default -> field;
		};
	}

	/** A rule that reads differently on this form. */
	private static String ownCode(String code) {
		return switch (code) {
			case "MeetingForm.endTime.afterStart" -> "MeetingSeriesForm.endsNextDay";
			case "MeetingForm.address.required" -> "MeetingSeriesForm.place.required";
			default -> null;
		};
	}

	/**
	 * The meetings to plan, soonest first (the order of their numbers), each with the
	 * index of its row. Call after {@link #check} found nothing wrong.
	 */
	List<Planned> meetings() {
		List<Planned> planned = new ArrayList<>();
		for (int index = 0; index < this.rows.size(); index++) {
			Row row = this.rows.get(index);
			if (row != null && !row.isBlank()) {
				planned.add(new Planned(index, meeting(row, null)));
			}
		}
		planned.sort(Comparator.comparing((Planned p) -> p.meeting().getDate())
			.thenComparing((p) -> p.meeting().getStartTime())
			.thenComparing(Planned::row));
		return planned;
	}

	/** A meeting of the series, planned from this row. */
	record Planned(int row, MeetingForm meeting) {
	}

	/** The form for one meeting, as this row and the shared fields describe it. */
	private MeetingForm meeting(Row row, String title) {
		MeetingForm meeting = new MeetingForm();
		meeting.setTitle((title != null) ? title : this.titlePrefix);
		meeting.setType(this.type);
		meeting.setStep(this.step);
		meeting.setDate(row.date);
		meeting.setStartTime(row.startTime);
		if (row.startTime != null && this.durationMinutes != null) {
			meeting.setEndTime(row.startTime.plusMinutes(this.durationMinutes));
		}
		meeting.setOnline(row.onlineLink != null);
		meeting.setAddress(row.address);
		meeting.setOnlineLink(row.onlineLink);
		meeting.setAccessibilityNotes(this.accessibilityNotes);
		meeting.setRouteNotes(this.routeNotes);
		meeting.setCapacity(this.capacity);
		meeting.setQuota(new EnumMap<>(ParticipantRole.class));
		meeting.getQuota().putAll(quotas());
		if (row.date != null && this.registrationOpensDaysBefore != null) {
			meeting.setRegistrationOpensOn(row.date.minusDays(this.registrationOpensDaysBefore));
		}
		if (row.date != null && this.registrationClosesDaysBefore != null) {
			meeting.setRegistrationClosesOn(row.date.minusDays(this.registrationClosesDaysBefore));
		}
		meeting.setProgramme(this.programme);
		meeting.setContactName(this.contactName);
		meeting.setContactEmail(this.contactEmail);
		meeting.setContactPhone(this.contactPhone);
		return meeting;
	}

	private Map<ParticipantRole, Integer> quotas() {
		Map<ParticipantRole, Integer> quotas = new EnumMap<>(ParticipantRole.class);
		this.quota.forEach((role, places) -> {
			if (role != null) {
				quotas.put(role, places);
			}
		});
		return quotas;
	}

	/** One meeting of the series: its day, start, and place or online link. */
	public static class Row {

		private LocalDate date;

		private LocalTime startTime;

		@SingleLine
		private String address;

		@SingleLine
		private String onlineLink;

		boolean isBlank() {
			return this.date == null && this.startTime == null && this.address == null && this.onlineLink == null;
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

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getOnlineLink() {
			return this.onlineLink;
		}

		public void setOnlineLink(String onlineLink) {
			this.onlineLink = onlineLink;
		}

	}

	public String getTitlePrefix() {
		return this.titlePrefix;
	}

	public void setTitlePrefix(String titlePrefix) {
		this.titlePrefix = titlePrefix;
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

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
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

	public Integer getRegistrationOpensDaysBefore() {
		return this.registrationOpensDaysBefore;
	}

	public void setRegistrationOpensDaysBefore(Integer registrationOpensDaysBefore) {
		this.registrationOpensDaysBefore = registrationOpensDaysBefore;
	}

	public Integer getRegistrationClosesDaysBefore() {
		return this.registrationClosesDaysBefore;
	}

	public void setRegistrationClosesDaysBefore(Integer registrationClosesDaysBefore) {
		this.registrationClosesDaysBefore = registrationClosesDaysBefore;
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

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = (rows != null) ? rows : new ArrayList<>();
	}

}
