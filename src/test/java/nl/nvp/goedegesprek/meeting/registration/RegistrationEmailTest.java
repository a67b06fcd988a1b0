package nl.nvp.goedegesprek.meeting.registration;

import java.util.Map;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An address with letters our mail cannot carry is refused at the field, with what was
 * typed kept, instead of a registration whose confirmation mail never arrives.
 */
@IntegrationTest
class RegistrationEmailTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAddressWithAccentsIsRefusedAtTheFieldAndNothingIsSaved() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Accenten"), "Accenten",
				30, Map.of());
		String page = this.mvc
			.perform(post("/aanmelden/" + meeting.publicId()).with(csrf())
				.param("name", "José")
				.param("email", "josé@voorbeeld.nl")
				.param("role", "FOSTER_PARENT")
				.param("consent", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"email-error\"")
			.contains("Daar kunnen wij geen mail naar sturen.")
			.contains("value=\"jos&eacute;@voorbeeld.nl\"");
		assertThat(this.jdbc.sql("select count(*) from registration where meeting_id = ?")
			.param(meeting.id())
			.query(Long.class)
			.single()).isZero();
	}

}
