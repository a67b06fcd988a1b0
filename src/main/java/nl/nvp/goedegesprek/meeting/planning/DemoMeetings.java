package nl.nvp.goedegesprek.meeting.planning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Optional;

import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.AgeGroup;
import nl.nvp.goedegesprek.meeting.registration.GuardianCapacity;
import nl.nvp.goedegesprek.meeting.registration.GuardianConsents;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationForm;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.Registrations;
import nl.nvp.goedegesprek.trajectory.StepType;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's meetings: West Brabant Oost's second dialogue meeting, next week,
 * with a few (made-up) registrations. One policymaker's place is left, so that a second
 * policymaker who registers lands on the waitlist and moves up when the first cancels.
 * And Rijk van Nijmegen's follow-up meeting, yesterday, whose participants can be asked
 * for their evaluation. And the meetings both regions held before (kick-off, dialogue
 * meetings), with their participants, for the annual numbers. Made on the first demo
 * start of a day, dated from that day (decision 21).
 */
@Component
@Profile("demo")
@Order(3)
class DemoMeetings implements ApplicationRunner {

	/** Names for the participants of the meetings held before. */
	private static final String[] FIRST_NAMES = { "Anouk", "Bas", "Carmen", "Dirk", "Esra", "Floor", "Gijs", "Hanna",
			"Ivo", "Jamila", "Kees", "Linda", "Mohamed", "Nina", "Olaf", "Priya", "Ruben", "Sophie", "Thijs", "Vera" };

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final DemoBasis demo;

	private final Accounts accounts;

	private final Clock clock;

	private final GuardianConsents consents;

	private final JdbcClient jdbc;

	DemoMeetings(MeetingRepository meetings, RegistrationRepository registrations, DemoBasis demo, Accounts accounts,
			Clock clock, GuardianConsents consents, JdbcClient jdbc) {
		this.consents = consents;
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.registrations = registrations;
		this.demo = demo;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.meetings.count() > 0) {
			return;
		}
		DemoBasis.Start brabant = this.demo.brabant().orElse(null);
		if (brabant == null) {
			return;
		}
		MeetingForm form = new MeetingForm();
		form.setTitle("Dialoogbijeenkomst 2 West Brabant Oost");
		form.setType(MeetingType.DIALOGUE_MEETING);
		form.setStep(StepType.DIALOGUE_MEETING_2);
		form.setDate(LocalDate.now(this.clock).plusWeeks(1));
		form.setStartTime(LocalTime.of(18, 30));
		form.setEndTime(LocalTime.of(21, 30));
		form.setAddress("Theater De Kring, Vrouwemarkt 3, Roosendaal");
		form.setAccessibilityNotes(
				"De zaal is rolstoeltoegankelijk. Er is een ringleiding (voor mensen met een hoortoestel) en een rustige ruimte.");
		form.setRouteNotes("Tien minuten lopen vanaf station Roosendaal. Gratis parkeren in de parkeergarage.");
		form.setCapacity(60);
		EnumMap<ParticipantRole, Integer> quota = new EnumMap<>(ParticipantRole.class);
		quota.put(ParticipantRole.FOSTER_CARE_WORKER, 10);
		quota.put(ParticipantRole.POLICYMAKER, 2);
		form.setQuota(quota);
		form.setProgramme(
				"18.30 Inloop\n19.00 Welkom en de uitkomsten van dialoogbijeenkomst 1\n19.30 In gesprek aan tafels: van ideeën naar acties\n21.00 Welke acties kiezen we?");
		form.setContactName("Ahmed El Amrani");
		form.setContactEmail("brabant@goedegesprek.example");
		Meeting meeting = new Meeting(brabant.id());
		meeting.describe(form);
		this.meetings.save(meeting);
		register(meeting,
				new String[][] { { "Marieke", "FOSTER_PARENT" }, { "Joost", "FOSTER_PARENT" }, { "Sandra", "PARENT" },
						{ "Noor", "FOSTER_CHILD" }, { "Bram", "FOSTER_CARE_WORKER" },
						{ "Ilse", "CHILD_PROTECTION_WORKER" }, { "Peter", "POLICYMAKER" }, { "Yara", "OWN_CHILD" } },
				"Pleegzorg West-Brabant", this.clock.instant());
		childWaitingForConsent(meeting);
		Optional<Long> nijmegen = this.demo.nijmegen().map(DemoBasis.Start::id);
		nijmegen.ifPresent(this::followUpYesterday);
		LocalDate today = LocalDate.now(this.clock);
		nijmegen.ifPresent((id) -> {
			held(id, "Startbijeenkomst Rijk van Nijmegen", MeetingType.KICK_OFF, StepType.KICK_OFF,
					today.minusMonths(9).plusDays(10), false, new int[] { 9, 1, 1, 3, 6, 3, 3, 1, 0 });
			Meeting first = held(id, "Dialoogbijeenkomst 1 Rijk van Nijmegen", MeetingType.DIALOGUE_MEETING,
					StepType.DIALOGUE_MEETING_1, today.minusMonths(6).plusDays(10), true,
					new int[] { 10, 2, 1, 3, 5, 3, 2, 0, 1 });
			nijmegenQuotes(first);
			held(id, "Dialoogbijeenkomst 2 Rijk van Nijmegen", MeetingType.DIALOGUE_MEETING,
					StepType.DIALOGUE_MEETING_2, today.minusMonths(5).plusDays(10), true,
					new int[] { 8, 2, 0, 2, 5, 2, 2, 0, 0 });
		});
		LocalDate brabantStart = today.minusWeeks(1).minusMonths(4);
		held(brabant.id(), "Startbijeenkomst West Brabant Oost", MeetingType.KICK_OFF, StepType.KICK_OFF,
				brabantStart.plusDays(10), false, new int[] { 14, 2, 2, 4, 8, 4, 4, 1, 0 });
		Meeting first = held(brabant.id(), "Dialoogbijeenkomst 1 West Brabant Oost", MeetingType.DIALOGUE_MEETING,
				StepType.DIALOGUE_MEETING_1, brabantStart.plusMonths(3).plusDays(10), true,
				new int[] { 16, 4, 2, 5, 9, 4, 3, 1, 1 });
		evaluated(first, "brabant@goedegesprek.example",
				new String[][] {
						{ "Ilona", "CHILD_PROTECTION_WORKER", "4",
								"Ik snap nu beter wat pleegouders van ons nodig hebben.", "published" },
						{ "Wouter", "FOSTER_PARENT", "5", "Het ging over ons, en niet over ons zonder ons.", "" },
						{ "Mirjam", "POLICYMAKER", "4", null, "" } });
	}

	/**
	 * A meeting that took place, for the annual numbers: its participants per role (in
	 * the order of {@link ParticipantRole}) with a place, and where attendance was taken
	 * all but the first foster parent (and at a big meeting also the first foster-care
	 * worker) checked in.
	 */
	private Meeting held(long trajectoryId, String title, MeetingType type, StepType step, LocalDate day,
			boolean attendance, int[] perRole) {
		MeetingForm form = new MeetingForm();
		form.setTitle(title);
		form.setType(type);
		form.setStep(step);
		form.setDate(day);
		form.setStartTime(LocalTime.of(13, 30));
		form.setEndTime(LocalTime.of(17, 0));
		form.setAddress("Buurthuis De Brug, Marktplein 1");
		form.setCapacity(60);
		form.setQuota(new EnumMap<>(ParticipantRole.class));
		Meeting meeting = new Meeting(trajectoryId);
		meeting.describe(form);
		this.meetings.save(meeting);
		Instant registered = day.minusWeeks(3).atTime(12, 0).atZone(this.clock.getZone()).toInstant();
		Instant start = meeting.startsAt(this.clock.getZone());
		int person = 0;
		for (ParticipantRole role : ParticipantRole.values()) {
			for (int i = 0; i < perRole[role.ordinal()]; i++) {
				RegistrationForm registration = new RegistrationForm();
				String name = FIRST_NAMES[person % FIRST_NAMES.length];
				registration.setName(name);
				registration.setEmail(name.toLowerCase() + "." + meeting.getId() + "." + person + "@deelnemer.example");
				registration.setRole(role);
				registration.setRoleOther((role == ParticipantRole.OTHER) ? "Buurvrouw" : null);
				registration.setOrganisation(role.isProfessional() ? "Pleegzorg in de regio" : null);
				registration.setAgeGroup(role.isChild() ? AgeGroup.FROM_16_TO_18 : null);
				Registration saved = new Registration(meeting, registration, Registrations.PRIVACY_VERSION, "nl",
						registered);
				saved.confirm(registered);
				boolean absent = i == 0 && (role == ParticipantRole.FOSTER_PARENT
						|| (role == ParticipantRole.FOSTER_CARE_WORKER && perRole[role.ordinal()] > 8));
				if (attendance && !absent) {
					saved.checkIn(start);
				}
				this.registrations.save(saved);
				person++;
			}
		}
		return meeting;
	}

	/**
	 * Rijk van Nijmegen's first dialogue meeting, six months ago: its participants'
	 * evaluations, quotes given with consent, three of them published by the coordinator
	 * (for the public pages, {@code meeting.PublishedQuotes}), one still to choose.
	 */
	private void nijmegenQuotes(Meeting meeting) {
		evaluated(meeting, "nijmegen@goedegesprek.example", new String[][] {
				{ "Sem", "FOSTER_CHILD", "5", "Ik kwam meer dingen te weten en kon mijn stem laten horen.",
						"published" },
				{ "Ingrid", "FOSTER_PARENT", "4",
						"Voor het eerst zaten we met de ouders en de gemeente aan één tafel. Dat voelde gelijkwaardig.",
						"published" },
				{ "Yvonne", "PARENT", "4", "Ik werd gehoord als moeder, en niet alleen als dossier.", "published" },
				{ "Mila", "OWN_CHILD", "5", "Fijn dat ze ook aan ons vroegen hoe het thuis gaat.", "" },
				{ "Ruud", "FOSTER_CARE_WORKER", "3", null, "" } });
	}

	/**
	 * Participants of a meeting that took place who checked in and gave an evaluation:
	 * {name, role, score, quote or null, "published" when the coordinator published it}.
	 */
	private void evaluated(Meeting meeting, String coordinator, String[][] evaluations) {
		LocalDate date = meeting.getDate();
		Long publishedBy = this.accounts.idOf(coordinator).orElse(null);
		Instant registered = date.minusWeeks(3).atStartOfDay(this.clock.getZone()).toInstant();
		for (String[] evaluation : evaluations) {
			register(meeting, new String[][] { { evaluation[0], evaluation[1] } }, "Pleegzorg in de regio", registered,
					meeting.startsAt(this.clock.getZone()));
		}
		this.registrations.flush();
		for (String[] evaluation : evaluations) {
			boolean published = evaluation[4].equals("published") && publishedBy != null;
			this.jdbc
				.sql("""
						insert into meeting_evaluation (registration_id, meeting_id, score, quote, quote_consent, submitted_on,
						  quote_published_at, quote_published_by)
						select r.id, r.meeting_id, :score, :quote, :consent, :day, :publishedAt, :publishedBy
						from registration r where r.meeting_id = :meeting and r.name = :name
						""")
				.param("score", Integer.parseInt(evaluation[2]))
				.param("quote", evaluation[3])
				.param("consent", evaluation[3] != null)
				.param("day", date)
				.param("publishedAt",
						published ? Timestamp
							.from(date.plusDays(7).atTime(10, 0).atZone(this.clock.getZone()).toInstant()) : null)
				.param("publishedBy", published ? publishedBy : null)
				.param("meeting", meeting.getId())
				.param("name", evaluation[0])
				.update();
		}
	}

	/**
	 * Rijk van Nijmegen's follow-up meeting, yesterday evening: over, so its participants
	 * may evaluate it (their personal links work until the day after tomorrow) once the
	 * coordinator asks them to.
	 */
	private void followUpYesterday(long nijmegen) {
		MeetingForm form = new MeetingForm();
		form.setTitle("Opvolgbijeenkomst Rijk van Nijmegen");
		form.setType(MeetingType.OTHER);
		form.setStep(StepType.FOLLOW_UP);
		form.setDate(LocalDate.now(this.clock).minusDays(1));
		form.setStartTime(LocalTime.of(19, 0));
		form.setEndTime(LocalTime.of(21, 0));
		form.setAddress("Stadhuis Nijmegen, Korte Nieuwstraat 6, Nijmegen");
		form.setCapacity(30);
		form.setQuota(new EnumMap<>(ParticipantRole.class));
		form.setProgramme(
				"19.00 Welkom\n19.15 Hoe staan de acties uit het actieplan ervoor?\n20.15 Wat pakken we nu op?");
		form.setContactName("Sanne Jansen");
		form.setContactEmail("nijmegen@goedegesprek.example");
		Meeting meeting = new Meeting(nijmegen);
		meeting.describe(form);
		this.meetings.save(meeting);
		register(meeting,
				new String[][] { { "Fatima", "FOSTER_PARENT" }, { "Henk", "PARENT" }, { "Lotte", "OWN_CHILD" },
						{ "Daan", "FOSTER_CARE_WORKER" } },
				"Pleegzorg Gelderland Zuid", this.clock.instant().minus(Duration.ofDays(21)));
	}

	/**
	 * A foster child of 13 who confirmed their address; the guardian was mailed (see the
	 * demo's mails) and has not answered yet (decision 35).
	 */
	private void childWaitingForConsent(Meeting meeting) {
		RegistrationForm form = new RegistrationForm();
		form.setName("Tim");
		form.setEmail("tim@deelnemer.example");
		form.setRole(ParticipantRole.FOSTER_CHILD);
		form.setAgeGroup(AgeGroup.FROM_12_TO_16);
		form.setGuardianName("Mevrouw De Wit (voogd, Jeugdbescherming Brabant)");
		form.setGuardianCapacity(GuardianCapacity.GUARDIAN_INSTITUTION);
		Registration tim = this.registrations
			.save(new Registration(meeting, form, Registrations.PRIVACY_VERSION, "nl", this.clock.instant()));
		this.consents.askDemo(tim, "voogd.dewit@jeugdbescherming.example");
	}

	private void register(Meeting meeting, String[][] people, String organisation, Instant when) {
		register(meeting, people, organisation, when, null);
	}

	/** Registers people, checked in at {@code checkedIn} unless that is null. */
	private void register(Meeting meeting, String[][] people, String organisation, Instant when, Instant checkedIn) {
		for (String[] person : people) {
			RegistrationForm registration = new RegistrationForm();
			registration.setName(person[0]);
			registration.setEmail(person[0].toLowerCase() + "@deelnemer.example");
			registration.setRole(ParticipantRole.valueOf(person[1]));
			registration.setOrganisation(registration.getRole().isProfessional() ? organisation : null);
			registration.setAgeGroup(registration.getRole().isChild() ? AgeGroup.FROM_16_TO_18 : null);
			registration.setNeedsTravelCosts(person[0].equals("Sandra"));
			Registration saved = new Registration(meeting, registration, Registrations.PRIVACY_VERSION, "nl", when);
			saved.confirm(when);
			if (checkedIn != null) {
				saved.checkIn(checkedIn);
			}
			this.registrations.save(saved);
		}
	}

}
