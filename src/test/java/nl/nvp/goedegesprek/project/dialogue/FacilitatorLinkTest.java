package nl.nvp.goedegesprek.project.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The facilitator's link of a national project's dialogue: made only for a project's
 * meeting and only by whoever runs the project, ending a few days after the dialogue;
 * through it remarks (a quote with role and consent, the same remark kept once) and
 * attendance; the coordinators' list of remarks in a fixed number of statements.
 */
@IntegrationTest
class FacilitatorLinkTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private AccountPrincipal coordinator;

	private long project;

	private long dialogue;

	private LocalDate date;

	@BeforeEach
	void dialogue() {
		this.coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		this.project = this.projects.create("Dialogen " + UUID.randomUUID(), Set.of("JZ32"), this.coordinator.id());
		this.date = TestClock.today().plusDays(10);
		this.dialogue = this.meetings.createDialogue(this.project, "Dialoog 1", 8, Map.of(), this.date).id();
	}

	@Test
	void onlyWhoeverRunsTheProjectMakesALinkAndOnlyForItsDialogues() throws Exception {
		long regional = this.trajectories.createRunning("JZ32", "Regionaal " + UUID.randomUUID(),
				this.coordinator.id());
		long meeting = this.meetings.create(regional, "Regionale bijeenkomst", 30, Map.of()).id();
		this.mvc.perform(get("/bijeenkomsten/" + meeting + "/gespreksleider").with(user(this.coordinator)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/bijeenkomsten/" + meeting + "/gespreksleider").param("label", "Anna")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isNotFound());
		AccountPrincipal notInTeam = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		this.mvc
			.perform(post("/bijeenkomsten/" + this.dialogue + "/gespreksleider").param("label", "Anna")
				.with(user(notInTeam))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(links()).isZero();

		String url = makeLink("Anna");
		assertThat(url).contains("/gespreksleider/");
		assertThat(links()).isEqualTo(1);
		// Only the hash is kept, and the link ends at the start of the third day after
		Instant expires = this.jdbc.sql("select expires_at from facilitator_link where meeting_id = ?")
			.param(this.dialogue)
			.query(Instant.class)
			.single();
		assertThat(expires).isEqualTo(this.date.plusDays(3).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
		String token = url.substring(url.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("select count(*) from facilitator_link where token_hash = ?")
			.param(token)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/gespreksleider/" + token)).andExpect(status().isOk());
	}

	/**
	 * A project's meeting that is not a dialogue (its kick-off, say) gets no link: the
	 * page says why and has no form, and a form sent anyway is refused with that message.
	 */
	@Test
	void aMeetingOfTheProjectThatIsNoDialogueGetsNoLink() throws Exception {
		long kickOff = this.meetings.create(this.project, "Startbijeenkomst", 40, Map.of()).id();
		String page = this.mvc
			.perform(get("/bijeenkomsten/" + kickOff + "/gespreksleider").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Deze bijeenkomst is geen dialoog").doesNotContain("name=\"label\"");
		this.mvc
			.perform(post("/bijeenkomsten/" + kickOff + "/gespreksleider").param("label", "Anna")
				.param("seen", "0")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "facilitatorLink.notADialogue"))
			.andExpect(flash().attributeCount(1));
		assertThat(this.jdbc.sql("select count(*) from facilitator_link where meeting_id = ?")
			.param(kickOff)
			.query(Long.class)
			.single()).isZero();
		// The project's dialogue still gets one, and its page has the form.
		assertThat(this.mvc
			.perform(get("/bijeenkomsten/" + this.dialogue + "/gespreksleider").with(user(this.coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("name=\"label\"").doesNotContain("Deze bijeenkomst is geen dialoog");
		assertThat(makeLink("Anna")).contains("/gespreksleider/");
	}

	@Test
	void aLinkEndsAfterItsTimeOrWhenRevokedAndAnUnknownOneIsNotFound() throws Exception {
		this.mvc.perform(get("/gespreksleider/onbekende-link")).andExpect(status().isNotFound());
		String token = FacilitatorLinkFixture.link(this.jdbc, this.project, this.dialogue, "Gespreksleider");
		this.mvc.perform(get("/gespreksleider/" + token)).andExpect(status().isOk());
		this.jdbc.sql("update facilitator_link set expires_at = now() - interval '1 minute' where meeting_id = ?")
			.param(this.dialogue)
			.update();
		this.mvc.perform(get("/gespreksleider/" + token)).andExpect(status().isNotFound());
		this.mvc.perform(post("/gespreksleider/" + token).param("kind", "IDEA").param("text", "Te laat").with(csrf()))
			.andExpect(status().isNotFound());

		String other = FacilitatorLinkFixture.link(this.jdbc, this.project, this.dialogue, "Bram");
		long id = FacilitatorLinkFixture.linkId(this.jdbc, other);
		this.mvc
			.perform(post("/bijeenkomsten/" + this.dialogue + "/gespreksleider/" + id + "/intrekken")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/gespreksleider/" + other)).andExpect(status().isNotFound());
	}

	@Test
	void aQuoteNeedsTheRoleAndConsentAndTheSameRemarkIsKeptOnce() throws Exception {
		String token = FacilitatorLinkFixture.link(this.jdbc, this.project, this.dialogue, "Gespreksleider");
		String page = this.mvc
			.perform(post("/gespreksleider/" + token).param("kind", "QUOTE").param("text", "Bel me.").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kies bij een citaat de rol van wie het zei.").contains("alleen met toestemming");
		this.mvc.perform(post("/gespreksleider/" + token).param("kind", "IDEA").param("text", " ").with(csrf()))
			.andExpect(status().isOk());
		assertThat(remarks()).isZero();

		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/gespreksleider/" + token).param("kind", "QUOTE")
					.param("text", "Bel me gewoon op.")
					.param("speakerRole", "PARENT")
					.param("consent", "true")
					.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("flashMessage",
						(i == 0) ? "dialogueRemark.added" : "dialogueRemark.alreadyAdded"));
		}
		// Without a role, an idea is the group's; consent does not count for it
		this.mvc
			.perform(post("/gespreksleider/" + token).param("kind", "IDEA")
				.param("text", "Een buddy voor ouders.")
				.param("consent", "true")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				select kind || ':' || coalesce(speaker_role, '-') || ':' || consent from dialogue_remark
				where meeting_id = ? order by id""").param(this.dialogue).query(String.class).list())
			.containsExactly("QUOTE:PARENT:true", "IDEA:-:false");

		long idea = this.jdbc.sql("select id from dialogue_remark where kind = 'IDEA' and meeting_id = ?")
			.param(this.dialogue)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/gespreksleider/" + token + "/opmerkingen/" + idea).param("kind", "CAN_BE_BETTER")
				.param("text", "Meer uitleg over de rollen.")
				.param("version", "0")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select kind || ':' || text from dialogue_remark where id = ?")
			.param(idea)
			.query(String.class)
			.single()).isEqualTo("CAN_BE_BETTER:Meer uitleg over de rollen.");
		// Another link of the dialogue does not reach this link's remarks
		String other = FacilitatorLinkFixture.link(this.jdbc, this.project, this.dialogue, "Bram");
		this.mvc.perform(get("/gespreksleider/" + other + "/opmerkingen/" + idea)).andExpect(status().isNotFound());
		this.mvc.perform(post("/gespreksleider/" + other + "/opmerkingen/" + idea + "/verwijderen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(remarks()).isEqualTo(2);
		this.mvc.perform(post("/gespreksleider/" + token + "/opmerkingen/" + idea + "/verwijderen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(remarks()).isEqualTo(1);
	}

	@Test
	void theFacilitatorRecordsWhoCameSeeingFirstNamesAndRolesOnly() throws Exception {
		long anna = this.meetings.confirmed(this.dialogue, "Anna Jansen", ParticipantRole.FOSTER_PARENT);
		long bram = this.meetings.confirmed(this.dialogue, "Bram de Wit", ParticipantRole.CHILD_PROTECTION_WORKER);
		String token = FacilitatorLinkFixture.link(this.jdbc, this.project, this.dialogue, "Gespreksleider");
		String page = this.mvc.perform(get("/gespreksleider/" + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Anna (Pleegouder)").doesNotContain("Jansen").doesNotContain("de Wit");
		this.mvc
			.perform(post("/gespreksleider/" + token + "/aanwezigheid").param("present", String.valueOf(anna))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(present(anna)).isTrue();
		assertThat(present(bram)).isFalse();
		this.mvc
			.perform(post("/gespreksleider/" + token + "/aanwezigheid").param("present", String.valueOf(bram))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(present(anna)).isFalse();
		assertThat(present(bram)).isTrue();
	}

	@Test
	void coordinatorsReadTheRemarksByKindInAFixedNumberOfStatements() throws Exception {
		String token = FacilitatorLinkFixture.link(this.jdbc, this.project, this.dialogue, "Gespreksleider");
		FacilitatorLinkFixture.remark(this.jdbc, token, "GOES_WELL", "Fijn dat iedereen er was.");
		long one = statements();
		for (int i = 0; i < 15; i++) {
			FacilitatorLinkFixture.remark(this.jdbc, token, (i % 2 == 0) ? "IDEA" : "CAN_BE_BETTER", "Punt " + i);
			FacilitatorLinkFixture.link(this.jdbc, this.project, this.dialogue, "Link " + i);
		}
		assertThat(statements()).isEqualTo(one);
		String page = this.mvc
			.perform(get("/bijeenkomsten/" + this.dialogue + "/gespreksleider").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Wat gaat goed").contains("Fijn dat iedereen er was.").contains("Punt 14");
	}

	@Test
	void theDialoguesStepLinksToEachReportForWhoeverRunsTheProjectOnly() throws Exception {
		String report = "/bijeenkomsten/" + this.dialogue + "/gespreksleider";
		assertThat(trajectoryPage(this.coordinator)).contains(report);
		assertThat(trajectoryPage(this.accounts.create(Role.POLICYMAKER, "JZ32"))).doesNotContain(report);
	}

	private String trajectoryPage(AccountPrincipal person) throws Exception {
		return this.mvc.perform(get("/trajecten/" + this.project).with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long statements() {
		return new SqlStatements(this.entityManagerFactory).forPage(this.mvc,
				"/bijeenkomsten/" + this.dialogue + "/gespreksleider", this.coordinator);
	}

	private String makeLink(String label) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/bijeenkomsten/" + this.dialogue + "/gespreksleider").param("label", label)
				.param("seen", "0")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return (String) result.getFlashMap().get("facilitatorLink");
	}

	private long links() {
		return this.jdbc.sql("select count(*) from facilitator_link where meeting_id = ?")
			.param(this.dialogue)
			.query(Long.class)
			.single();
	}

	private long remarks() {
		return this.jdbc.sql("select count(*) from dialogue_remark where meeting_id = ?")
			.param(this.dialogue)
			.query(Long.class)
			.single();
	}

	private boolean present(long registration) {
		return this.jdbc.sql("select checked_in_at is not null from registration where id = ?")
			.param(registration)
			.query(Boolean.class)
			.single();
	}

}
