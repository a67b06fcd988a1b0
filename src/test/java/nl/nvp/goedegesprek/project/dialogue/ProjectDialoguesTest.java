package nl.nvp.goedegesprek.project.dialogue;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * All dialogues of a national project on one page (issue 17): how full per role and how
 * far the report is, for whoever sees the project, in a fixed number of statements; the
 * Dialogues step lists a few reports and then links to that page; the project card counts
 * the planned dialogues against the target; the project page costs the same at 3 and 100
 * dialogues; and a remark changed in two tabs is not silently overwritten.
 */
@IntegrationTest
class ProjectDialoguesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private AccountPrincipal coordinator;

	private long project;

	@BeforeEach
	void project() {
		this.coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		this.project = this.projects.create("Dialogen " + UUID.randomUUID(), Set.of("JZ32"), this.coordinator.id());
	}

	@Test
	void thePageShowsEachDialoguesFillAndReportToWhoeverSeesTheProject() throws Exception {
		long first = this.meetings
			.createDialogue(this.project, "Dialoog Utrecht", 8,
					Map.of(ParticipantRole.FOSTER_PARENT, 2, ParticipantRole.PARENT, 2), TestClock.today().plusDays(5))
			.id();
		long second = this.meetings.createDialogue(this.project, "Dialoog Zwolle", 8, Map.of()).id();
		long kickOff = this.meetings.create(this.project, "Startbijeenkomst", 40, Map.of()).id();
		long anna = this.meetings.confirmed(first, "Anna Jansen", ParticipantRole.FOSTER_PARENT);
		this.meetings.confirmed(first, "Bram de Wit", ParticipantRole.FOSTER_PARENT);
		String token = FacilitatorLinkFixture.link(this.jdbc, this.project, first, "Gespreksleider");
		FacilitatorLinkFixture.remark(this.jdbc, token, "IDEA", "Een buddy.");
		FacilitatorLinkFixture.remark(this.jdbc, token, "GOES_WELL", "Goed gesprek.");
		this.jdbc.sql("update registration set checked_in_at = now() where id = ?").param(anna).update();

		String page = page("/projecten/" + this.project + "/dialogen", this.coordinator);
		assertThat(page).contains("Dialoog Utrecht", "Dialoog Zwolle", "2 dialogen gepland")
			.doesNotContain("Startbijeenkomst")
			.contains("Pleegouder: 2 van 2", "Ouder van een pleegkind: 0 van 2")
			.contains("Link voor de gespreksleider werkt", "2 opmerkingen", "Aanwezigheid bijgehouden: 1 aanwezig")
			.contains("Nog geen link voor de gespreksleider", "Nog geen opmerkingen",
					"Aanwezigheid nog niet bijgehouden")
			.contains("/bijeenkomsten/" + first + "/gespreksleider", "href=\"/bijeenkomsten/" + second + "\"")
			.doesNotContain("Anna", "Jansen", "Bram");
		assertThat(page.indexOf("Dialoog Utrecht")).isLessThan(page.indexOf("Dialoog Zwolle"));
		assertThat(page).doesNotContain("/bijeenkomsten/" + kickOff);

		// A policymaker of a region it draws from reads it, without the coordinators'
		// links.
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ32");
		assertThat(page("/projecten/" + this.project + "/dialogen", policymaker)).contains("Dialoog Utrecht")
			.doesNotContain("/gespreksleider")
			.doesNotContain("href=\"/bijeenkomsten/");
		// Not for a region it does not draw from, nor for anyone not logged in.
		this.mvc
			.perform(get("/projecten/" + this.project + "/dialogen")
				.with(user(this.accounts.create(Role.POLICYMAKER, "JZ41"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/projecten/" + this.project + "/dialogen")).andExpect(redirectedUrl("/inloggen"));
		// A regional trajectory is no project.
		this.mvc.perform(get("/projecten/999999999/dialogen").with(user(this.coordinator)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDialoguesPageAndTheProjectPageCostTheSameAtThreeAndAHundredDialogues() {
		addDialogues(0, 3);
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		String dialogues = "/projecten/" + this.project + "/dialogen";
		String projectPage = "/trajecten/" + this.project;
		long dialoguesAtThree = statements.forPage(this.mvc, dialogues, this.coordinator);
		long projectAtThree = statements.forPage(this.mvc, projectPage, this.coordinator);
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long projectAtThreeNational = statements.forPage(this.mvc, projectPage, national);
		addDialogues(3, 100);
		assertThat(statements.forPage(this.mvc, dialogues, this.coordinator)).isEqualTo(dialoguesAtThree);
		assertThat(statements.forPage(this.mvc, projectPage, this.coordinator)).isEqualTo(projectAtThree);
		assertThat(statements.forPage(this.mvc, projectPage, national)).isEqualTo(projectAtThreeNational);
		assertThat(dialoguesAtThree).as("the dialogues page is cheap").isLessThan(15);
	}

	@Test
	void theDialoguesStepListsAFewReportsAndThenLinksToAllDialogues() throws Exception {
		addDialogues(0, DialogueStepLinks.MOST_LISTED);
		String page = page("/trajecten/" + this.project, this.coordinator);
		assertThat(page).doesNotContain("Alle " + DialogueStepLinks.MOST_LISTED + " dialogen");
		assertThat(page.split("/gespreksleider\"", -1)).hasSize(DialogueStepLinks.MOST_LISTED + 1);
		addDialogues(DialogueStepLinks.MOST_LISTED, DialogueStepLinks.MOST_LISTED + 1);
		page = page("/trajecten/" + this.project, this.coordinator);
		assertThat(page).contains("Alle " + (DialogueStepLinks.MOST_LISTED + 1) + " dialogen")
			.contains("href=\"/projecten/" + this.project + "/dialogen\"")
			.doesNotContain("/gespreksleider\"");
		// Only the dialogues page, not the meetings list as well, for whoever sees the
		// project.
		assertThat(page).doesNotContain("Alle " + (DialogueStepLinks.MOST_LISTED + 1) + " bijeenkomsten");
		String policymakers = page("/trajecten/" + this.project, this.accounts.create(Role.POLICYMAKER, "JZ32"));
		assertThat(policymakers).contains("Alle " + (DialogueStepLinks.MOST_LISTED + 1) + " dialogen")
			.doesNotContain("Alle " + (DialogueStepLinks.MOST_LISTED + 1) + " bijeenkomsten");
	}

	@Test
	void theProjectCardCountsThePlannedDialoguesAgainstTheTarget() throws Exception {
		assertThat(page("/trajecten/" + this.project, this.coordinator)).contains("0 van 43 dialogen gepland");
		addDialogues(0, 3);
		long cancelled = this.meetings.createDialogue(this.project, "Afgelast", 8, Map.of()).id();
		this.jdbc
			.sql("update meeting set cancelled = true, cancelled_at = now(), cancellation_reason = 'Ziek' where id = ?")
			.param(cancelled)
			.update();
		this.meetings.create(this.project, "Geen dialoog", 40, Map.of());
		assertThat(page("/trajecten/" + this.project, this.accounts.create(Role.POLICYMAKER, "JZ32")))
			.contains("3 van 43 dialogen gepland")
			.contains("href=\"/projecten/" + this.project + "/dialogen\"");
	}

	@Test
	void aRemarkChangedInTwoTabsIsNotSilentlyOverwritten() throws Exception {
		long dialogue = this.meetings.createDialogue(this.project, "Dialoog", 8, Map.of()).id();
		String token = FacilitatorLinkFixture.link(this.jdbc, this.project, dialogue, "Gespreksleider");
		long remark = FacilitatorLinkFixture.remark(this.jdbc, token, "IDEA", "Eerste tekst.");
		String path = "/gespreksleider/" + token + "/opmerkingen/" + remark;
		assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
			.contains("name=\"version\" value=\"0\"");
		// The first tab saves.
		this.mvc.perform(
				post(path).param("kind", "IDEA").param("text", "Tekst uit tab een.").param("version", "0").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "dialogueRemark.changed"));
		// The second, with the version it was shown: told, its text kept, nothing
		// changed.
		String refused = this.mvc
			.perform(post(path).param("kind", "IDEA")
				.param("text", "Tekst uit tab twee.")
				.param("version", "0")
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Iemand anders heeft deze opmerking net gewijzigd")
			.contains("Tekst uit tab twee.")
			.contains("Tekst uit tab een.")
			.contains("name=\"version\" value=\"1\"");
		assertThat(text(remark)).isEqualTo("Tekst uit tab een.");
		// Without a version: refused too, never a 500.
		this.mvc.perform(post(path).param("kind", "IDEA").param("text", "Zonder versie.").with(csrf()))
			.andExpect(status().isOk());
		assertThat(text(remark)).isEqualTo("Tekst uit tab een.");
		// Saved again knowingly (the version now shown): it replaces.
		this.mvc
			.perform(post(path).param("kind", "IDEA")
				.param("text", "Tekst uit tab twee.")
				.param("version", "1")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(text(remark)).isEqualTo("Tekst uit tab twee.");

		// Two requests at once with the same version: one wins, the other is told.
		Callable<Integer> change = () -> this.mvc
			.perform(post(path).param("kind", "IDEA")
				.param("text", "Tegelijk " + UUID.randomUUID())
				.param("version", "2")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> one = pool.submit(change);
			Future<Integer> two = pool.submit(change);
			assertThat(java.util.List.of(one.get(), two.get())).containsExactlyInAnyOrder(302, 200);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("select version from dialogue_remark where id = ?")
			.param(remark)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	/** Dialogues number from to until, each with a link, a remark and a registration. */
	private void addDialogues(int from, int until) {
		for (int i = from; i < until; i++) {
			long dialogue = this.meetings
				.createDialogue(this.project, "Dialoog " + i, 8, Map.of(ParticipantRole.FOSTER_PARENT, 2),
						TestClock.today().plusDays(10 + i))
				.id();
			String token = FacilitatorLinkFixture.link(this.jdbc, this.project, dialogue, "Gespreksleider " + i);
			FacilitatorLinkFixture.remark(this.jdbc, token, "IDEA", "Idee " + i);
			this.meetings.confirmed(dialogue, "Deelnemer " + i, ParticipantRole.FOSTER_PARENT);
		}
	}

	private String text(long remark) {
		return this.jdbc.sql("select text from dialogue_remark where id = ?")
			.param(remark)
			.query(String.class)
			.single();
	}

	private String page(String path, AccountPrincipal person) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(person))).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString();
	}

}
