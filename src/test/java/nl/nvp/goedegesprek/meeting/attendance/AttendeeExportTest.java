package nl.nvp.goedegesprek.meeting.attendance;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.privacy.PersonalDataAccess;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class AttendeeExportTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private PersonalDataAccess access;

	@Test
	void csvHoldsTheRegistrationsSafeForSpreadsheetsAndTheExportIsRecorded() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Export", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Export", 10, Map.of());
		this.meetings.confirmed(meeting.id(), "=HYPERLINK(\"x\")", ParticipantRole.FOSTER_PARENT);
		this.meetings.confirmed(meeting.id(), "Jeroen", ParticipantRole.FOSTER_CARE_WORKER);
		this.meetings.pending(meeting.id(), "Wacht Nog", ParticipantRole.PARENT);

		MockHttpServletResponse response = this.mvc
			.perform(get("/bijeenkomsten/" + meeting.id() + "/deelnemers.csv").with(user(coordinator)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFNaam;E-mailadres;Telefoon;Rol;Organisatie");
		assertThat(csv).contains("Jeroen;")
			.contains("Pleegzorgbegeleider")
			.contains("Pleegzorg Oost")
			.contains("Wacht Nog");
		assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain("\n=HYPERLINK");
		assertThat(this.access.count("MEETING_REGISTRATIONS", meeting.id(), PersonalDataAccess.Action.EXPORT))
			.isEqualTo(1);

		this.mvc.perform(get("/bijeenkomsten/" + meeting.id()).with(user(coordinator)));
		this.mvc.perform(get("/bijeenkomsten/" + meeting.id() + "/deelnemerslijst").with(user(coordinator)));
		assertThat(this.access.count("MEETING_REGISTRATIONS", meeting.id(), PersonalDataAccess.Action.VIEW))
			.isEqualTo(1);
		assertThat(this.access.count("MEETING_REGISTRATIONS", meeting.id(), PersonalDataAccess.Action.PRINT))
			.isEqualTo(1);

		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ32");
		assertThat(this.mvc.perform(get("/bijeenkomsten/" + meeting.id() + "/deelnemers.csv").with(user(policymaker)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.access.count("MEETING_REGISTRATIONS", meeting.id(), PersonalDataAccess.Action.EXPORT))
			.isEqualTo(1);
	}

}
