package nl.nvp.goedegesprek.project.signup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.project.SignUpForms;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing up once for a national project (issue 17): the form offers the project's roles
 * and regions and refuses what is wrong at its field, keeping the input; double opt-in
 * (only a confirmed sign-up counts, confirming is a POST, once); the case code is never
 * stored; one sign-up per address; the personal link views, changes, cancels and deletes;
 * the coordinators' list; the data request and retention.
 */
@IntegrationTest
class SignUpTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SignUpFixtures fixtures;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private SignUpPersonalData personalData;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private ApplicationContext context;

	private static String email() {
		return "deelnemer-" + UUID.randomUUID() + "@test.example";
	}

	static MockHttpServletRequestBuilder fromSomewhere(MockHttpServletRequestBuilder request) {
		String address = "10.52." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		return request.with(csrf()).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long signUps(long projectId) {
		return this.jdbc.queryForObject("select count(*) from project_sign_up where trajectory_id = ?", Long.class,
				projectId);
	}

	/** Signs up through the form, and returns the personal link from the mail. */
	private String signUp(SignUpFixtures.Project project, String email, int mails) throws Exception {
		this.mvc.perform(fromSomewhere(SignUpForms.filled(post(project.page()), email)))
			.andExpect(redirectedUrl(project.page() + "/verstuurd"));
		MimeMessage mail = this.mailbox.latest(email, mails);
		return Mailbox.link(mail, "/project-aanmelding/", "");
	}

	@Test
	void theFormOffersTheProjectsRolesWithoutChildrenAndItsRegionsOrAllOfThem() throws Exception {
		SignUpFixtures.Project regions = this.fixtures.project("Twee regio's " + UUID.randomUUID(),
				Set.of("JZ32", "JZ34"));
		this.jdbc.update("insert into national_project_role (trajectory_id, role) values (?, 'FOSTER_CHILD')",
				regions.id());
		String page = page(regions.page());
		assertThat(page)
			.contains("Rijk van Nijmegen", "West Brabant Oost", "Pleegouder", "value=\"PARENT\"",
					"value=\"FOSTER_CARE_WORKER\"", "value=\"CHILD_PROTECTION_WORKER\"", "name=\"weekParts\"",
					"value=\"7-EVENING\"", "name=\"caseCode\"", "Alleen de computer vergelijkt de codes")
			.doesNotContain("value=\"FOSTER_CHILD\"", "Twente");
		SignUpFixtures.Project country = this.fixtures.project("Heel het land " + UUID.randomUUID(), Set.of());
		String all = page(country.page());
		assertThat(all.split("<option value=\"JZ").length - 1).isEqualTo(42);
		this.mvc.perform(get("/project-aanmelden/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void theFormRefusesWhatIsWrongAtItsFieldKeepsTheInputAndStoresNothing() throws Exception {
		SignUpFixtures.Project project = this.fixtures.project("Fouten " + UUID.randomUUID(), Set.of("JZ32"));
		String answer = this.mvc
			.perform(fromSomewhere(post(project.page())).param("name", "Fenna")
				.param("email", "geen-adres")
				.param("role", "FOSTER_CHILD")
				.param("regionCode", "JZ14")
				.param("supportNote", "Graag een rustige plek")
				.param("caseCode", "x".repeat(31))
				.param("dates", TestClock.today().plusYears(2).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).contains("error-summary", "href=\"#email\"", "href=\"#role\"", "href=\"#regionCode\"",
				"href=\"#mode\"", "href=\"#dates\"", "href=\"#caseCode\"", "href=\"#consent\"", "id=\"email-error\"",
				"Kies een van de rollen van dit project.", "Kies een van de regio&#39;s van dit project.",
				"Kies data in de periode van het project.", "value=\"Fenna\"", "value=\"geen-adres\"",
				"Graag een rustige plek");
		// A professional names the organisation; someone must say when they can.
		String professional = this.mvc
			.perform(fromSomewhere(post(project.page())).param("name", "Jan")
				.param("email", email())
				.param("role", "FOSTER_CARE_WORKER")
				.param("regionCode", "JZ32")
				.param("mode", "ONLINE")
				.param("consent", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(professional).contains("href=\"#organisation\"", "Vul in bij welke organisatie u werkt.",
				"Vul een datum in of kruis een dagdeel aan.", "value=\"Jan\"");
		// A part of the week that does not exist is refused at the table.
		String week = this.mvc
			.perform(fromSomewhere(SignUpForms.filled(post(project.page()), email())).param("weekParts", "8-NIGHT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(week).contains("href=\"#weekParts\"");
		assertThat(signUps(project.id())).isZero();
	}

	@Test
	void aSignUpCountsOnlyOnceConfirmedByAPostAndTheCaseCodeIsNeverStored() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		SignUpFixtures.Project project = this.fixtures.project("Bevestigen " + UUID.randomUUID(), Set.of());
		String email = email();
		String link = signUp(project, email, 1);
		MimeMessage mail = this.mailbox.latest(email, 1);
		assertThat(Mailbox.subject(mail)).startsWith("Bevestig uw aanmelding: Bevestigen");
		assertThat(this.page(project.page() + "/verstuurd")).contains("Kijk in uw e-mail");

		Map<String, Object> row = this.jdbc.queryForMap("select * from project_sign_up where trajectory_id = ?",
				project.id());
		assertThat(row).containsEntry("status", "PENDING")
			.containsEntry("role", "FOSTER_PARENT")
			.containsEntry("region_code", "JZ32")
			.containsEntry("privacy_version", "2026-12-5")
			.containsEntry("needs_travel_costs", true)
			.containsEntry("organisation_hash", null);
		assertThat((String) row.get("case_hash")).hasSize(64).doesNotContainIgnoringCase("zonnebloem");
		// The code is nowhere in the row, nor in any other table of the sign-up.
		assertThat(row.values()).noneMatch((value) -> String.valueOf(value).toLowerCase().contains("zonnebloem"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from project_sign_up s
				where s.trajectory_id = ? and (s::text ilike '%zonnebloem%' or exists (
				  select 1 from project_sign_up_link l where l.sign_up_id = s.id and l::text ilike '%zonnebloem%'))""",
				Long.class, project.id()))
			.isZero();
		// The same code written differently gives the same hash; another code another.
		SignUps signUps = this.context.getBean(SignUps.class);
		assertThat(signUps.caseHash(" zonnebloem 7 ")).isEqualTo(row.get("case_hash"));
		assertThat(signUps.caseHash("Zonnebloem-8")).isNotEqualTo(row.get("case_hash"));
		assertThat(this.jdbc.queryForList(
				"select weekday || '-' || part from project_sign_up_week_part w "
						+ "join project_sign_up s on s.id = w.sign_up_id where s.trajectory_id = ?",
				String.class, project.id()))
			.containsExactlyInAnyOrder("1-EVENING", "3-MORNING");
		// The raw token is only in the mail: the database holds its hash.
		String token = link.substring("/project-aanmelding/".length());
		assertThat(this.jdbc.queryForObject("select count(*) from project_sign_up_link where token_hash = ?",
				Long.class, token))
			.isZero();

		// Opening the link does not confirm; unconfirmed sign-ups are not listed.
		assertThat(page(link)).contains("Nog niet bevestigd", "Ja, ik meld mij aan", "Fenna de Vries");
		assertThat(statusOf(project)).isEqualTo("PENDING");
		assertThat(list(project, national))
			.contains("Nog niemand heeft zich aangemeld", "Eén persoon heeft nog niet bevestigd")
			.doesNotContain("Fenna de Vries");

		this.mvc.perform(post(link + "/bevestigen").with(csrf()))
			.andExpect(redirectedUrl(link))
			.andExpect(flash().attribute("flashMessage", "projectSignUp.confirmed"));
		assertThat(statusOf(project)).isEqualTo("CONFIRMED");
		assertThat(Mailbox.subject(this.mailbox.latest(email, 2))).startsWith("U bent aangemeld: Bevestigen");
		this.mvc.perform(post(link + "/bevestigen").with(csrf()))
			.andExpect(flash().attribute("flashMessage", "projectSignUp.confirmedBefore"));
		assertThat(list(project, national)).contains("Fenna de Vries", email, "Eén persoon heeft zich aangemeld")
			.doesNotContain("zonnebloem", "Zonnebloem");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from personal_data_access where account_id = ? and subject_type = 'PROJECT_SIGN_UPS' and subject_id = ?",
				Long.class, national.id(), project.id()))
			.isEqualTo(2);
		Thread.sleep(300);
		assertThat(this.mailbox.to(email)).hasSize(2);
	}

	@Test
	void anUnknownOrExpiredLinkIsNotFound() throws Exception {
		SignUpFixtures.Project project = this.fixtures.project("Verlopen " + UUID.randomUUID(), Set.of());
		String token = this.fixtures.signUp(project.id(), "Vera", email(), ParticipantRole.PARENT, "JZ32", false);
		this.mvc.perform(get("/project-aanmelding/onbekend")).andExpect(status().isNotFound());
		this.mvc.perform(post("/project-aanmelding/onbekend/bevestigen").with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/project-aanmelding/" + token)).andExpect(status().isOk());
		this.jdbc.update("update national_project set starts_on = current_date - 300, ends_on = current_date - 2 "
				+ "where trajectory_id = ?", project.id());
		this.mvc.perform(get("/project-aanmelding/" + token)).andExpect(status().isNotFound());
		this.mvc.perform(post("/project-aanmelding/" + token + "/bevestigen").with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(statusOf(project)).isEqualTo("PENDING");
		// Nor does the project take sign-ups any more.
		this.mvc.perform(fromSomewhere(SignUpForms.filled(post(project.page()), email())))
			.andExpect(status().isConflict());
	}

	@Test
	void theSameAddressAgainMakesNoSecondSignUpButMailsAnotherLinkAndTheFirstStillWorks() throws Exception {
		SignUpFixtures.Project project = this.fixtures.project("Dubbel " + UUID.randomUUID(), Set.of());
		String email = email();
		String first = signUp(project, email, 1);
		// Within a minute it is the same form sent again: no second mail.
		this.mvc.perform(fromSomewhere(SignUpForms.filled(post(project.page()), email)))
			.andExpect(redirectedUrl(project.page() + "/verstuurd"));
		assertThat(this.jdbc.queryForObject("select count(*) from project_sign_up_link l join project_sign_up s "
				+ "on s.id = l.sign_up_id where s.trajectory_id = ?", Long.class, project.id()))
			.isOne();
		this.jdbc.update("update project_sign_up_link set created_at = created_at - interval '2 minutes' "
				+ "where sign_up_id in (select id from project_sign_up where trajectory_id = ?)", project.id());
		String second = signUp(project, email.toUpperCase(), 2);
		assertThat(signUps(project.id())).isOne();
		assertThat(Mailbox.subject(this.mailbox.latest(email, 2))).startsWith("U bent al aangemeld");
		assertThat(second).isNotEqualTo(first);
		// Whoever only knows the address cannot end the link its owner has.
		this.mvc.perform(get(first)).andExpect(status().isOk());
		this.mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void thePersonalLinkChangesCancelsAndDeletes() throws Exception {
		SignUpFixtures.Project project = this.fixtures.project("Wijzigen " + UUID.randomUUID(), Set.of());
		String email = email();
		String token = this.fixtures.signUp(project.id(), "Wim", email, ParticipantRole.FOSTER_CARE_WORKER, "JZ32",
				true);
		String link = "/project-aanmelding/" + token;
		assertThat(page(link + "/wijzigen")).contains("aria-labelledby=\"day-1 part-EVENING\" checked=\"checked\"");
		// What is wrong is refused, and the input kept.
		String wrong = this.mvc.perform(
				post(link + "/wijzigen").with(csrf()).param("mode", "ONLINE").param("supportNote", "Een tolk Pools"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("href=\"#dates\"", "Een tolk Pools");
		this.mvc
			.perform(post(link + "/wijzigen").with(csrf())
				.param("dates", TestClock.today().plusDays(20).toString(), "")
				.param("weekParts", "2-AFTERNOON")
				.param("mode", "ONLINE")
				.param("needsInterpreter", "true")
				.param("supportNote", "Een tolk Pools"))
			.andExpect(redirectedUrl(link));
		assertThat(this.jdbc.queryForMap(
				"select mode, needs_interpreter, support_note, name from project_sign_up where trajectory_id = ?",
				project.id()))
			.containsEntry("mode", "ONLINE")
			.containsEntry("needs_interpreter", true)
			.containsEntry("support_note", "Een tolk Pools")
			.containsEntry("name", "Wim");
		assertThat(page(link)).contains("dinsdag middag", "Een tolk", "Online");

		this.mvc.perform(post(link + "/annuleren").with(csrf())).andExpect(redirectedUrl(link));
		assertThat(statusOf(project)).isEqualTo("CANCELLED");
		assertThat(page(link)).contains("Afgemeld", "Opnieuw aanmelden");

		assertThat(page(link + "/verwijderen")).contains("Ja, verwijder mijn gegevens");
		this.mvc.perform(post(link + "/verwijderen").with(csrf()))
			.andExpect(redirectedUrl("/project-aanmelding/verwijderd"));
		assertThat(signUps(project.id())).isZero();
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
		assertThat(page("/project-aanmelding/verwijderd")).contains("Uw gegevens zijn verwijderd");
	}

	@Test
	void onlyWhoRunsTheProjectSeesTheListWhoseCostDoesNotGrow() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ32");
		SignUpFixtures.Project project = this.fixtures.project("Lijst " + UUID.randomUUID(), Set.of());
		ParticipantRole[] roles = { ParticipantRole.FOSTER_PARENT, ParticipantRole.PARENT,
				ParticipantRole.FOSTER_CARE_WORKER, ParticipantRole.CHILD_PROTECTION_WORKER };
		String[] regions = { "JZ32", "JZ34", "JZ14" };
		for (int i = 0; i < 3; i++) {
			this.fixtures.signUp(project.id(), "Persoon " + i, email(), roles[i % 4], regions[i % 3], true);
		}
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		String path = "/projecten/" + project.id() + "/aanmeldingen";
		long few = statements.forPage(this.mvc, path, national);
		for (int i = 3; i < 60; i++) {
			this.fixtures.signUp(project.id(), "Persoon " + i, email(), roles[i % 4], regions[i % 3], i % 5 != 0);
		}
		long many = statements.forPage(this.mvc, path, national);
		assertThat(many).isEqualTo(few);
		assertThat(few).as("sign-ups, their dates, week parts and counts").isGreaterThanOrEqualTo(4);
		String list = list(project, national);
		assertThat(list).contains("Persoon 59", "Rijk van Nijmegen", "Twente", "maandag avond",
				"Pleegzorgbegeleider (12)", "Pleegzorg Oost", "49 mensen hebben zich aangemeld");
		this.mvc.perform(get(path).with(user(policymaker))).andExpect(status().isForbidden());
		// The project's page has the card with the public link.
		assertThat(this.mvc.perform(get("/trajecten/" + project.id()).with(user(national)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Aanmeldingen bekijken", project.page(), "49 aangemeld en bevestigd");
	}

	@Test
	void aDataRequestFindsAndErasesSignUpsAndRetentionRemovesThemAfterTheProject() throws Exception {
		SignUpFixtures.Project project = this.fixtures.project("Privacy " + UUID.randomUUID(), Set.of());
		String email = email();
		String token = this.fixtures.signUp(project.id(), "Petra", email, ParticipantRole.FOSTER_PARENT, "JZ32", true);
		DataSubject subject = new DataSubject(email.toUpperCase(), "Petra");
		assertThat(this.personalData.find(subject)).singleElement()
			.satisfies((record) -> assertThat(record.fields()).extracting((field) -> field.name())
				.contains("name", "email", "role", "region", "weekParts", "dates", "status"));
		assertThat(this.personalData.erase(subject)).isOne();
		assertThat(this.personalData.erase(subject)).isZero();
		assertThat(this.personalData.find(subject)).isEmpty();
		assertThat(this.jdbc.queryForMap("select name, email, role from project_sign_up where trajectory_id = ?",
				project.id()))
			.containsEntry("name", null)
			.containsEntry("email", null)
			.containsEntry("role", "FOSTER_PARENT");
		this.mvc.perform(get("/project-aanmelding/" + token)).andExpect(status().isNotFound());

		SignUpFixtures.Project old = this.fixtures.project("Oud " + UUID.randomUUID(), Set.of());
		SignUpFixtures.Project recent = this.fixtures.project("Recent " + UUID.randomUUID(), Set.of());
		this.fixtures.signUp(old.id(), "Olga", email(), ParticipantRole.PARENT, "JZ32", true);
		this.fixtures.signUp(recent.id(), "Rik", email(), ParticipantRole.PARENT, "JZ32", true);
		this.jdbc.update(
				"update trajectory set status = 'CANCELLED', closed_at = now() - interval '13 months' where id = ?",
				old.id());
		this.jdbc.update(
				"update trajectory set status = 'CANCELLED', closed_at = now() - interval '1 months' where id = ?",
				recent.id());
		Object job = this.context.getBean("signUpRetention");
		job.getClass().getMethod("removeDue").invoke(job);
		assertThat(this.jdbc.queryForList("select name from project_sign_up where trajectory_id = ?", String.class,
				old.id()))
			.containsExactly((String) null);
		assertThat(this.jdbc.queryForList("select name from project_sign_up where trajectory_id = ?", String.class,
				recent.id()))
			.containsExactly("Rik");
	}

	private String statusOf(SignUpFixtures.Project project) {
		return this.jdbc.queryForObject("select status from project_sign_up where trajectory_id = ?", String.class,
				project.id());
	}

	private String list(SignUpFixtures.Project project, AccountPrincipal user) throws Exception {
		return this.mvc.perform(get("/projecten/" + project.id() + "/aanmeldingen").with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
