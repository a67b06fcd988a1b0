package nl.nvp.goedegesprek.meeting.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.SentTwice;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A form sent twice at once (a double click, a browser that retries) makes one record and
 * one mail, and never a server error: registering, confirming and cancelling.
 */
@IntegrationTest
class DoubleSubmitTest {

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SentTwice sentTwice;

	/** Sends the requests at once; returns their HTTP statuses. */
	private List<Integer> atOnce(List<MockHttpServletRequestBuilder> requests) throws Exception {
		@SuppressWarnings("unchecked")
		Supplier<MockHttpServletRequestBuilder>[] each = requests.stream()
			.map((request) -> (Supplier<MockHttpServletRequestBuilder>) () -> request)
			.toArray(Supplier[]::new);
		return this.sentTwice.atOnce(each).stream().map(MockHttpServletResponse::getStatus).toList();
	}

	private long mails(String email, String subjectStart) throws InterruptedException {
		Thread.sleep(500);
		return this.mailbox.to(email)
			.stream()
			.filter((message) -> Mailbox.subject(message).startsWith(subjectStart))
			.count();
	}

	private String email(String token) {
		return this.jdbc.sql("""
				select r.email from registration r join registration_link l on l.registration_id = r.id
				where l.token_hash = ?""")
			.param(new nl.nvp.goedegesprek.shared.SecretToken(token).hash())
			.query(String.class)
			.single();
	}

	@Test
	void registeringTwiceAtOnceMakesOneRegistrationAndOneMail() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Dubbel"), "Dubbel", 30,
				Map.of());
		String email = "dubbel-" + UUID.randomUUID() + "@test.example";
		List<MockHttpServletRequestBuilder> twice = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String address = "10.31." + i + "." + (int) (Math.random() * 250);
			twice.add(post("/aanmelden/" + meeting.publicId()).with(csrf()).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}).param("name", "Dubbel").param("email", email).param("role", "FOSTER_PARENT").param("consent", "true"));
		}
		assertThat(atOnce(twice)).containsOnly(302);
		assertThat(this.jdbc.sql("select count(*) from registration where meeting_id = ?")
			.param(meeting.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mailbox.await(email, 1);
		assertThat(mails(email, "Bevestig uw aanmelding")).isEqualTo(1);
	}

	@Test
	void confirmingTwiceAtOnceGivesOnePlaceAndOneMail() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Twee keer ja"),
				"Twee keer ja", 30, Map.of());
		String token = this.meetings.pending(meeting.id(), "Ja", ParticipantRole.PARENT);
		String email = email(token);
		assertThat(atOnce(List.of(post("/aanmelding/" + token + "/bevestigen").with(csrf()),
				post("/aanmelding/" + token + "/bevestigen").with(csrf()))))
			.containsOnly(302);
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(1);
		this.mailbox.await(email, 1);
		assertThat(mails(email, "U bent aangemeld")).isEqualTo(1);
	}

	@Test
	void cancellingTwiceAtOnceCancelsOnceWithOneMail() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Twee keer nee"),
				"Twee keer nee", 30, Map.of());
		String token = this.meetings.confirmedToken(meeting.id(), "Nee", ParticipantRole.PARENT);
		String email = email(token);
		List<Integer> statuses = atOnce(List.of(post("/aanmelding/" + token + "/annuleren").with(csrf()),
				post("/aanmelding/" + token + "/annuleren").with(csrf())));
		assertThat(statuses).doesNotContain(500).contains(302);
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CANCELLED)).isEqualTo(1);
		this.mailbox.await(email, 1);
		assertThat(mails(email, "Uw aanmelding is geannuleerd")).isEqualTo(1);
	}

}
