package nl.nvp.goedegesprek.meeting.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.Audited;
import nl.nvp.goedegesprek.trajectory.StepType;
import org.hibernate.annotations.BatchSize;

/**
 * A meeting (bijeenkomst) of a trajectory: when and where, how many people, and who may
 * register until when.
 */
@Entity
public class Meeting extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/**
	 * Used in the public, shareable link, so that meetings cannot be counted or guessed.
	 */
	private UUID publicId = UUID.randomUUID();

	private Long trajectoryId;

	@Enumerated(EnumType.STRING)
	private StepType step;

	private String title;

	@Enumerated(EnumType.STRING)
	private MeetingType type;

	@Column(name = "meeting_date")
	private LocalDate date;

	private LocalTime startTime;

	private LocalTime endTime;

	private boolean online;

	private String address;

	private String accessibilityNotes;

	private String routeNotes;

	private String onlineLink;

	private int capacity;

	@ElementCollection
	@CollectionTable(name = "meeting_quota", joinColumns = @JoinColumn(name = "meeting_id"))
	@MapKeyColumn(name = "role")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "places")
	@BatchSize(size = 100)
	private Map<ParticipantRole, Integer> quotas = new EnumMap<>(ParticipantRole.class);

	private LocalDate registrationOpensOn;

	private LocalDate registrationClosesOn;

	private String programme;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	private boolean cancelled;

	private String cancellationReason;

	private Instant cancelledAt;

	/**
	 * The SEQUENCE of the meeting's calendar files: raised on every change people must
	 * see in their calendar, so that the newest file (same UID) replaces the entry.
	 */
	private int calendarSequence;

	@Version
	private long version;

	protected Meeting() {
	}

	public Meeting(long trajectoryId) {
		this.trajectoryId = trajectoryId;
	}

	/**
	 * Describes the meeting as the form says. If a planned meeting's date, time, place or
	 * online link changes, the calendar sequence goes up and the schedule as it was is
	 * returned (to tell people what changed); otherwise {@code null}.
	 */
	public Schedule describe(MeetingForm form) {
		boolean planned = this.id != null;
		Schedule before = schedule();
		apply(form);
		if (!planned || before.equals(schedule())) {
			return null;
		}
		this.calendarSequence++;
		return before;
	}

	/**
	 * Cancels the meeting for this reason: registration closes, reminders stop and the
	 * calendar sequence goes up for the cancellation files. Returns false if it was
	 * already cancelled.
	 */
	public boolean cancel(String reason, Instant now) {
		if (this.cancelled) {
			return false;
		}
		this.cancelled = true;
		this.cancellationReason = reason;
		this.cancelledAt = now;
		this.calendarSequence++;
		return true;
	}

	/** Whether the meeting has not started yet at this moment. */
	public boolean isUpcoming(Instant now, ZoneId zone) {
		return this.date.atTime(this.startTime).atZone(zone).toInstant().isAfter(now);
	}

	/**
	 * The form fields of the schedule (date, time, place, online link): fixed once the
	 * meeting has started.
	 */
	public static final List<String> SCHEDULE_FIELDS = List.of("date", "startTime", "endTime", "online", "address",
			"onlineLink");

	/** The fields of {@link #SCHEDULE_FIELDS} that this form would change. */
	public List<String> scheduleChangesIn(MeetingForm form) {
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(this.date, form.getDate())) {
			changed.add("date");
		}
		if (!Objects.equals(this.startTime, form.getStartTime())) {
			changed.add("startTime");
		}
		if (!Objects.equals(this.endTime, form.getEndTime())) {
			changed.add("endTime");
		}
		if (this.online != form.isOnline()) {
			changed.add("online");
		}
		if (!Objects.equals(this.address, form.getAddress())) {
			changed.add("address");
		}
		if (!Objects.equals(this.onlineLink, form.getOnlineLink())) {
			changed.add("onlineLink");
		}
		return changed;
	}

	/** When, where and how to join: what people keep in their calendar. */
	public Schedule schedule() {
		return new Schedule(this.date, this.startTime, this.endTime, this.online, this.address, this.onlineLink);
	}

	/** When, where and how to join a meeting. */
	public record Schedule(LocalDate date, LocalTime startTime, LocalTime endTime, boolean online, String address,
			String onlineLink) {
	}

	private void apply(MeetingForm form) {
		this.step = form.getStep();
		this.title = form.getTitle();
		this.type = form.getType();
		this.date = form.getDate();
		this.startTime = form.getStartTime();
		this.endTime = form.getEndTime();
		this.online = form.isOnline();
		this.address = form.getAddress();
		this.accessibilityNotes = form.getAccessibilityNotes();
		this.routeNotes = form.getRouteNotes();
		this.onlineLink = form.getOnlineLink();
		this.capacity = form.getCapacity();
		this.quotas.clear();
		form.quotas().forEach(this.quotas::put);
		this.registrationOpensOn = form.getRegistrationOpensOn();
		this.registrationClosesOn = form.getRegistrationClosesOn();
		this.programme = form.getProgramme();
		this.contactName = form.getContactName();
		this.contactEmail = form.getContactEmail();
		this.contactPhone = form.getContactPhone();
	}

	/**
	 * Registration is open from its opening day up to and including its closing day, and
	 * never once the meeting has started.
	 */
	public boolean isOpenForRegistration(Clock clock) {
		LocalDate today = LocalDate.now(clock);
		return !this.cancelled && (this.registrationOpensOn == null || !today.isBefore(this.registrationOpensOn))
				&& (this.registrationClosesOn == null || !today.isAfter(this.registrationClosesOn))
				&& !hasStarted(clock);
	}

	/** When the meeting starts, on the clock's time zone (Dutch time). */
	public Instant startsAt(ZoneId zone) {
		return this.date.atTime(this.startTime).atZone(zone).toInstant();
	}

	/** When the meeting ends, on the clock's time zone (Dutch time). */
	public Instant endsAt(ZoneId zone) {
		return this.date.atTime(this.endTime).atZone(zone).toInstant();
	}

	/**
	 * Whether the meeting has begun: from then on nobody registers, confirms, cancels or
	 * moves up from the waitlist, and nobody is reminded of it (decision 0022).
	 */
	public boolean hasStarted(Clock clock) {
		return !clock.instant().isBefore(startsAt(clock.getZone()));
	}

	public boolean hasRoomFor(ParticipantRole role, long confirmed, long confirmedInRole) {
		Integer quota = this.quotas.get(role);
		return confirmed < this.capacity && (quota == null || confirmedInRole < quota);
	}

	/** Personal links work until the day after the meeting. */
	public Instant linksExpireAt(ZoneId zone) {
		return this.date.plusDays(2).atStartOfDay(zone).toInstant();
	}

	public Long getId() {
		return this.id;
	}

	public UUID getPublicId() {
		return this.publicId;
	}

	public Long getTrajectoryId() {
		return this.trajectoryId;
	}

	public StepType getStep() {
		return this.step;
	}

	public String getTitle() {
		return this.title;
	}

	public MeetingType getType() {
		return this.type;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public boolean isOnline() {
		return this.online;
	}

	public String getAddress() {
		return this.address;
	}

	public String getAccessibilityNotes() {
		return this.accessibilityNotes;
	}

	public String getRouteNotes() {
		return this.routeNotes;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public int getCapacity() {
		return this.capacity;
	}

	public Map<ParticipantRole, Integer> getQuotas() {
		return this.quotas;
	}

	public LocalDate getRegistrationOpensOn() {
		return this.registrationOpensOn;
	}

	public LocalDate getRegistrationClosesOn() {
		return this.registrationClosesOn;
	}

	public String getProgramme() {
		return this.programme;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public boolean isCancelled() {
		return this.cancelled;
	}

	public String getCancellationReason() {
		return this.cancellationReason;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public int getCalendarSequence() {
		return this.calendarSequence;
	}

	public long getVersion() {
		return this.version;
	}

}
