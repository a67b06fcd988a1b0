package nl.nvp.goedegesprek.privacy.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.RegistrationStatus;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A national coordinator finds everything the application keeps about an address in every
 * module, exports it as JSON and PDF, and erases it: personal details go, counts and
 * figures stay, a second erase changes and records nothing, and the access log holds each
 * step without the address.
 */
@IntegrationTest
class DataRequestTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	/** Everything a person can leave behind, under one address, in every module. */
	record Person(String email, String name, long pastRegistration, long upcomingRegistration, long pastMeeting,
			long upcomingMeeting, long waiting, long trajectory, long action, long account, long idea, String token) {
	}

	private Person person() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "anna.jansen-" + tag + "@voorbeeld.nl";
		String name = "Anna" + tag;
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ30");
		long trajectory = this.trajectories.createRunning("JZ30", "Verzoek " + tag, coordinator.id());
		MeetingFixtures.Created past = this.meetings.create(trajectory, "Dialoog voorbij " + tag, 20, Map.of(),
				TestClock.today().minusDays(1));
		MeetingFixtures.Created upcoming = this.meetings.create(trajectory, "Dialoog straks " + tag, 1, Map.of());
		String token = this.meetings.confirmedToken(past.id(), name + " Jansen", ParticipantRole.FOSTER_CHILD);
		long pastRegistration = registrationOf(token);
		long upcomingRegistration = this.meetings.confirmed(upcoming.id(), name + " Jansen",
				ParticipantRole.FOSTER_PARENT);
		this.meetings.pending(upcoming.id(), "Wachtende", ParticipantRole.PARENT);
		long waiting = this.jdbc.queryForObject(
				"select id from registration where meeting_id = ? and name = 'Wachtende'", Long.class, upcoming.id());
		this.jdbc.update("update registration set status = 'WAITLISTED' where id = ?", waiting);
		this.jdbc.update("update registration set email = ?, phone = '0612345678', support_note = 'Rolstoel' "
				+ "where id in (?, ?)", email, pastRegistration, upcomingRegistration);
		this.jdbc.update(
				"""
						insert into meeting_evaluation (registration_id, meeting_id, score, learned, quote, quote_consent, submitted_on)
						values (?, ?, 4, 'Geleerd-' || ?, 'Citaat-' || ?, true, current_date)""",
				pastRegistration, past.id(), tag, tag);
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		long idea = this.harvest.harvest(trajectory, coordinator, topic, HarvestKind.IDEA, "Idee-" + tag);
		this.jdbc.update("insert into idea_vote (harvest_item_id, registration_id) values (?, ?)", idea,
				pastRegistration);
		this.jdbc.update("update meeting set contact_name = ?, contact_email = ?, contact_phone = '0201234567' "
				+ "where id = ?", name + " Jansen", email.toUpperCase(), upcoming.id());
		this.jdbc.update("update trajectory set contact_name = ?, contact_email = ? where id = ?", name + " Jansen",
				email, trajectory);
		long action = this.actionPlan.actionWithContact(trajectory, coordinator, topic, "Actie " + tag,
				TestClock.today().plusMonths(2), email);
		long account = this.accounts.create(Role.POLICYMAKER, "JZ30").id();
		this.jdbc.update("update account set email = ?, display_name = ? where id = ?", email, name + " Jansen",
				account);
		this.jdbc.update("insert into meeting_table (meeting_id, number, host_name) values (?, 1, ?)", past.id(),
				name + " Jansen");
		this.jdbc.update("""
				insert into harvest_entry_link (trajectory_id, label, token_hash, expires_at, created_at)
				values (?, ?, md5(random()::text) || md5(random()::text), now() + interval '3 days', now())""",
				trajectory, "Tafel 1 " + name);
		this.jdbc.update("""
				insert into facilitator_link (trajectory_id, meeting_id, label, token_hash, expires_at, created_at)
				values (?, ?, ?, md5(random()::text) || md5(random()::text), now() + interval '3 days', now())""",
				trajectory, past.id(), "Gespreksleider " + name);
		return new Person(email, name, pastRegistration, upcomingRegistration, past.id(), upcoming.id(), waiting,
				trajectory, action, account, idea, token);
	}

	@Test
	void everythingAboutAnAddressIsShownExportedAndErasedWhileCountsStay() throws Exception {
		Person p = person();
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);

		// See: every module's data, found without regard to case.
		MockHttpServletResponse shown = this.mvc
			.perform(request("/privacy/verzoeken", national, p.email().toUpperCase(), p.name()))
			.andReturn()
			.getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		String page = shown.getContentAsString();
		assertThat(page).contains("Aanmeldingen voor bijeenkomsten (2)", "Dialoog voorbij", "Dialoog straks",
				"0612345678", "Rolstoel", "Pleegkind", "Evaluaties van bijeenkomsten", "Geleerd-", "Citaat-",
				"Stippen op ideeën", "Idee-", "Contactpersoon van bijeenkomsten", "0201234567",
				"Contactpersoon van verbeteracties", "Actie ", "Contactpersoon van trajecten", "Account",
				"Beleidsmaker", "Tafelgastheer of -vrouw", "Links voor tafelgastheren", "Tafel 1 " + p.name(),
				"Links voor gespreksleiders van dialogen", "Gespreksleider " + p.name());

		// Export: machine-readable JSON and a readable PDF with the same data.
		MockHttpServletResponse json = this.mvc
			.perform(request("/privacy/verzoeken/gegevens.json", national, p.email(), p.name()))
			.andReturn()
			.getResponse();
		assertThat(json.getContentType()).startsWith("application/json");
		assertThat(json.getHeader("Content-Disposition")).startsWith("attachment").doesNotContain(p.email());
		String body = json.getContentAsString();
		assertThat(JsonPath.<String>read(body, "$.email")).isEqualTo(p.email());
		assertThat(JsonPath.<List<String>>read(body, "$.data.registration[*].phone")).containsOnly("0612345678");
		assertThat(JsonPath.<List<String>>read(body, "$.data.registration[*].role"))
			.containsExactlyInAnyOrder("FOSTER_CHILD", "FOSTER_PARENT");
		assertThat(JsonPath.<List<String>>read(body, "$.data.registration[*].consentVersion")).hasSize(2);
		assertThat(JsonPath.<List<String>>read(body, "$.data.evaluation[*].learned"))
			.allMatch((t) -> t.startsWith("Geleerd-"));
		assertThat(JsonPath.<List<String>>read(body, "$.data.ideaVote[*].idea")).allMatch((t) -> t.startsWith("Idee-"));
		assertThat(JsonPath.<List<String>>read(body, "$.data.meetingContact[*].phone")).containsExactly("0201234567");
		assertThat(JsonPath.<List<String>>read(body, "$.data.actionContact[*].email")).containsExactly(p.email());
		assertThat(JsonPath.<List<String>>read(body, "$.data.trajectoryContact[*].email")).containsExactly(p.email());
		assertThat(JsonPath.<List<String>>read(body, "$.data.account[*].role")).containsExactly("POLICYMAKER");
		assertThat(JsonPath.<List<String>>read(body, "$.data.tableHost[*].name")).containsExactly(p.name() + " Jansen");
		assertThat(JsonPath.<List<String>>read(body, "$.data.hostLink[*].label"))
			.containsExactly("Tafel 1 " + p.name());

		MockHttpServletResponse pdf = this.mvc
			.perform(request("/privacy/verzoeken/gegevens.pdf", national, p.email(), p.name()))
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Uw gegevens in Goede Gesprek", p.email(), "0612345678", "Dialoog voorbij",
					"Contactpersoon van verbeteracties");
		}

		// Confirm, then erase.
		assertThat(this.mvc.perform(request("/privacy/verzoeken/verwijderen", national, p.email(), p.name()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Ja, verwijder deze gegevens", "Aanmeldingen voor bijeenkomsten: 2");
		long upcomingConfirmedBefore = this.meetings.count(p.upcomingMeeting(), RegistrationStatus.CONFIRMED);
		MvcResult erased = this.mvc
			.perform(request("/privacy/verzoeken/verwijderen/bevestigd", national, p.email(), p.name()))
			.andReturn();
		assertThat(erased.getResponse().getStatus()).isEqualTo(302);
		assertThat(erased.getResponse().getRedirectedUrl()).isEqualTo("/privacy/verzoeken");

		// Registrations: anonymous counts, role and status kept for the past meeting.
		Map<String, Object> past = this.jdbc.queryForMap("select * from registration where id = ?",
				p.pastRegistration());
		assertThat(past.get("name")).isEqualTo("-");
		assertThat((String) past.get("email")).startsWith("geanonimiseerd-").endsWith("@invalid");
		assertThat(past.get("phone")).isNull();
		assertThat(past.get("support_note")).isNull();
		assertThat(past.get("anonymised_at")).isNotNull();
		assertThat(past.get("role")).isEqualTo("FOSTER_CHILD");
		assertThat(past.get("status")).isEqualTo("CONFIRMED");
		assertThat(past.get("age_group")).isEqualTo("FROM_16_TO_18");
		assertThat(this.jdbc.queryForObject("select count(*) from registration where meeting_id = ?", Long.class,
				p.pastMeeting()))
			.isEqualTo(1);
		// The meeting still to come: cancelled, and the place went to the waitlist.
		assertThat(this.jdbc.queryForObject("select status from registration where id = ?", String.class,
				p.upcomingRegistration()))
			.isEqualTo("CANCELLED");
		assertThat(this.jdbc.queryForObject("select status from registration where id = ?", String.class, p.waiting()))
			.isEqualTo("CONFIRMED");
		assertThat(this.meetings.count(p.upcomingMeeting(), RegistrationStatus.CONFIRMED))
			.isEqualTo(upcomingConfirmedBefore);
		// Links gone: the personal link no longer works.
		assertThat(this.jdbc.queryForObject("select count(*) from registration_link where registration_id in (?, ?)",
				Long.class, p.pastRegistration(), p.upcomingRegistration()))
			.isZero();
		assertThat(this.mvc.perform(get("/aanmelding/" + p.token())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		// Evaluation: the score counts on, what was written is gone.
		assertThat(this.jdbc.queryForMap(
				"select score, learned, quote, quote_consent from meeting_evaluation " + "where registration_id = ?",
				p.pastRegistration()))
			.containsEntry("score", 4)
			.containsEntry("learned", null)
			.containsEntry("quote", null)
			.containsEntry("quote_consent", false);
		// The dot counts on, with the anonymous registration.
		assertThat(this.jdbc.queryForObject("select count(*) from idea_vote where harvest_item_id = ?", Long.class,
				p.idea()))
			.isEqualTo(1);
		// Contact persons, table host, host link label, account.
		assertThat(this.jdbc.queryForMap("select contact_name, contact_email, contact_phone from meeting where id = ?",
				p.upcomingMeeting()))
			.containsEntry("contact_name", null)
			.containsEntry("contact_email", null)
			.containsEntry("contact_phone", null);
		assertThat(this.jdbc.queryForMap(
				"select contact_name, contact_email, owner_link_hash from improvement_action " + "where id = ?",
				p.action()))
			.containsEntry("contact_name", null)
			.containsEntry("contact_email", null)
			.containsEntry("owner_link_hash", null);
		assertThat(this.jdbc.queryForMap("select contact_name, contact_email from trajectory where id = ?",
				p.trajectory()))
			.containsEntry("contact_name", null)
			.containsEntry("contact_email", null);
		assertThat(this.jdbc.queryForObject("select host_name from meeting_table where meeting_id = ?", String.class,
				p.pastMeeting()))
			.isNull();
		assertThat(this.jdbc.queryForObject("select label from harvest_entry_link where trajectory_id = ?",
				String.class, p.trajectory()))
			.isEqualTo("Tafel 1 –");
		assertThat(this.jdbc.queryForObject("select label from facilitator_link where meeting_id = ?", String.class,
				p.pastMeeting()))
			.isEqualTo("Gespreksleider –");
		Map<String, Object> account = this.jdbc
			.queryForMap("select email, display_name, active, password_hash from account where id = ?", p.account());
		assertThat(account.get("email")).isEqualTo("verwijderd-" + p.account() + "@invalid");
		assertThat(account.get("display_name")).isEqualTo("-");
		assertThat(account.get("active")).isEqualTo(false);
		assertThat(account.get("password_hash")).isNull();

		// Nothing of the address or name is left in the database's personal columns.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from registration r
				where lower(r.email) = lower(?) or r.name like ? """, Long.class, p.email(), p.name() + "%")).isZero();

		// Searching again finds nothing.
		assertThat(this.mvc.perform(request("/privacy/verzoeken", national, p.email(), p.name()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Over dit adres bewaart Goede Gesprek niets.");

		// A second erase (a double click): no error, nothing erased, recorded with 0.
		MvcResult again = this.mvc
			.perform(request("/privacy/verzoeken/verwijderen/bevestigd", national, p.email(), p.name()))
			.andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(302);
		assertThat(again.getFlashMap().get("erased")).isEqualTo(0);

		// The access log: each step, who and how many, never the address or the name.
		List<Map<String, Object>> log = this.jdbc
			.queryForList("select * from personal_data_access where account_id = ? order by id", national.id());
		assertThat(log).extracting((row) -> row.get("action"))
			.containsExactly("VIEW", "EXPORT", "PRINT", "VIEW", "ERASE", "VIEW", "ERASE");
		assertThat(log).extracting((row) -> row.get("subject_type")).containsOnly("DATA_REQUEST");
		assertThat(log).extracting((row) -> row.get("subject_id"))
			.hasSize(7)
			.containsOnly(log.get(0).get("subject_id"));
		// The preview before erasing is recorded as viewed, with what it counted.
		assertThat((Integer) log.get(3).get("record_count")).isPositive();
		assertThat(log.get(4).get("record_count")).isEqualTo(erased.getFlashMap().get("erased"));
		assertThat((Integer) log.get(4).get("record_count")).isEqualTo(9);
		assertThat(log.get(5).get("record_count")).isEqualTo(0);
		// An erasure that found nothing is recorded too.
		assertThat(log.get(6).get("record_count")).isEqualTo(0);
		assertThat(log.toString()).doesNotContainIgnoringCase(p.email()).doesNotContain(p.name());
		assertThat(
				this.mvc.perform(get("/inzagelog").with(user(national))).andReturn().getResponse().getContentAsString())
			.contains("Verzoek van een persoon, kenmerk")
			.contains("Verwijderd");
	}

	@Test
	void twoErasuresAtOnceEraseOnceAndRecordBoth() throws Exception {
		Person p = person();
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> both = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				both.add(() -> this.mvc
					.perform(request("/privacy/verzoeken/verwijderen/bevestigd", national, p.email(), null))
					.andReturn()
					.getResponse()
					.getStatus());
			}
			for (Future<Integer> status : pool.invokeAll(both)) {
				assertThat(status.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from personal_data_access where account_id = ? and action = 'ERASE'", Long.class,
				national.id()))
			.isEqualTo(2);
		// One of them erased, the other found nothing left.
		assertThat(this.jdbc.queryForList(
				"select record_count from personal_data_access where account_id = ? and action = 'ERASE'",
				Integer.class, national.id()))
			.contains(0)
			.anyMatch((count) -> count > 0);
		assertThat(this.jdbc.queryForObject("select count(*) from registration where id in (?, ?) and name = '-'",
				Long.class, p.pastRegistration(), p.upcomingRegistration()))
			.isEqualTo(2);
	}

	/**
	 * The same step sent again at once (a double click on a download, two tabs) gave the
	 * same person the same records: one entry. The same step a minute later, or another
	 * step in between, is an entry of its own (decision 28).
	 */
	@Test
	void theSameStepSentAgainWithinAMinuteIsOneEntry() throws Exception {
		Person p = person();
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc.perform(request("/privacy/verzoeken/gegevens.json", national, p.email(), null))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(200);
		}
		this.mvc.perform(request("/privacy/verzoeken/gegevens.pdf", national, p.email(), null));
		this.mvc.perform(request("/privacy/verzoeken/gegevens.json", national, p.email(), null));
		// A minute later (the entries made older, so that the clock keeps running for
		// the tests after this one).
		this.jdbc.update("update personal_data_access set accessed_at = accessed_at - interval '2 minutes' "
				+ "where account_id = ?", national.id());
		this.mvc.perform(request("/privacy/verzoeken/gegevens.json", national, p.email(), null));
		List<Map<String, Object>> log = this.jdbc
			.queryForList("select * from personal_data_access where account_id = ? order by id", national.id());
		assertThat(log).extracting((row) -> row.get("action")).containsExactly("EXPORT", "PRINT", "EXPORT", "EXPORT");
		// Another coordinator's export is theirs.
		AccountPrincipal other = this.accounts.create(Role.NATIONAL_COORDINATOR);
		this.mvc.perform(request("/privacy/verzoeken/gegevens.json", other, p.email(), null));
		assertThat(this.jdbc.queryForObject("select count(*) from personal_data_access where account_id = ?",
				Long.class, other.id()))
			.isEqualTo(1);
	}

	@Test
	void aNationalCoordinatorKeepsTheirOwnAccount() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		MvcResult response = this.mvc
			.perform(request("/privacy/verzoeken/verwijderen/bevestigd", national, national.getUsername(), null))
			.andReturn();
		assertThat(response.getFlashMap().get("ownAccountKept")).isEqualTo(true);
		assertThat(this.jdbc.queryForObject("select active from account where id = ?", Boolean.class, national.id()))
			.isTrue();
	}

	@Test
	void theFormSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String page = this.mvc.perform(request("/privacy/verzoeken", national, "geen-adres", "A\nB"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Vul een geldig e-mailadres in", "Typ dit op één regel", "value=\"geen-adres\"");
		assertThat(this.jdbc.queryForObject("select count(*) from personal_data_access where account_id = ?",
				Long.class, national.id()))
			.isZero();
		// An export with a changed form goes back to the search, nothing recorded.
		MockHttpServletResponse export = this.mvc
			.perform(request("/privacy/verzoeken/gegevens.json", national, "", null))
			.andReturn()
			.getResponse();
		assertThat(export.getStatus()).isEqualTo(303);
		assertThat(export.getRedirectedUrl()).isEqualTo("/privacy/verzoeken");
	}

	@Test
	void thePrivacyStatementSaysWhoToAskAndHowFast() throws Exception {
		String page = this.mvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Mail de NVP: privacy@pleegzorg.nl", "mailto:privacy@pleegzorg.nl",
				"binnen een maand", "AVG artikel 12, lid 3", "zelf verwijderen met uw persoonlijke link",
				"Autoriteit Persoonsgegevens");
	}

	private static MockHttpServletRequestBuilder request(String url, AccountPrincipal user, String email, String name) {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(user(user)).param("email", email);
		return (name != null) ? request.param("name", name) : request;
	}

	private long registrationOf(String token) {
		return this.jdbc.queryForObject("select registration_id from registration_link where token_hash = ?",
				Long.class, new nl.nvp.goedegesprek.shared.SecretToken(token).hash());
	}

}
