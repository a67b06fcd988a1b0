package nl.nvp.goedegesprek.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingForm;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.meeting.planning.MeetingType;
import nl.nvp.goedegesprek.meeting.registration.AgeGroup;
import nl.nvp.goedegesprek.meeting.registration.GuardianCapacity;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationForm;
import nl.nvp.goedegesprek.meeting.registration.RegistrationLink;
import nl.nvp.goedegesprek.meeting.registration.RegistrationLinkRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.meeting.registration.Registrations;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.support.TestClock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meetings and registrations for tests, made through the domain's own constructors.
 */
@TestComponent
public class MeetingFixtures {

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final RegistrationLinkRepository links;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	MeetingFixtures(MeetingRepository meetings, RegistrationRepository registrations, RegistrationLinkRepository links,
			TransactionTemplate transactions, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.registrations = registrations;
		this.links = links;
		this.transactions = transactions;
	}

	public record Created(long id, UUID publicId) {
	}

	/** A meeting in a month's time, open for registration, at an address. */
	public Created create(long trajectoryId, String title, int capacity, Map<ParticipantRole, Integer> quotas) {
		return create(trajectoryId, title, capacity, quotas, TestClock.today().plusMonths(1));
	}

	public Created create(long trajectoryId, String title, int capacity, Map<ParticipantRole, Integer> quotas,
			LocalDate date) {
		return this.transactions.execute((status) -> {
			MeetingForm form = new MeetingForm();
			form.setTitle(title);
			form.setType(MeetingType.DIALOGUE_MEETING);
			form.setDate(date);
			form.setStartTime(LocalTime.of(13, 30));
			form.setEndTime(LocalTime.of(17, 0));
			form.setAddress("Stadhuis, Korte Nieuwstraat 6, Nijmegen");
			form.setCapacity(capacity);
			form.setQuota(quotas.isEmpty() ? new EnumMap<>(ParticipantRole.class) : new EnumMap<>(quotas));
			Meeting meeting = new Meeting(trajectoryId);
			meeting.describe(form);
			Meeting saved = this.meetings.save(meeting);
			return new Created(saved.getId(), saved.getPublicId());
		});
	}

	/**
	 * A dialogue of a national project (type dialogue session, in its Dialogues step) in
	 * a month's time, at an address.
	 */
	public Created createDialogue(long trajectoryId, String title, int capacity, Map<ParticipantRole, Integer> quotas) {
		return createDialogue(trajectoryId, title, capacity, quotas, TestClock.today().plusMonths(1));
	}

	/** A dialogue of a national project on this day. */
	public Created createDialogue(long trajectoryId, String title, int capacity, Map<ParticipantRole, Integer> quotas,
			LocalDate date) {
		Created created = create(trajectoryId, title, capacity, quotas, date);
		this.transactions.executeWithoutResult((status) -> {
			Meeting meeting = this.meetings.findById(created.id()).orElseThrow();
			MeetingForm form = MeetingForm.of(meeting);
			form.setType(MeetingType.DIALOGUE_SESSION);
			form.setStep(StepType.DIALOGUES);
			meeting.describe(form);
		});
		return created;
	}

	/**
	 * A registration that still waits for its e-mail confirmation; returns its personal
	 * token.
	 */
	public String pending(long meetingId, String name, ParticipantRole role) {
		return pending(meetingId, name, role, role.isChild() ? AgeGroup.FROM_16_TO_18 : null);
	}

	/**
	 * A child under 16's registration, waiting for a guardian's consent (decision 35).
	 */
	public record AwaitingConsent(long registrationId, String childToken, String guardianToken) {
	}

	/**
	 * A foster child of 12 to 16 who confirmed their address; their guardian has been
	 * asked (by a request that lapses in a week) and has not answered.
	 */
	public AwaitingConsent awaitingConsent(long meetingId, String name) {
		String childToken = pending(meetingId, name, ParticipantRole.FOSTER_CHILD, AgeGroup.FROM_12_TO_16);
		SecretToken guardian = SecretToken.generate();
		long id = this.transactions.execute((status) -> {
			Registration registration = this.links.findByTokenHash(new SecretToken(childToken).hash())
				.orElseThrow()
				.getRegistration();
			this.jdbc.sql("update registration set status = 'AWAITING_CONSENT' where id = ?")
				.param(registration.getId())
				.update();
			this.jdbc.sql(
					"insert into guardian_consent (registration_id, guardian_email, token_hash, requested_at, lapses_at) "
							+ "values (?, ?, ?, now(), now() + interval '7 days')")
				.params(registration.getId(), "voogd-" + UUID.randomUUID() + "@test.example", guardian.hash())
				.update();
			return registration.getId();
		});
		return new AwaitingConsent(id, childToken, guardian.value());
	}

	private String pending(long meetingId, String name, ParticipantRole role, AgeGroup ageGroup) {
		return this.transactions.execute((status) -> {
			Meeting meeting = this.meetings.findById(meetingId).orElseThrow();
			RegistrationForm form = new RegistrationForm();
			form.setName(name);
			form.setEmail(
					name.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "-" + UUID.randomUUID() + "@test.example");
			form.setRole(role);
			form.setOrganisation(role.isProfessional() ? "Pleegzorg Oost" : null);
			form.setRoleOther(role == ParticipantRole.OTHER ? "Buurman" : null);
			form.setAgeGroup(ageGroup);
			if (ageGroup != null && ageGroup.needsGuardianConsent()) {
				form.setGuardianName("Voogd van " + name);
				form.setGuardianCapacity(GuardianCapacity.GUARDIAN_INSTITUTION);
			}
			form.setConsent(true);
			Registration registration = this.registrations
				.save(new Registration(meeting, form, Registrations.PRIVACY_VERSION, "nl", Instant.now()));
			SecretToken token = SecretToken.generate();
			this.links.save(new RegistrationLink(registration, token.hash(),
					meeting.linksExpireAt(ZoneId.of("Europe/Amsterdam"))));
			return token.value();
		});
	}

	/** A second dialogue meeting (where ideas are prioritised) in a month's time. */
	public Created createSecondDialogue(long trajectoryId, String title) {
		Created created = create(trajectoryId, title, 40, Map.of());
		this.transactions.executeWithoutResult((status) -> {
			Meeting meeting = this.meetings.findById(created.id()).orElseThrow();
			MeetingForm form = MeetingForm.of(meeting);
			form.setStep(StepType.DIALOGUE_MEETING_2);
			meeting.describe(form);
		});
		return created;
	}

	/** A registration with a place; returns its personal token. */
	public String confirmedToken(long meetingId, String name, ParticipantRole role) {
		String token = pending(meetingId, name, role);
		this.transactions.executeWithoutResult((status) -> this.links.findByTokenHash(new SecretToken(token).hash())
			.orElseThrow()
			.getRegistration()
			.confirm(Instant.now()));
		return token;
	}

	/** A registration with a place; returns its id. */
	public long confirmed(long meetingId, String name, ParticipantRole role) {
		String token = pending(meetingId, name, role);
		return this.transactions.execute((status) -> {
			RegistrationLink link = this.links.findByTokenHash(new SecretToken(token).hash()).orElseThrow();
			link.getRegistration().confirm(Instant.now());
			return link.getRegistration().getId();
		});
	}

	public long count(long meetingId, RegistrationStatus status) {
		return this.registrations.countByMeetingIdAndStatus(meetingId, status);
	}

	/**
	 * A participant with a place at a meeting that took place, who evaluated it with a
	 * quote given with consent (not published).
	 *
	 * @param registrationId the evaluation's registration
	 * @param token their personal link
	 * @param seen the quote's hash, as the coordinator's page sends it to publish it
	 */
	public record Quoted(long registrationId, String token, String seen) {
	}

	public Quoted quoted(long meetingId, String name, ParticipantRole role, String quote) {
		String token = confirmedToken(meetingId, name, role);
		long registrationId = this.transactions
			.execute((status) -> this.links.findByTokenHash(new SecretToken(token).hash())
				.orElseThrow()
				.getRegistration()
				.getId());
		this.jdbc.sql("""
				insert into meeting_evaluation (registration_id, meeting_id, score, quote, quote_consent, submitted_on)
				values (?, ?, 4, ?, true, current_date)""").params(registrationId, meetingId, quote).update();
		return new Quoted(registrationId, token,
				this.jdbc.sql("select md5(?)").param(quote).query(String.class).single());
	}

}
