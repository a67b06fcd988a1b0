package nl.nvp.goedegesprek.harvest.hostlink;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Table hosts' links can be taken back: a coordinator revokes one, and a new link for the
 * same table and meeting ends the one before. A revoked link adds nothing.
 */
@IntegrationTest
class HostLinkRevocationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private AccountPrincipal coordinator;

	private long trajectory;

	private long topic;

	private long meeting;

	@BeforeEach
	void trajectory() {
		this.coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		this.trajectory = this.trajectories.createRunning("JZ32", "Invoerlinks", this.coordinator.id());
		this.topic = this.harvest.choose(this.trajectory, this.coordinator, "Transparantie").get(0);
		this.meeting = this.meetings.create(this.trajectory, "Invoerlinks", 30, Map.of()).id();
	}

	private String token(String label) throws Exception {
		String url = (String) this.mvc
			.perform(post("/trajecten/" + this.trajectory + "/oogst/invoerlinks").with(csrf())
				.with(user(this.coordinator))
				.param("label", label)
				.param("meetingId", Long.toString(this.meeting)))
			.andExpect(redirectedUrl("/trajecten/" + this.trajectory + "/oogst/invoerlinks"))
			.andReturn()
			.getFlashMap()
			.get("hostLink");
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private long idOf(String label) {
		return this.jdbc.sql("select max(id) from harvest_entry_link where trajectory_id = ? and label = ?")
			.params(this.trajectory, label)
			.query(Long.class)
			.single();
	}

	private int addHarvest(String token, String text) throws Exception {
		return this.mvc
			.perform(post("/oogst-invoer/" + token).with(csrf())
				.param("topicId", Long.toString(this.topic))
				.param("kind", "IDEA")
				.param("text", text))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private long harvested(String text) {
		return this.jdbc.sql("select count(*) from harvest_item where trajectory_id = ? and text = ?")
			.params(this.trajectory, text)
			.query(Long.class)
			.single();
	}

	@Test
	void aRevokedLinkNoLongerOpensNorAddsHarvest() throws Exception {
		String token = token("Tafel 3");
		this.mvc.perform(get("/oogst-invoer/" + token)).andExpect(status().isOk());
		assertThat(addHarvest(token, "Voor het intrekken")).isEqualTo(302);
		assertThat(harvested("Voor het intrekken")).isEqualTo(1);

		this.mvc
			.perform(post("/trajecten/" + this.trajectory + "/oogst/invoerlinks/" + idOf("Tafel 3") + "/intrekken")
				.with(csrf())
				.with(user(this.coordinator)))
			.andExpect(redirectedUrl("/trajecten/" + this.trajectory + "/oogst/invoerlinks"));

		this.mvc.perform(get("/oogst-invoer/" + token)).andExpect(status().isNotFound());
		assertThat(addHarvest(token, "Na het intrekken")).isEqualTo(404);
		assertThat(harvested("Na het intrekken")).isZero();
		String page = this.mvc
			.perform(get("/trajecten/" + this.trajectory + "/oogst/invoerlinks").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tafel 3").contains("Ingetrokken op").doesNotContain(token);
	}

	@Test
	void aNewLinkForTheSameTableEndsTheOneBefore() throws Exception {
		String first = token("Tafel 4");
		String other = token("Tafel 5");
		String second = token("tafel 4");
		this.mvc.perform(get("/oogst-invoer/" + first)).andExpect(status().isNotFound());
		this.mvc.perform(get("/oogst-invoer/" + second)).andExpect(status().isOk());
		this.mvc.perform(get("/oogst-invoer/" + other)).andExpect(status().isOk());
	}

	@Test
	void onlyTheTrajectorysCoordinatorsRevokeItsLinks() throws Exception {
		String token = token("Tafel 6");
		long id = idOf("Tafel 6");
		AccountPrincipal elsewhere = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34");
		long theirs = this.trajectories.createRunning("JZ34", "Elders", elsewhere.id());
		this.mvc
			.perform(post("/trajecten/" + this.trajectory + "/oogst/invoerlinks/" + id + "/intrekken").with(csrf())
				.with(user(elsewhere)))
			.andExpect(status().isNotFound());
		// Through their own trajectory, the id of another trajectory's link is unknown.
		this.mvc
			.perform(post("/trajecten/" + theirs + "/oogst/invoerlinks/" + id + "/intrekken").with(csrf())
				.with(user(elsewhere)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/trajecten/" + this.trajectory + "/oogst/invoerlinks/" + id + "/intrekken")
				.with(user(this.coordinator)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/oogst-invoer/" + token)).andExpect(status().isOk());
	}

	@Test
	void theListCostsTheSameWithOneLinkOrMany() throws Exception {
		String page = "/trajecten/" + this.trajectory + "/oogst/invoerlinks";
		token("Tafel 1");
		long one = new SqlStatements(this.entityManagerFactory).forPage(this.mvc, page, this.coordinator);
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		for (int i = 2; i < 9; i++) {
			this.mvc.perform(post(page).with(csrf())
				.with(user((i % 2 == 0) ? national : this.coordinator))
				.param("label", "Tafel " + i));
		}
		this.mvc.perform(post(page + "/" + idOf("Tafel 2") + "/intrekken").with(csrf()).with(user(national)));
		assertThat(new SqlStatements(this.entityManagerFactory).forPage(this.mvc, page, this.coordinator))
			.isEqualTo(one);
	}

	@Test
	void aLabelOnMoreThanOneLineIsRefusedAtTheField() throws Exception {
		String page = this.mvc
			.perform(post("/trajecten/" + this.trajectory + "/oogst/invoerlinks").with(csrf())
				.with(user(this.coordinator))
				.param("label", "Tafel 7\nBeste gespreksleider"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"label-error\"").contains("Typ dit op één regel");
		assertThat(this.jdbc.sql("select count(*) from harvest_entry_link where trajectory_id = ?")
			.param(this.trajectory)
			.query(Long.class)
			.single()).isZero();
	}

}
