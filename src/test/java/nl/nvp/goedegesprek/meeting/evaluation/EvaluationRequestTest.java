package nl.nvp.goedegesprek.meeting.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * A coordinator asks the participants of a meeting that has taken place for their
 * evaluation: everyone with a place gets one mail whose link opens the evaluation, once
 * per meeting; not before the meeting, and not once its links have stopped working
 * (decision 24).
 */
@IntegrationTest
class EvaluationRequestTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void participantsWithAPlaceAreAskedOnceAndTheirLinkOpensTheEvaluation() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ24");
		long trajectory = this.trajectories.createRunning("JZ24", "Mening vragen", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Gisteren gesproken", 1, Map.of(),
				TestClock.today().minusDays(1));
		this.meetings.confirmed(meeting.id(), "Kim", ParticipantRole.FOSTER_CHILD);
		// Without a place (never confirmed): not asked.
		this.meetings.pending(meeting.id(), "Jan", ParticipantRole.FOSTER_PARENT);

		ask(meeting.id(), coordinator, "evaluation.ask.sent", null);
		MimeMessage mail = this.mailbox.newestSettled(email(meeting.id(), "Kim"));
		// Kim is a child: her mail says "je" (decision 37).
		assertThat(Mailbox.subject(mail)).isEqualTo("Hoe vond je de bijeenkomst? Gisteren gesproken");
		String link = Mailbox.personalLink(mail, "");
		assertThat(Mailbox.text(mail)).contains(link + "/evaluatie");
		// Yesterday's meeting: its links work until the end of today.
		assertThat(Mailbox.text(mail)).contains("Hij werkt tot en met "
				+ DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag("nl")).format(TestClock.today()));
		this.mvc.perform(get(link + "/evaluatie")).andExpect(status().isOk());
		assertThat(this.mailbox.to(email(meeting.id(), "Jan")))
			.noneMatch((message) -> Mailbox.subject(message).startsWith("Hoe vond"));

		long queued = outbox();
		ask(meeting.id(), coordinator, "evaluation.ask.already", null);
		assertThat(outbox()).as("asked once: no second mail").isEqualTo(queued);
		this.mvc.perform(get("/bijeenkomsten/" + meeting.id() + "/evaluaties").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("De deelnemers zijn om hun mening gevraagd op")
				.doesNotContain("/evaluaties/vragen"));
	}

	@Test
	void notBeforeTheMeetingNorOnceItsLinksHaveStopped() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ24");
		long trajectory = this.trajectories.createRunning("JZ24", "Te vroeg of te laat", coordinator.id());
		MeetingFixtures.Created coming = this.meetings.create(trajectory, "Volgende maand", 30, Map.of());
		this.meetings.confirmed(coming.id(), "Kim", ParticipantRole.FOSTER_CHILD);
		MeetingFixtures.Created longAgo = this.meetings.create(trajectory, "Vorige week", 30, Map.of(),
				TestClock.today().minusDays(7));
		long queued = outbox();
		ask(coming.id(), coordinator, null, "evaluation.ask.notYet");
		ask(longAgo.id(), coordinator, null, "evaluation.ask.tooLate");
		assertThat(outbox()).isEqualTo(queued);
		this.mvc.perform(get("/bijeenkomsten/" + coming.id() + "/evaluaties").with(user(coordinator)))
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.doesNotContain("/evaluaties/vragen"));
	}

	private void ask(long meetingId, AccountPrincipal coordinator, String message, String error) throws Exception {
		this.mvc
			.perform(post("/bijeenkomsten/" + meetingId + "/evaluaties/vragen").with(user(coordinator)).with(csrf()))
			.andExpect(redirectedUrl("/bijeenkomsten/" + meetingId + "/evaluaties"))
			.andExpect((message != null) ? flash().attribute("flashMessage", message)
					: flash().attribute("flashError", error));
	}

	private String email(long meetingId, String name) {
		return this.jdbc.sql("select email from registration where meeting_id = ? and name = ?")
			.params(meetingId, name)
			.query(String.class)
			.single();
	}

	private long outbox() {
		return this.jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
	}

}
