package nl.nvp.goedegesprek.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The meeting module's state-changing forms, for the double-submit test: the
 * coordinators' forms (plan, change, cancel, check-in, table plan) and the participants'
 * (register, and through the personal link confirm, change, cancel, evaluate, delete),
 * and asking the participants of a past meeting for their evaluation.
 */
@TestComponent
public class MeetingForms implements FormCatalogue {

	private static final String CHECK_IN = "POST /bijeenkomsten/{id}/inchecken/{registrationId}";

	private final AccountFixtures accounts;

	private final TrajectoryFixtures trajectories;

	private final MeetingFixtures meetings;

	private final MeetingRepository repository;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	MeetingForms(AccountFixtures accounts, TrajectoryFixtures trajectories, MeetingFixtures meetings,
			MeetingRepository repository, TransactionTemplate transactions, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.trajectories = trajectories;
		this.meetings = meetings;
		this.repository = repository;
		this.transactions = transactions;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /trajecten/{trajectoryId}/bijeenkomsten", () -> {
			Running running = running();
			return new Prepared("/trajecten/" + running.trajectory() + "/bijeenkomsten/nieuw",
					user(running.coordinator()),
					() -> described(post("/trajecten/" + running.trajectory() + "/bijeenkomsten"), 0));
		}), FormCase.of("POST /trajecten/{trajectoryId}/bijeenkomsten/reeks", () -> {
			// A series of three dialogues (issue 17): sent twice, from one page or two,
			// it is planned once.
			Running running = running();
			String path = "/trajecten/" + running.trajectory() + "/bijeenkomsten/reeks";
			return new Prepared(path, user(running.coordinator()), () -> {
				MockHttpServletRequestBuilder request = post(path).param("titlePrefix", "Dialoog")
					.param("type", "DIALOGUE_SESSION")
					.param("durationMinutes", "90")
					.param("capacity", "8")
					.param("quota[FOSTER_PARENT]", "2");
				for (int row = 0; row < 3; row++) {
					request.param("rows[" + row + "].date", TestClock.today().plusWeeks(3 + row).toString())
						.param("rows[" + row + "].startTime", "19:30")
						.param("rows[" + row + "].address", "Wijkcentrum " + row + ", Nijmegen");
				}
				return request;
			});
		}), FormCase.of("POST /bijeenkomsten/{id}", () -> {
			Planned planned = planned();
			long version = this.transactions
				.execute((status) -> this.repository.findById(planned.meeting()).orElseThrow().getVersion());
			return new Prepared("/bijeenkomsten/" + planned.meeting() + "/bewerken", user(planned.coordinator()),
					() -> described(post("/bijeenkomsten/" + planned.meeting()), version));
		}), FormCase.of("POST /bijeenkomsten/{id}/afzeggen", () -> {
			Planned planned = planned();
			return new Prepared("/bijeenkomsten/" + planned.meeting() + "/afzeggen", user(planned.coordinator()),
					() -> post("/bijeenkomsten/" + planned.meeting() + "/afzeggen").param("reason",
							"De zaal is niet beschikbaar."));
		}), checkIn(false), checkIn(true), FormCase.of("POST /bijeenkomsten/{id}/tafels", () -> {
			Planned planned = planned();
			return new Prepared("/bijeenkomsten/" + planned.meeting() + "/tafels", user(planned.coordinator()),
					() -> post("/bijeenkomsten/" + planned.meeting() + "/tafels").param("tables", "2")
						.param("maxSize", "8")
						.param("hosts", "Host Een\nHost Twee"));
		}), FormCase.of("POST /bijeenkomsten/{id}/tafels/verplaatsen", () -> {
			Planned planned = planned();
			this.meetings.confirmed(planned.meeting(), "Tweede", ParticipantRole.PARENT);
			for (int number = 1; number <= 2; number++) {
				this.jdbc.sql("insert into meeting_table (meeting_id, number) values (?, ?)")
					.params(planned.meeting(), number)
					.update();
			}
			return new Prepared("/bijeenkomsten/" + planned.meeting() + "/tafels", user(planned.coordinator()),
					() -> post("/bijeenkomsten/" + planned.meeting() + "/tafels/verplaatsen")
						.param("registration", String.valueOf(planned.registration()))
						.param("table", "2"));
		}), FormCase.of("POST /aanmelden/{publicId}", () -> {
			MeetingFixtures.Created meeting = this.meetings.create(running().trajectory(), "Open", 30, Map.of());
			String email = "aanmelder-" + UUID.randomUUID() + "@test.example";
			String address = "10.37." + ThreadLocalRandom.current().nextInt(256) + "."
					+ ThreadLocalRandom.current().nextInt(1, 255);
			return new Prepared("/aanmelden/" + meeting.publicId() + "?voor=volwassene", null,
					() -> post("/aanmelden/" + meeting.publicId()).with((request) -> {
						request.setRemoteAddr(address);
						return request;
					})
						.param("name", "Sam")
						.param("email", email)
						.param("role", "FOSTER_PARENT")
						.param("consent", "true"));
		})
			.twoPagesMayRepeat("Registering an address that is already registered mails it a new personal link, which "
					+ "ends the one before (someone lost the mail; PersonalLinkEndTest): that is what the second tab asks "
					+ "for. It never makes a second registration (the unique index on meeting and address, caught as "
					+ "success), and a mail whose link was replaced before it went out is not sent, so the newest mail "
					+ "holds the one working link"),
				personal("bevestigen", false, "/aanmelding/%s"), personal("annuleren", true, "/aanmelding/%s"),
				FormCase.of("POST /aanmelding/{token}", () -> {
					long meeting = planned().meeting();
					String token = this.meetings.confirmedToken(meeting, "Wijziger", ParticipantRole.FOSTER_PARENT);
					String email = this.jdbc.sql("select email from registration where meeting_id = ? and name = ?")
						.params(meeting, "Wijziger")
						.query(String.class)
						.single();
					// The page sends the address along in a hidden field, as the browser
					// does.
					return new Prepared("/aanmelding/" + token + "/wijzigen", null,
							() -> post("/aanmelding/" + token).param("email", email)
								.param("name", "Wijziger")
								.param("role", "FOSTER_PARENT")
								.param("phone", "0612345678")
								.param("needsInterpreter", "true")
								.param("consent", "true"));
				}), personal("verwijderen", true, "/aanmelding/%s/verwijderen"),
				FormCase.of("POST /bijeenkomsten/{id}/evaluaties/vragen", () -> {
					Running running = running();
					MeetingFixtures.Created yesterday = this.meetings.create(running.trajectory(), "Gisteren", 30,
							Map.of(), TestClock.today().minusDays(1));
					this.meetings.confirmed(yesterday.id(), "Deelnemer", ParticipantRole.FOSTER_PARENT);
					this.meetings.confirmed(yesterday.id(), "Tweede", ParticipantRole.PARENT);
					return new Prepared("/bijeenkomsten/" + yesterday.id() + "/evaluaties", user(running.coordinator()),
							() -> post("/bijeenkomsten/" + yesterday.id() + "/evaluaties/vragen"));
				}), FormCase.of("POST /aanmelding/{token}/evaluatie", () -> {

					MeetingFixtures.Created yesterday = this.meetings.create(running().trajectory(), "Gisteren", 30,
							Map.of(), TestClock.today().minusDays(1));
					String token = this.meetings.confirmedToken(yesterday.id(), "Evaluator",
							ParticipantRole.FOSTER_CHILD);
					return new Prepared("/aanmelding/" + token + "/evaluatie", null,
							() -> post("/aanmelding/" + token + "/evaluatie").param("score", "4")
								.param("learned", "Dat ik niet de enige ben.")
								.param("quote", "Ik kon mijn stem laten horen.")
								.param("quoteConsent", "true"));
				}), FormCase.of("POST /bijeenkomsten/{id}/evaluaties/citaten/{registrationId}/publiceren", () -> {
					QuoteOfYesterday q = quoteOfYesterday(false);
					return new Prepared(q.page(), user(q.coordinator()),
							() -> post(q.quotePath() + "/publiceren").param("gezien", q.quoted().seen()));
				}), FormCase.of("POST /bijeenkomsten/{id}/evaluaties/citaten/{registrationId}/niet-publiceren", () -> {
					QuoteOfYesterday q = quoteOfYesterday(true);
					return new Prepared(q.page(), user(q.coordinator()),
							() -> post(q.quotePath() + "/niet-publiceren"));
				}), FormCase.of("POST /aanmelding/{token}/evaluatie/citaat-weghalen", () -> {
					String token = quoteOfYesterday(true).quoted().token();
					return new Prepared("/aanmelding/" + token + "/evaluatie", null,
							() -> post("/aanmelding/" + token + "/evaluatie/citaat-weghalen"));
				}), FormCase.of("POST /toestemming/{token}", () -> {
					long meeting = planned().meeting();
					String token = this.meetings.awaitingConsent(meeting, "Kind").guardianToken();
					return new Prepared("/toestemming/" + token, null,
							() -> post("/toestemming/" + token).param("answer", "ja").param("responsible", "true"));
				}), FormCase.of("POST /toestemming/{token}/intrekken", () -> {
					long meeting = planned().meeting();
					MeetingFixtures.AwaitingConsent consent = this.meetings.awaitingConsent(meeting, "Kind");
					String token = consent.guardianToken();
					// Consent given: the child has a place.
					this.jdbc
						.sql("update guardian_consent set decision = 'GIVEN', decided_at = now(), "
								+ "guardian_email = null, text_version = '2026-12' where registration_id = ?")
						.param(consent.registrationId())
						.update();
					this.jdbc.sql("update registration set status = 'CONFIRMED' where id = ?")
						.param(consent.registrationId())
						.update();
					return new Prepared("/toestemming/" + token, null,
							() -> post("/toestemming/" + token + "/intrekken"));
				}));
	}

	/** Check-in on the day, as a plain form or (htmx) swapping only the person's row. */
	private FormCase checkIn(boolean htmx) {
		return FormCase.of(CHECK_IN, () -> {
			Planned planned = planned();
			String path = "/bijeenkomsten/" + planned.meeting() + "/inchecken/" + planned.registration();
			return new Prepared("/bijeenkomsten/" + planned.meeting() + "/inchecken", user(planned.coordinator()),
					() -> {
						MockHttpServletRequestBuilder request = post(path).param("present", "true");
						return htmx ? request.header("HX-Request", "true") : request;
					});
		});
	}

	/**
	 * A button behind the personal link, on a registration that waits for its
	 * confirmation or has a place.
	 */
	private FormCase personal(String action, boolean confirmed, String page) {
		return FormCase.of("POST /aanmelding/{token}/" + action, () -> {
			long meeting = planned().meeting();
			String token = confirmed ? this.meetings.confirmedToken(meeting, "Deelnemer", ParticipantRole.PARENT)
					: this.meetings.pending(meeting, "Deelnemer", ParticipantRole.PARENT);
			return new Prepared(page.formatted(token), null, () -> post("/aanmelding/" + token + "/" + action));
		});
	}

	/** A meeting form as filled in: in a month, at an address. */
	private static MockHttpServletRequestBuilder described(MockHttpServletRequestBuilder request, long version) {
		return request.param("title", "Dialoogbijeenkomst")
			.param("type", "DIALOGUE_MEETING")
			.param("date", TestClock.today().plusMonths(1).toString())
			.param("startTime", "13:30")
			.param("endTime", "17:00")
			.param("address", "Stadhuis, Korte Nieuwstraat 6, Nijmegen")
			.param("capacity", "25")
			.param("version", String.valueOf(version));
	}

	/**
	 * A meeting yesterday with a participant's quote given with consent, published by the
	 * coordinator or not.
	 */
	private QuoteOfYesterday quoteOfYesterday(boolean published) {
		Running running = running();
		long yesterday = this.meetings
			.create(running.trajectory(), "Gisteren", 30, Map.of(), TestClock.today().minusDays(1))
			.id();
		MeetingFixtures.Quoted quoted = this.meetings.quoted(yesterday, "Citeerbaar", ParticipantRole.FOSTER_CHILD,
				"Ik kon mijn stem laten horen.");
		if (published) {
			this.jdbc
				.sql("update meeting_evaluation set quote_published_at = now(), quote_published_by = ? "
						+ "where registration_id = ?")
				.params(running.coordinator().id(), quoted.registrationId())
				.update();
		}
		return new QuoteOfYesterday(yesterday, quoted, running.coordinator());
	}

	private record QuoteOfYesterday(long meeting, MeetingFixtures.Quoted quoted, AccountPrincipal coordinator) {

		String page() {
			return "/bijeenkomsten/" + this.meeting + "/evaluaties";
		}

		String quotePath() {
			return page() + "/citaten/" + this.quoted.registrationId();
		}

	}

	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Bijeenkomsten " + UUID.randomUUID(),
				coordinator.id());
		return new Running(trajectory, coordinator);
	}

	/** A meeting in a month with one participant who has a place. */
	private Planned planned() {
		Running running = running();
		long meeting = this.meetings.create(running.trajectory(), "Gepland", 30, Map.of()).id();
		long registration = this.meetings.confirmed(meeting, "Eerste", ParticipantRole.FOSTER_PARENT);
		return new Planned(meeting, registration, running.coordinator());
	}

	private record Running(long trajectory, AccountPrincipal coordinator) {
	}

	private record Planned(long meeting, long registration, AccountPrincipal coordinator) {
	}

}
