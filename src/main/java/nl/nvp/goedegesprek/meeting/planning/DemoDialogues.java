package nl.nvp.goedegesprek.meeting.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.Registration;
import nl.nvp.goedegesprek.meeting.registration.RegistrationForm;
import nl.nvp.goedegesprek.meeting.registration.RegistrationRepository;
import nl.nvp.goedegesprek.meeting.registration.Registrations;
import nl.nvp.goedegesprek.trajectory.DemoBasis;
import nl.nvp.goedegesprek.trajectory.StepType;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogues of the demo's national project "Samenwerken binnen pleegzorg" (issue 17,
 * decision 45): 44 small meetings of type DIALOGUE_SESSION in its dialogues step, which
 * runs from four months before the day the demo data is made to three months after it
 * (the trajectory module's DemoTrajectories). Each has places for one or two people of
 * each of the project's four roles, in a town across the country or online. The 24 held
 * before today have their (made-up) participants placed, confirmed and checked in, all
 * but one now and then; what their facilitators recorded is the project module's demo.
 * The 20 to come are empty: the grouping assistant fills them from the sign-ups. Made on
 * the first demo start of a day (decision 21), once: a project with meetings gets no
 * more.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDialogues implements ApplicationRunner {

	/** Dialogues held before today, and to come. */
	static final int HELD = 24;

	static final int TO_COME = 20;

	/** The project's roles, in the order their places are filled. */
	private static final List<ParticipantRole> ROLES = List.of(ParticipantRole.FOSTER_PARENT, ParticipantRole.PARENT,
			ParticipantRole.FOSTER_CARE_WORKER, ParticipantRole.CHILD_PROTECTION_WORKER);

	/** Where the dialogues in person are held, across the country. */
	private static final String[] PLACES = { "Wijkcentrum De Kern, Oosterstraat 14, Groningen",
			"Buurthuis De Schakel, Kerkstraat 3, Zwolle", "Ontmoetingshuis Het Anker, Jansplaats 9, Arnhem",
			"Wijkgebouw De Linde, Oudegracht 120, Utrecht", "Bibliotheek Centrum, Markt 2, Breda",
			"Huis van de Wijk De Pijl, Beukenlaan 18, Eindhoven", "Buurtcentrum Het Baken, Havenweg 5, Rotterdam",
			"Wijkcentrum De Boog, Stationsplein 7, Zwolle", "Cultuurhuis De Poort, Vrijthof 11, Maastricht",
			"Ontmoetingscentrum De Bron, Molenstraat 21, Leeuwarden", "Buurthuis Het Trefpunt, Dorpsstraat 44, Almere",
			"Wijkcentrum De Ster, Laan van Meerdervoort 80, Den Haag" };

	private static final String[] FIRST_NAMES = { "Anouk", "Bas", "Carolien", "Dennis", "Esther", "Fleur", "Gerrit",
			"Hilde", "Ivo", "Jolien", "Kevin", "Lieke", "Maarten", "Nadia", "Onno", "Paulien", "Remco", "Saskia",
			"Thomas", "Ilona", "Wendy", "Youssef", "Zeynep", "Arjen", "Bianca", "Chris", "Desiree", "Erik", "Fatma",
			"Gijs", "Hester", "Jeroen", "Karlijn", "Luuk", "Mariska", "Niels", "Petra", "Rik", "Sevda", "Tessa" };

	private static final String[] LAST_NAMES = { "Bakker", "de Jong", "van Dijk", "Visser", "Smits", "Mulder", "Kok",
			"Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Verhoeven", "Bos", "Peters" };

	private static final String[] ORGANISATIONS = { "Pleegzorg Noord", "Jeugdbescherming Midden", "Pleegzorg Zuid",
			"Jeugdbescherming West" };

	private final MeetingRepository meetings;

	private final RegistrationRepository registrations;

	private final DemoBasis demo;

	private final Clock clock;

	DemoDialogues(MeetingRepository meetings, RegistrationRepository registrations, DemoBasis demo, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.demo.project()
			.filter((project) -> this.meetings.findTitles(project.id()).isEmpty())
			.ifPresent((project) -> plan(project.id()));
	}

	private void plan(long projectId) {
		LocalDate today = LocalDate.now(this.clock);
		// The dialogues step: from four months ago (after a month of sign-up) to three
		// months from now. The held ones from then until two days ago, the others from
		// next week until a week before the step ends.
		LocalDate firstDay = today.minusMonths(4).plusDays(3);
		long heldDays = ChronoUnit.DAYS.between(firstDay, today.minusDays(2));
		LocalDate nextWeek = today.plusDays(6);
		long comingDays = ChronoUnit.DAYS.between(nextWeek, today.plusMonths(3).minusDays(7));
		List<Meeting> held = new ArrayList<>();
		for (int i = 0; i < HELD + TO_COME; i++) {
			LocalDate day = (i < HELD) ? firstDay.plusDays(heldDays * i / (HELD - 1))
					: nextWeek.plusDays(comingDays * (i - HELD) / (TO_COME - 1));
			Meeting meeting = dialogue(projectId, i, day);
			this.meetings.save(meeting);
			if (i < HELD) {
				held.add(meeting);
			}
		}
		for (int i = 0; i < held.size(); i++) {
			placeAndCheckIn(held.get(i), i);
		}
	}

	/**
	 * Dialogue {@code i + 1}: every third one online, the others in a town; mostly on an
	 * evening, some in the afternoon or morning; one or two places per role.
	 */
	private Meeting dialogue(long projectId, int i, LocalDate day) {
		MeetingForm form = new MeetingForm();
		form.setTitle("Dialoog " + (i + 1));
		form.setType(MeetingType.DIALOGUE_SESSION);
		form.setStep(StepType.DIALOGUES);
		form.setDate(day);
		LocalTime start = switch (i % 4) {
			case 1 -> LocalTime.of(13, 30);
			case 3 -> (i % 8 == 3) ? LocalTime.of(10, 0) : LocalTime.of(19, 30);
			default -> LocalTime.of(19, 0);
		};
		form.setStartTime(start);
		form.setEndTime(start.plusHours(2).plusMinutes(30));
		boolean online = i % 3 == 2;
		form.setOnline(online);
		if (online) {
			form.setOnlineLink("https://meet.example.org/samenwerken-binnen-pleegzorg/dialoog-" + (i + 1));
		}
		else {
			form.setAddress(PLACES[(i * 5) % PLACES.length]);
			form.setAccessibilityNotes("De ruimte is op de begane grond en rolstoeltoegankelijk.");
		}
		Map<ParticipantRole, Integer> quota = new EnumMap<>(ParticipantRole.class);
		int capacity = 0;
		for (int r = 0; r < ROLES.size(); r++) {
			int places = 1 + ((i + r) % 3 == 0 ? 0 : 1);
			quota.put(ROLES.get(r), places);
			capacity += places;
		}
		form.setQuota(quota);
		form.setCapacity(capacity);
		form.setProgramme("""
				Welkom en kennismaking
				Wat gaat goed in de samenwerking rond een pleegkind?
				Wat kan beter, en hoe?
				Wat nemen we mee naar het advies?""");
		form.setContactName("Lotte de Vries");
		form.setContactEmail("landelijk@goedegesprek.example");
		Meeting meeting = new Meeting(projectId);
		meeting.describe(form);
		return meeting;
	}

	/**
	 * The people placed in a dialogue that was held: every place taken except, now and
	 * then, a second place; registered and confirmed three weeks before, and checked in
	 * at the start, all but one in every fourth dialogue.
	 */
	private void placeAndCheckIn(Meeting meeting, int i) {
		Instant registered = meeting.getDate().minusWeeks(3).atTime(20, 0).atZone(this.clock.getZone()).toInstant();
		Instant start = meeting.startsAt(this.clock.getZone());
		int seat = 0;
		for (ParticipantRole role : ROLES) {
			int places = meeting.getQuotas().getOrDefault(role, 0);
			int taken = (places == 2 && (i + role.ordinal()) % 5 == 0) ? 1 : places;
			for (int p = 0; p < taken; p++) {
				int person = i * 8 + seat;
				String first = FIRST_NAMES[person % FIRST_NAMES.length];
				String last = LAST_NAMES[(person / FIRST_NAMES.length + person) % LAST_NAMES.length];
				RegistrationForm form = new RegistrationForm();
				form.setName(first + " " + last);
				form.setEmail((first + "." + last).toLowerCase(Locale.ROOT).replace(" ", "") + "@example.org");
				form.setRole(role);
				form.setOrganisation(role.isProfessional() ? ORGANISATIONS[(i + seat) % ORGANISATIONS.length] : null);
				form.setNeedsTravelCosts(role == ParticipantRole.PARENT && p == 0 && i % 3 == 0);
				Registration registration = new Registration(meeting, form, Registrations.PRIVACY_VERSION, "nl",
						registered);
				registration.confirm(registered);
				boolean absent = i % 4 == 1 && seat == 1;
				if (!absent) {
					registration.checkIn(start);
				}
				this.registrations.save(registration);
				seat++;
			}
		}
	}

}
