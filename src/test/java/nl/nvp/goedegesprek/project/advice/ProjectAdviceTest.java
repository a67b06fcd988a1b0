package nl.nvp.goedegesprek.project.advice;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.PdfText;
import nl.nvp.goedegesprek.support.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A national project's advice per theme (issue 17, decision 48): the form offers the
 * dialogues in which the theme came up; a coordinator of the project writes and changes
 * advice; the form refuses what is wrong at its field and stores nothing; a stale form
 * changes nothing; one advice per theme; who reads and who writes; the list costs a fixed
 * number of statements.
 */
@IntegrationTest
class ProjectAdviceTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private AdviceFixtures advice;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void theFormOffersTheDialoguesOfTheThemeAndACoordinatorWritesAndChangesAdvice() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of("JZ32"), coordinator.id());
		long roles = this.advice.theme(id, "Rollen en taken");
		long other = this.advice.theme(id, "Transparantie");
		long first = this.meetings.createDialogue(id, "Dialoog 1", 8, Map.of()).id();
		long second = this.meetings.createDialogue(id, "Dialoog 2", 8, Map.of()).id();
		long third = this.meetings.createDialogue(id, "Dialoog 3", 8, Map.of()).id();
		this.advice.codedRemark(id, first, roles, "Niemand wist wie wat deed.");
		this.advice.codedRemark(id, first, roles, "Wie belt de school?");
		this.advice.codedRemark(id, third, roles, "Taken werden niet afgesproken.");
		this.advice.codedRemark(id, second, other, "Deel informatie eerder.");

		String form = page("/trajecten/" + id + "/adviezen/nieuw?thema=" + roles, coordinator);
		assertThat(form).contains("value=\"Rollen en taken\"", "Stadhuis, Korte Nieuwstraat 6, Nijmegen");
		assertThat(checked(form, first)).isTrue();
		assertThat(checked(form, second)).isFalse();
		assertThat(checked(form, third)).isTrue();

		this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/nieuw").param("themeId", String.valueOf(roles))
				.param("title", "Een startgesprek met iedereen")
				.param("text", "Bespreek voor de plaatsing wie wat doet, en leg het vast in het hulpverleningsplan.")
				.param("dialogues", String.valueOf(first), String.valueOf(third))
				.param("version", "0")
				.with(csrf())
				.with(user(coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/trajecten/" + id + "/adviezen"));
		long adviceId = this.jdbc.queryForObject("select id from project_advice where trajectory_id = ?", Long.class,
				id);
		assertThat(this.jdbc.queryForList("select meeting_id from project_advice_dialogue where advice_id = ?",
				Long.class, adviceId))
			.containsExactlyInAnyOrder(first, third);
		String list = page("/trajecten/" + id + "/adviezen", coordinator);
		assertThat(list).contains("Een startgesprek met iedereen", "Rollen en taken", "2 dialogen",
				"/trajecten/" + id + "/adviezen/" + adviceId + "/bewerken", "Advies schrijven over Transparantie");

		// A second advice on the same theme is refused at the field.
		String again = this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/nieuw").param("themeId", String.valueOf(roles))
				.param("title", "Nog een")
				.param("text", "Nog een advies.")
				.with(csrf())
				.with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("id=\"themeId-error\"", "Over dit thema is al een advies.");

		// Changing it: the coordinator takes the second dialogue in and the first out.
		long version = this.advice.version(adviceId);
		this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/" + adviceId + "/bewerken")
				.param("themeId", String.valueOf(roles))
				.param("title", "Een startgesprek")
				.param("text", "Bespreek voor de plaatsing wie wat doet.")
				.param("dialogues", String.valueOf(second))
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(coordinator)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select title from project_advice where id = ?", String.class, adviceId))
			.isEqualTo("Een startgesprek");
		assertThat(this.jdbc.queryForList("select meeting_id from project_advice_dialogue where advice_id = ?",
				Long.class, adviceId))
			.containsExactly(second);

		// The same form again (stale) changes nothing.
		String stale = this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/" + adviceId + "/bewerken")
				.param("themeId", String.valueOf(roles))
				.param("title", "Verouderd")
				.param("text", "Verouderd.")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Iemand anders heeft dit advies intussen gewijzigd.");
		assertThat(this.jdbc.queryForObject("select title from project_advice where id = ?", String.class, adviceId))
			.isEqualTo("Een startgesprek");
	}

	@Test
	void theFormRefusesWhatIsWrongAtItsFieldAndStoresNothing() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of());
		long elsewhere = this.projects.create("Ander project " + UUID.randomUUID(), Set.of());
		long foreignTheme = this.advice.theme(elsewhere, "Elders");
		long foreignMeeting = this.meetings.createDialogue(elsewhere, "Elders", 8, Map.of()).id();
		String page = this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/nieuw").param("title", " ")
				.param("text", "")
				.param("version", "0")
				.with(csrf())
				.with(user(national)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"themeId-error\"", "Kies een thema.", "id=\"title-error\"", "id=\"text-error\"",
				"class=\"alert alert-danger error-summary\"");
		String foreign = this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/nieuw").param("themeId", String.valueOf(foreignTheme))
				.param("title", "Titel")
				.param("text", "Tekst.")
				.param("dialogues", String.valueOf(foreignMeeting))
				.param("version", "0")
				.with(csrf())
				.with(user(national)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(foreign).contains("Kies een thema uit de lijst.", "Kies alleen dialogen uit de lijst.");
		assertThat(this.jdbc.queryForObject("select count(*) from project_advice where trajectory_id in (?, ?)",
				Long.class, id, elsewhere))
			.isZero();
	}

	@Test
	void whoeverSeesTheProjectReadsItsAdviceOnlyItsCoordinatorsWriteIt() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of("JZ32"), coordinator.id());
		long theme = this.advice.theme(id, "Positie van ouders");
		long adviceId = this.advice.advice(id, theme, "Maatjes voor ouders", "Zet maatjesprojecten op.");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ32");
		String read = page("/trajecten/" + id + "/adviezen", policymaker);
		assertThat(read).contains("Maatjes voor ouders", "Zet maatjesprojecten op.")
			.doesNotContain("/adviezen/" + adviceId + "/bewerken", "/adviezen/nieuw");
		this.mvc.perform(get("/trajecten/" + id + "/adviezen/nieuw").with(user(policymaker)))
			.andExpect(status().isForbidden());
		AccountPrincipal sameRegion = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/" + adviceId + "/bewerken")
				.param("themeId", String.valueOf(theme))
				.param("title", "Overgenomen")
				.param("text", "Overgenomen.")
				.param("version", String.valueOf(this.advice.version(adviceId)))
				.with(csrf())
				.with(user(sameRegion)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/trajecten/" + id + "/adviezen").with(user(this.accounts.create(Role.POLICYMAKER, "JZ34"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/trajecten/" + id + "/adviezen"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/inloggen"));
		assertThat(this.jdbc.queryForObject("select title from project_advice where id = ?", String.class, adviceId))
			.isEqualTo("Maatjes voor ouders");
		// The project's page links to it from the Advies step.
		assertThat(page("/trajecten/" + id, policymaker)).contains("href=\"/trajecten/" + id + "/adviezen\"");
	}

	@Test
	void theListCostsAFixedNumberOfStatements() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of());
		long meeting = this.meetings.createDialogue(id, "Dialoog", 8, Map.of()).id();
		this.advice.advice(id, this.advice.theme(id, "Een"), "Een", "Tekst een.", meeting);
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		long few = statements.forPage(this.mvc, "/trajecten/" + id + "/adviezen", national);
		for (int i = 0; i < 4; i++) {
			this.advice.advice(id, this.advice.theme(id, "Thema " + i), "Advies " + i, "Tekst.", meeting);
		}
		assertThat(statements.forPage(this.mvc, "/trajecten/" + id + "/adviezen", national)).isEqualTo(few);
	}

	@Test
	void publishingMakesOneAdviceOutputWithAPdfWithoutPlacesAndPublishingAgainReplacesIt() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		String title = "Samenwerken " + UUID.randomUUID();
		long id = this.projects.create(title, Set.of("JZ32"), coordinator.id());
		long first = this.meetings.createDialogue(id, "Dialoog 1", 8, Map.of()).id();
		long second = this.meetings.createDialogue(id, "Dialoog 2", 8, Map.of()).id();
		long adviceId = this.advice.advice(id, this.advice.theme(id, "Rollen en taken"), "Een startgesprek",
				"Bespreek voor de plaatsing wie wat doet.", first, second);
		publish(id, coordinator);
		// The second time by someone who reads the screens in English: the public
		// document stays Dutch.
		this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/publiceren").with(csrf())
				.with(user(coordinator))
				.cookie(new jakarta.servlet.http.Cookie("gg-taal", "en")))
			.andExpect(flash().attribute("flashMessage", "advice.published"));
		List<Map<String, Object>> outputs = this.jdbc
			.queryForList("select id, kind, title, published_at from output where trajectory_id = ?", id);
		assertThat(outputs).hasSize(1);
		assertThat(outputs.get(0)).containsEntry("kind", "ADVICE").containsEntry("title", "Advies: " + title);
		assertThat(outputs.get(0).get("published_at")).isNotNull();
		long outputId = ((Number) outputs.get(0).get("id")).longValue();
		String text = PdfText.text(pdf(outputId)).replaceAll("\\s+", " ");
		assertThat(text)
			.contains("Rollen en taken", "Een startgesprek", "Bespreek voor de plaatsing wie wat doet.",
					"Dit advies rust op 2 dialogen.")
			.doesNotContain("Nijmegen", "Korte Nieuwstraat", "Stadhuis");
		// The public can fetch it.
		this.mvc.perform(get("/opbrengsten/" + outputId + "/bestand")).andExpect(status().isOk());
		assertThat(page("/trajecten/" + id + "/adviezen", coordinator))
			.contains("/opbrengsten/" + outputId + "/bestand", "Opnieuw publiceren");

		// A changed advice, published again: the same output, its file replaced.
		this.jdbc.update("update project_advice set text = 'Leg de taken vast in het plan.' where id = ?", adviceId);
		publish(id, coordinator);
		assertThat(this.jdbc.queryForObject("select count(*) from output where trajectory_id = ?", Long.class, id))
			.isOne();
		assertThat(PdfText.text(pdf(outputId))).contains("Leg de taken vast in het plan.")
			.doesNotContain("Bespreek voor de plaatsing");

		// Withdrawn: a draft again, not for the public; publishing brings it back.
		this.mvc.perform(post("/trajecten/" + id + "/adviezen/intrekken").with(csrf()).with(user(coordinator)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select published_at is null from output where id = ?", Boolean.class,
				outputId))
			.isTrue();
		this.mvc.perform(get("/opbrengsten/" + outputId + "/bestand")).andExpect(status().isNotFound());
		publish(id, coordinator);
		assertThat(this.jdbc.queryForObject("select published_at is not null from output where id = ?", Boolean.class,
				outputId))
			.isTrue();

		// A policymaker who reads the project cannot publish.
		this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/publiceren").with(csrf())
				.with(user(this.accounts.create(Role.POLICYMAKER, "JZ32"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdviceRestsOnlyOnDialoguesNotOnOtherMeetingsOfTheProject() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of());
		long dialogue = this.meetings.createDialogue(id, "Dialoog", 8, Map.of()).id();
		long kickOff = this.meetings.create(id, "Startbijeenkomst van het project", 40, Map.of()).id();
		long theme = this.advice.theme(id, "Rollen");
		String form = page("/trajecten/" + id + "/adviezen/nieuw", national);
		assertThat(form).contains("value=\"" + dialogue + "\"").doesNotContain("value=\"" + kickOff + "\"");
		String refused = this.mvc
			.perform(post("/trajecten/" + id + "/adviezen/nieuw").param("themeId", String.valueOf(theme))
				.param("title", "Rollen vooraf")
				.param("text", "Spreek de rollen af.")
				.param("dialogues", String.valueOf(kickOff))
				.with(csrf())
				.with(user(national)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Rollen vooraf");
		assertThat(
				this.jdbc.queryForObject("select count(*) from project_advice where trajectory_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void afterTheProjectClosedItsCoordinatorsStillPublishAndWithdrawTheAdviceButNoLongerWriteIt() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long id = this.projects.create("Gesloten " + UUID.randomUUID(), Set.of("JZ32"), coordinator.id());
		long dialogue = this.meetings.createDialogue(id, "Dialoog", 8, Map.of()).id();
		this.advice.advice(id, this.advice.theme(id, "Rollen"), "Rollen vooraf", "Spreek de rollen af.", dialogue);
		this.jdbc.update("update trajectory set status = 'FINISHED', closed_at = now() where id = ?", id);

		assertThat(page("/trajecten/" + id + "/adviezen", coordinator)).contains("/adviezen/publiceren")
			.doesNotContain("/adviezen/nieuw");
		publish(id, coordinator);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from output where trajectory_id = ? and published_at is not null", Long.class, id))
			.isOne();
		this.mvc.perform(post("/trajecten/" + id + "/adviezen/intrekken").with(csrf()).with(user(coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "advice.withdrawn"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from output where trajectory_id = ? and published_at is null", Long.class, id))
			.isOne();
		// Writing stays closed, and readers still cannot publish.
		this.mvc.perform(get("/trajecten/" + id + "/adviezen/nieuw").with(user(coordinator)))
			.andExpect(status().isForbidden());
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ32");
		this.mvc.perform(post("/trajecten/" + id + "/adviezen/publiceren").with(csrf()).with(user(policymaker)))
			.andExpect(status().isForbidden());
		assertThat(page("/trajecten/" + id + "/adviezen", policymaker)).doesNotContain("/adviezen/publiceren");
	}

	@Test
	void withoutAdviceThereIsNothingToPublish() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.projects.create("Leeg " + UUID.randomUUID(), Set.of());
		this.mvc.perform(post("/trajecten/" + id + "/adviezen/publiceren").with(csrf()).with(user(national)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "advice.publish.none"));
		assertThat(this.jdbc.queryForObject("select count(*) from output where trajectory_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aNationalCoordinatorMakesANationalActionOfAnAdviceOnce() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of("JZ32"), coordinator.id());
		String title = "Maatjes voor ouders " + UUID.randomUUID();
		long adviceId = this.advice.advice(id, this.advice.theme(id, "Positie van ouders"), title,
				"Zet maatjesprojecten op voor ouders van een uit huis geplaatst kind.");
		String path = "/trajecten/" + id + "/adviezen/" + adviceId + "/landelijke-actie";
		// A regional coordinator of the project may not.
		this.mvc.perform(post(path).with(csrf()).with(user(coordinator))).andExpect(status().isForbidden());
		assertThat(page("/trajecten/" + id + "/adviezen", coordinator)).doesNotContain(path);
		assertThat(page("/trajecten/" + id + "/adviezen", national)).contains(path);

		this.mvc.perform(post(path).with(csrf()).with(user(national)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "advice.action.made"));
		Long actionId = this.jdbc.queryForObject("select national_action_id from project_advice where id = ?",
				Long.class, adviceId);
		assertThat(actionId).isNotNull();
		assertThat(
				this.jdbc.queryForMap("select title, description, status from national_action where id = ?", actionId))
			.containsEntry("title", title)
			.containsEntry("description", "Zet maatjesprojecten op voor ouders van een uit huis geplaatst kind.");
		assertThat(page("/trajecten/" + id + "/adviezen", national)).contains("/landelijke-acties/" + actionId)
			.doesNotContain(path);
		assertThat(page("/trajecten/" + id + "/adviezen", coordinator)).contains("Is een landelijke actie geworden");

		// Once only.
		this.mvc.perform(post(path).with(csrf()).with(user(national)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "advice.action.exists"));
		assertThat(this.jdbc.queryForObject("select count(*) from national_action where title = ?", Long.class, title))
			.isOne();
	}

	private void publish(long id, AccountPrincipal user) throws Exception {
		this.mvc.perform(post("/trajecten/" + id + "/adviezen/publiceren").with(csrf()).with(user(user)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "advice.published"));
	}

	private byte[] pdf(long outputId) {
		return this.jdbc.queryForObject("select content from output_file where output_id = ?", byte[].class, outputId);
	}

	private static boolean checked(String form, long meetingId) {
		int at = form.indexOf("id=\"dialogue-" + meetingId + "\"");
		assertThat(at).as("checkbox of dialogue %s", meetingId).isPositive();
		String tag = form.substring(form.lastIndexOf('<', at), form.indexOf('>', at));
		return tag.contains("checked");
	}

	private String page(String path, AccountPrincipal user) throws Exception {
		return this.mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
