package nl.nvp.goedegesprek.meeting;

import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A child's personal pages speak to the child ("je"), an adult's keep "u" (decision 37):
 * the personal page, the change form and the evaluation, each from the registration's
 * role.
 */
@IntegrationTest
class ChildWordingPagesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Test
	void aChildsPersonalPagesSayJeAndAnAdultsSayU() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Je en u " + UUID.randomUUID());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Gisteren", 30, Map.of(),
				TestClock.today().minusDays(1));
		String child = this.meetings.confirmedToken(meeting.id(), "Kim", ParticipantRole.OWN_CHILD);
		String adult = this.meetings.confirmedToken(meeting.id(), "Jan", ParticipantRole.FOSTER_PARENT);

		assertThat(page("/aanmelding/" + child)).contains("Je aanmelding")
			.contains("Vertel hoe je de bijeenkomst vond")
			.doesNotContain("Uw aanmelding");
		assertThat(page("/aanmelding/" + adult)).contains("Uw aanmelding").doesNotContain("Je aanmelding");

		assertThat(page("/aanmelding/" + child + "/evaluatie")).contains("Hoe vond je de bijeenkomst?")
			.doesNotContain("Hoe vond u");
		assertThat(page("/aanmelding/" + adult + "/evaluatie")).contains("Hoe vond u de bijeenkomst?");
	}

	@Test
	void aChildsBallotSaysJij() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Stemmen " + UUID.randomUUID());
		long dialogue = this.meetings.createSecondDialogue(trajectory, "Dialoog 2").id();
		String child = this.meetings.confirmedToken(dialogue, "Kim", ParticipantRole.FOSTER_CHILD);
		String adult = this.meetings.confirmedToken(dialogue, "Jan", ParticipantRole.FOSTER_PARENT);
		assertThat(page("/stemmen/" + child)).contains("Welke ideeën vind jij het belangrijkst?");
		assertThat(page("/stemmen/" + adult)).contains("Welke ideeën vindt u het belangrijkst?");
	}

	@Test
	void aChildChangesTheirDetailsInTheChildsForm() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Wijzigen " + UUID.randomUUID());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Straks", 30, Map.of());
		String child = this.meetings.confirmedToken(meeting.id(), "Kim", ParticipantRole.FOSTER_CHILD);
		assertThat(page("/aanmelding/" + child + "/wijzigen")).contains("Je naam")
			.contains("value=\"OWN_CHILD\"")
			.doesNotContain("value=\"FOSTER_PARENT\"")
			.doesNotContain("name=\"organisation\"");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
