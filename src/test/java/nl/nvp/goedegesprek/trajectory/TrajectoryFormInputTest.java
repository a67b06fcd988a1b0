package nl.nvp.goedegesprek.trajectory;

import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad, hostile and odd input on the trajectory form: never a 500, always a message at the
 * field, what was typed kept, nothing saved half, and text escaped on output.
 */
@IntegrationTest
class TrajectoryFormInputTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryRepository repository;

	@Autowired
	private TrajectoryFixtures trajectories;

	private MockHttpServletRequestBuilder create(AccountPrincipal user) {
		MockHttpServletRequestBuilder request = post("/trajecten").with(csrf()).with(user(user));
		for (int i = 0; i < StepType.values().length; i++) {
			request.param("steps[" + i + "].type", StepType.values()[i].name());
		}
		return request.param("variant", "FULL").param("regionCode", "JZ32");
	}

	@Test
	void scriptAndMarkupAreStoredAsTextAndEscapedOnOutput() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String title = "<script>alert('x')</script> & \"Ω 🙂\" '; drop table trajectory; -- " + UUID.randomUUID();
		MvcResult created = this.mvc.perform(create(national).param("title", title))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = this.mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(national)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
		assertThat(page).contains("Ω 🙂");
		assertThat(this.repository.findAll()).anyMatch((trajectory) -> title.equals(trajectory.getTitle()));
	}

	@Test
	void controlCharactersAreDroppedAndNeverReachTheDatabase() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String tag = UUID.randomUUID().toString();
		this.mvc.perform(create(national).param("title", "Nul\u0000byte " + tag).param("contactName", "\u0007\u0000"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.repository.findAll()).anyMatch((trajectory) -> ("Nulbyte " + tag).equals(trajectory.getTitle())
				&& trajectory.getContactName() == null);
		this.mvc.perform(get("/trajecten").param("regio", "JZ\u000032").with(user(national)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/inloggen").with(csrf()).param("username", "a\u0000@test.example").param("password", "x"))
			.andExpect(status().is3xxRedirection());
	}

	@ParameterizedTest
	@ValueSource(strings = { "99999-99-99", "2026-02-30", "gisteren", "1900-01-01", "+1000000000-01-01" })
	void impossibleDatesGetAMessageAtTheFieldAndNothingIsSaved(String date) throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String title = "Datum " + UUID.randomUUID();
		long before = this.repository.count();
		String page = this.mvc.perform(create(national).param("title", title).param("steps[2].plannedStart", date))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"steps-2-plannedStart-error\"").contains("value=\"" + title + "\"");
		assertThat(this.repository.count()).isEqualTo(before);
	}

	@Test
	void oversizedTextIsRefusedAtTheField() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String page = this.mvc
			.perform(create(national).param("title", "x".repeat(100_000))
				.param("description", "y".repeat(5000))
				.param("contactEmail", "geen-adres")
				.param("contactPhone", "<b>06</b>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"title-error\"")
			.contains("Gebruik hoogstens 150 tekens.")
			.contains("id=\"description-error\"")
			.contains("id=\"contactEmail-error\"")
			.contains("id=\"contactPhone-error\"")
			.contains("&lt;b&gt;06&lt;/b&gt;");
	}

	@ParameterizedTest
	@ValueSource(strings = { "JZ99", "'; drop table region; --", "JZ34" })
	void regionOutsideTheListOrOutsideTheCoordinatorsRegionsIsRefused(String region) throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long before = this.repository.count();
		String page = this.mvc.perform(create(coordinator).param("title", "Elders").param("regionCode", region))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"regionCode-error\"");
		assertThat(this.repository.count()).isEqualTo(before);
	}

	@Test
	void unknownVariantStepOrCoordinatorNeverGivesA500() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		this.mvc
			.perform(create(national).param("title", "Raar")
				.param("variant", "ALLES")
				.param("steps[0].type", "BESTAAT_NIET")
				.param("coordinatorIds", "99999999999999999999", "-1"))
			.andExpect(status().isOk());
		this.mvc.perform(create(national).param("title", "Raar").param("steps[100000].type", "ACTION_PLAN"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(create(national).param("title", "Raar").param("coordinatorIds", "-1"))
			.andExpect(status().isOk());
	}

	@Test
	void hostilePathsAndParametersGiveAClearAnswer() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.trajectories.create("JZ32", "Paden");
		this.mvc.perform(get("/trajecten/99999999999999999999999").with(user(national)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/trajecten/-1").with(user(national))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/trajecten/" + id + "/stappen/GEEN_STAP/starten").with(csrf())
				.with(user(national))
				.param("version", "0"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/trajecten/" + id + "/stappen/ACTION_PLAN/starten").with(csrf()).with(user(national)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/trajecten/" + id + "/stappen/ACTION_PLAN/starten").with(csrf())
				.with(user(national))
				.param("version", "x"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/trajecten").param("pagina", "99999999999").param("sortering", "<x>").with(user(national)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/trajecten/" + id + "/stappen/ACTION_PLAN/starten").with(user(national))
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void stepRuleViolationIsExplainedAndChangesNothing() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.trajectories.create("JZ32", "Volgorde");
		long version = this.trajectories.version(id);
		this.mvc
			.perform(post("/trajecten/" + id + "/stappen/ACTION_PLAN/starten").with(csrf())
				.with(user(national))
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getFlashMap().get("flashError"))
				.isEqualTo("trajectory.rule.notNextStep"));
		assertThat(this.trajectories.stepState(id, "ACTION_PLAN")).isEqualTo("NOT_STARTED");
		assertThat(this.trajectories.status(id)).isEqualTo("DRAFT");
	}

	@Test
	void finishedTrajectoryIsReadOnly() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.trajectories.createRunning("JZ32", "Klaar");
		this.mvc.perform(post("/trajecten/" + id + "/stappen/KICK_OFF/afronden").with(csrf())
			.with(user(national))
			.param("version", Long.toString(this.trajectories.version(id))));
		for (StepType step : StepType.FULL.stream().filter((type) -> type != StepType.KICK_OFF).toList()) {
			this.mvc.perform(post("/trajecten/" + id + "/stappen/" + step + "/overslaan").with(csrf())
				.with(user(national))
				.param("version", Long.toString(this.trajectories.version(id))));
		}
		this.mvc.perform(post("/trajecten/" + id + "/afronden").with(csrf())
			.with(user(national))
			.param("version", Long.toString(this.trajectories.version(id))));
		assertThat(this.trajectories.status(id)).isEqualTo("FINISHED");
		String page = this.mvc.perform(get("/trajecten/" + id).with(user(national)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("U kunt het alleen nog bekijken").doesNotContain("Traject wijzigen");
		this.mvc.perform(get("/trajecten/" + id + "/bewerken").with(user(national)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/trajecten/" + id + "/annuleren").with(csrf())
				.with(user(national))
				.param("version", Long.toString(this.trajectories.version(id))))
			.andExpect((result) -> assertThat(result.getFlashMap().get("flashError"))
				.isEqualTo("trajectory.rule.readOnly"));
		assertThat(this.trajectories.status(id)).isEqualTo("FINISHED");
	}

}
