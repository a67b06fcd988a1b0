package nl.nvp.goedegesprek.project;

import java.time.LocalDate;
import java.util.List;
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
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * National projects (issue 17, decision 45): a national coordinator makes one, with its
 * trajectory and settings in one go; the form refuses what is wrong at its field and
 * stores nothing; only national coordinators make one; its coordinators change it; and
 * policymakers and regional coordinators see it, read-only, when it draws from their
 * regions or from the whole country, on its page, in the list and on the overview alike.
 */
@IntegrationTest
class ProjectSetupTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ProjectTrajectories projectTrajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void aNationalCoordinatorMakesAProjectWithItsTrajectoryStepsReachAndSettings() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String title = "Samenwerken " + UUID.randomUUID();
		MvcResult result = this.mvc
			.perform(ProjectForms.filled(post("/projecten/nieuw"), title, 43).with(csrf()).with(user(national)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/trajecten/\\d+");
		long id = Long.parseLong(location.substring("/trajecten/".length()));
		assertThat(this.jdbc.queryForMap("select region_code, variant, description from trajectory where id = ?", id))
			.containsEntry("region_code", null)
			.containsEntry("variant", "NATIONAL_PROJECT")
			.containsEntry("description", "Samen leren hoe het beter kan.");
		assertThat(this.jdbc.queryForList("select type from trajectory_step where trajectory_id = ? order by id",
				String.class, id))
			.containsExactlyInAnyOrder("SIGN_UP", "DIALOGUES", "ANALYSIS", "ADVICE");
		assertThat(this.jdbc.queryForList("select region_code from trajectory_reach where trajectory_id = ?",
				String.class, id))
			.containsExactlyInAnyOrder("JZ32", "JZ34");
		assertThat(this.jdbc.queryForList("select account_id from trajectory_coordinator where trajectory_id = ?",
				Long.class, id))
			.containsExactly(national.id());
		assertThat(this.jdbc.queryForMap(
				"select starts_on::text as starts, ends_on::text as ends, target_dialogues from national_project where trajectory_id = ?",
				id))
			.containsEntry("starts", "2026-09-01")
			.containsEntry("ends", "2027-06-30")
			.containsEntry("target_dialogues", 43);
		assertThat(this.jdbc.queryForList("select role from national_project_role where trajectory_id = ?",
				String.class, id))
			.containsExactlyInAnyOrder("FOSTER_PARENT", "PARENT", "FOSTER_CARE_WORKER", "CHILD_PROTECTION_WORKER");

		// Its page is the trajectory's, with the project's card.
		String page = page(location, national);
		assertThat(page).contains(title, "Landelijk project", "1 september 2026 – 30 juni 2027", "43 dialogen",
				"Pleegouder", "Jeugdbeschermer of gezinsvoogd", "Rijk van Nijmegen", "West Brabant Oost", "Aanmelden",
				"Dialogen", "Analyse", "Advies", "/projecten/" + id + "/bewerken");
		assertThat(page(("/projecten"), national)).contains(title, "43 dialogen");

		// The same title again is refused at the field.
		String again = this.mvc
			.perform(ProjectForms.filled(post("/projecten/nieuw"), title.toUpperCase(), 10)
				.with(csrf())
				.with(user(national)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("id=\"title-error\"", "Er is al een landelijk project met deze titel.");
	}

	@Test
	void theFormRefusesWhatIsWrongAtItsFieldAndStoresNothing() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long before = count();
		String page = this.mvc
			.perform(post("/projecten/nieuw").param("title", " ")
				.param("aim", "")
				.param("startsOn", "2027-06-30")
				.param("endsOn", "2026-09-01")
				.param("roles", "PARENT")
				.param("targetDialogues", "0")
				.param("reach", "REGIONS")
				.with(csrf())
				.with(user(national)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"title-error\"", "id=\"aim-error\"", "id=\"endsOn-error\"",
				"De laatste dag moet op of na de eerste dag liggen.", "id=\"roles-error\"", "Kies minstens 2 rollen.",
				"id=\"targetDialogues-error\"", "Vul een getal in van 1 of meer.", "id=\"regionCodes-error\"",
				"Kies minstens één regio, of kies voor heel Nederland.");
		String unknownRegion = this.mvc
			.perform(ProjectForms.filled(post("/projecten/nieuw"), "Onbekend " + UUID.randomUUID(), 5)
				.param("regionCodes", "JZ99")
				.with(csrf())
				.with(user(national)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknownRegion).contains("Kies alleen regio&#39;s uit de lijst.");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyNationalCoordinatorsMakeAProject() throws Exception {
		long before = count();
		for (AccountPrincipal other : List.of(this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32"),
				this.accounts.create(Role.POLICYMAKER, "JZ32"))) {
			this.mvc.perform(get("/projecten/nieuw").with(user(other))).andExpect(status().isForbidden());
			this.mvc
				.perform(ProjectForms.filled(post("/projecten/nieuw"), "Niet van mij " + UUID.randomUUID(), 5)
					.with(csrf())
					.with(user(other)))
				.andExpect(status().isForbidden());
			assertThat(page("/projecten", other)).doesNotContain("Nieuw landelijk project");
		}
		assertThat(count()).isEqualTo(before);
		assertThat(page("/projecten", this.accounts.create(Role.NATIONAL_COORDINATOR)))
			.contains("Nieuw landelijk project");
	}

	@Test
	void policymakersAndRegionalCoordinatorsSeeAProjectOfTheirRegionOrTheWholeCountryReadOnly() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long nijmegen = this.projects.create("Uit Nijmegen " + tag, Set.of("JZ32"));
		long country = this.projects.create("Uit heel het land " + tag, Set.of());
		AccountPrincipal policymakerNijmegen = this.accounts.create(Role.POLICYMAKER, "JZ32");
		AccountPrincipal policymakerBrabant = this.accounts.create(Role.POLICYMAKER, "JZ34");
		AccountPrincipal coordinatorBrabant = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		AccountPrincipal assigned = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		long assignedTo = this.projects.create("Met team " + tag, Set.of("JZ32"), assigned.id());

		// Of their region, or the whole country: seen, read-only.
		for (AccountPrincipal reader : List.of(policymakerNijmegen, policymakerBrabant, coordinatorBrabant)) {
			String page = page("/trajecten/" + country, reader);
			assertThat(page).contains("U kunt dit traject bekijken, maar niet wijzigen.", "Heel Nederland")
				.doesNotContain("/projecten/" + country + "/bewerken");
			this.mvc.perform(get("/projecten/" + country + "/bewerken").with(user(reader)))
				.andExpect(status().isForbidden());
		}
		assertThat(page("/trajecten/" + nijmegen, policymakerNijmegen))
			.contains("U kunt dit traject bekijken, maar niet wijzigen.");
		// Of another region: not even found.
		for (AccountPrincipal outsider : List.of(policymakerBrabant, coordinatorBrabant)) {
			this.mvc.perform(get("/trajecten/" + nijmegen).with(user(outsider))).andExpect(status().isNotFound());
			this.mvc.perform(get("/projecten/" + nijmegen + "/bewerken").with(user(outsider)))
				.andExpect(status().isNotFound());
		}
		// A regional coordinator in the project's team runs it, wherever they work.
		assertThat(page("/trajecten/" + assignedTo, assigned)).contains("/projecten/" + assignedTo + "/bewerken");
		this.mvc.perform(get("/projecten/" + assignedTo + "/bewerken").with(user(assigned))).andExpect(status().isOk());

		// The list, the overview and the API say the same as the page.
		assertThat(page("/projecten", policymakerNijmegen)).contains("Uit Nijmegen " + tag, "Uit heel het land " + tag);
		assertThat(page("/projecten", policymakerBrabant)).contains("Uit heel het land " + tag)
			.doesNotContain("Uit Nijmegen " + tag);
		assertThat(page("/overzicht", policymakerBrabant)).contains("Uit heel het land " + tag)
			.doesNotContain("Uit Nijmegen " + tag);
		assertThat(page("/overzicht", policymakerNijmegen)).contains("Uit Nijmegen " + tag);
		for (AccountPrincipal person : List.of(policymakerNijmegen, policymakerBrabant, coordinatorBrabant, assigned,
				this.accounts.create(Role.NATIONAL_COORDINATOR))) {
			for (long id : List.of(nijmegen, country, assignedTo)) {
				boolean listed = this.projectTrajectories.visibleTo(person)
					.stream()
					.anyMatch((project) -> project.id() == id);
				int status = this.mvc.perform(get("/trajecten/" + id).with(user(person)))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(listed).as("%s listed for %s as its page answers %d", id, person.role(), status)
					.isEqualTo(status == 200);
			}
		}
	}

	@Test
	void whoRunsAProjectChangesItsSettingsOnlyFromTheVersionTheySaw() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String title = "Wijzigen " + UUID.randomUUID();
		long id = this.projects.create(title, Set.of("JZ32"));
		long version = this.trajectories.version(id);
		String form = page("/projecten/" + id + "/bewerken", national);
		assertThat(form).contains(title, "value=\"43\"", "Een doel");

		this.mvc
			.perform(ProjectForms.filled(post("/projecten/" + id + "/bewerken"), title + " (nieuw)", 50, "COUNTRY")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(national)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.projects.target(id)).isEqualTo(50);
		assertThat(this.jdbc.queryForObject("select count(*) from trajectory_reach where trajectory_id = ?", Long.class,
				id))
			.as("COUNTRY wins over regions ticked")
			.isZero();
		assertThat(page("/trajecten/" + id, national)).contains(title + " (nieuw)", "50 dialogen", "Heel Nederland");

		// The same version again: someone changed it meanwhile.
		String stale = this.mvc
			.perform(ProjectForms.filled(post("/projecten/" + id + "/bewerken"), title, 60)
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(national)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("Iemand anders heeft dit project intussen gewijzigd.");
		assertThat(this.projects.target(id)).isEqualTo(50);
	}

	@Test
	void theListCostsTheSameWithOneOrManyProjects() throws Exception {
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ41");
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		this.projects.create("Telling " + UUID.randomUUID(), Set.of("JZ41"));
		long ofPolicymaker = statements(policymaker);
		long ofNational = statements(national);
		for (int i = 0; i < 5; i++) {
			this.projects.create("Telling " + i + " " + UUID.randomUUID(), Set.of("JZ41", "JZ32"));
			this.projects.create("Telling land " + i + " " + UUID.randomUUID(), Set.of());
		}
		assertThat(statements(policymaker)).isEqualTo(ofPolicymaker);
		assertThat(statements(national)).isEqualTo(ofNational);
		assertThat(ofNational).as("the list is cheap").isBetween(3L, 8L);
	}

	@Test
	void theAnnualNumbersCountAProjectsMeetingsButNoRegionForIt() throws Exception {
		// 2015: a year no other test holds meetings in.
		long project = this.projects.create("Jaarcijfers " + UUID.randomUUID(), Set.of());
		long meeting = this.meetings
			.create(project, "Dialoog " + System.nanoTime(), 12, java.util.Map.of(), LocalDate.of(2015, 3, 10))
			.id();
		for (int i = 0; i < 5; i++) {
			this.meetings.confirmed(meeting, "Deelnemer " + i, ParticipantRole.FOSTER_PARENT);
		}
		String csv = this.mvc
			.perform(get("/overzicht/jaarcijfers.csv").with(user(this.accounts.create(Role.POLICYMAKER, "JZ41"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).as("0 regions reached, 1 meeting, 5 foster parents").contains("\r\n2015;0;1;5;");
	}

	@Test
	void aProjectsTrajectoryFormKeepsItAProjectWithItsOwnSteps() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String title = "Trajectformulier " + UUID.randomUUID();
		long id = this.projects.create(title, Set.of());
		String form = page("/trajecten/" + id + "/bewerken", national);
		assertThat(form).contains("Landelijk project", "Begin van Aanmelden", "Begin van Advies")
			.doesNotContain("Begin van Startbijeenkomst", "value=\"FULL\"");
		this.mvc
			.perform(post("/trajecten/" + id).param("title", title)
				.param("variant", "NATIONAL_PROJECT")
				.param("steps[0].type", "SIGN_UP")
				.param("steps[0].plannedStart", "2026-09-01")
				.param("steps[0].plannedEnd", "2026-09-30")
				.param("version", String.valueOf(this.trajectories.version(id)))
				.with(csrf())
				.with(user(national)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/trajecten/" + id, national)).contains("1 september 2026 – 30 september 2026", "43 dialogen");
		String refused = this.mvc
			.perform(post("/trajecten/" + id).param("title", title)
				.param("variant", "FULL")
				.param("version", String.valueOf(this.trajectories.version(id)))
				.with(csrf())
				.with(user(national)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Een landelijk project blijft een landelijk project");
		assertThat(this.jdbc.queryForObject("select variant from trajectory where id = ?", String.class, id))
			.isEqualTo("NATIONAL_PROJECT");
	}

	@Test
	void aRegionIfAndOnlyIfTheTrajectoryIsRegional() {
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into trajectory (region_code, title, variant, status, created_at, changed_at)
				values (null, 'Zonder regio', 'FULL', 'DRAFT', now(), now())"""))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into trajectory (region_code, title, variant, status, created_at, changed_at)
				values ('JZ32', 'Met regio', 'NATIONAL_PROJECT', 'DRAFT', now(), now())"""))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theTrajectoryFormMakesNoTrajectoryWithoutARegion() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		for (String variant : List.of("FULL", "NATIONAL_PROJECT")) {
			String page = this.mvc
				.perform(post("/trajecten").param("title", "Geen regio " + UUID.randomUUID())
					.param("variant", variant)
					.param("regionCode", "")
					.with(csrf())
					.with(user(national)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"regionCode-error\"", "Kies een regio.");
		}
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from national_project", Long.class)
				+ this.jdbc.queryForObject("select count(*) from trajectory", Long.class);
	}

	private long statements(AccountPrincipal user) {
		return new SqlStatements(this.entityManagerFactory).forPage(this.mvc, "/projecten", user);
	}

	private String page(String path, AccountPrincipal user) throws Exception {
		return this.mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
