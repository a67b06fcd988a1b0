package nl.nvp.goedegesprek.meeting.registration;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.MailOutage;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail is never lost: while the mail server is down, a registration's mail waits in the
 * outbox (its link sealed, the failure noted without the address) and is tried again;
 * when the server is back it arrives exactly once. A mail that no longer applies by then
 * (a confirmation for a registration since cancelled) is not sent.
 */
@IntegrationTest
class MailOutageTest {

	@Autowired
	private Registrations registrations;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private JavaMailSender mailSender;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aMailQueuedWhileTheMailServerIsDownArrivesOnceWhenItIsBack() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Storing"),
				"Tijdens de storing", 30, Map.of());
		String email = "storing-" + UUID.randomUUID() + "@test.example";
		try (MailOutage outage = MailOutage.begin(this.mailSender)) {
			this.registrations.register(meeting.publicId(), form("Sanne Storing", email), Locale.forLanguageTag("nl"));
			long id = this.jdbc.queryForObject("""
					select o.id from mail_outbox o join registration r on r.id = o.subject_id
					where o.kind = 'registration.CONFIRM_EMAIL' and r.email = ?""", Long.class, email);
			// Tried at least twice, failed, still queued; the error names no address.
			Map<String, Object> waiting = MailOutage.await(() -> {
				Map<String, Object> row = this.jdbc.queryForMap(
						"select attempts, last_error, outcome, sealed_token from mail_outbox where id = ?", id);
				return ((Integer) row.get("attempts") >= 2) ? row : null;
			});
			assertThat(waiting.get("outcome")).isNull();
			assertThat((String) waiting.get("last_error")).isNotBlank().doesNotContain(email).doesNotContain("@");
			byte[] sealed = (byte[]) waiting.get("sealed_token");
			assertThat(sealed).isNotNull();

			GreenMail back = outage.start();
			assertThat(MailOutage.await(() -> (MailOutage.receivedBy(back, email).length > 0) ? "arrived" : null))
				.isNotNull();
			assertThat(MailOutage.await(() -> this.jdbc.queryForObject(
					"select max(outcome) from mail_outbox where id = ? and sealed_token is null", String.class, id)))
				.isEqualTo("sent");
			Thread.sleep(1500);
			MimeMessage[] received = MailOutage.receivedBy(back, email);
			assertThat(received).hasSize(1);
			assertThat(Arrays.toString(received[0].getAllRecipients())).contains(email);
			// The link in the mail works, and its token was never readable in the outbox.
			String link = Mailbox.personalLink(received[0], "");
			String token = link.substring(link.lastIndexOf('/') + 1);
			assertThat(this.registrations.personal(token).status()).isEqualTo(RegistrationStatus.PENDING);
			assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(token);
		}
	}

	@Test
	void aConfirmationForARegistrationCancelledBeforeItCouldBeSentIsNotSent() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Storing"),
				"Eerst bevestigd", 30, Map.of());
		String token = this.meetings.pending(meeting.id(), "Bram Bedacht", ParticipantRole.FOSTER_PARENT);
		String email = this.jdbc.queryForObject("select email from registration where meeting_id = ?", String.class,
				meeting.id());
		try (MailOutage outage = MailOutage.begin(this.mailSender)) {
			assertThat(this.registrations.confirm(token)).isEqualTo(RegistrationStatus.CONFIRMED);
			// The confirmation failed once and waits for its retry.
			assertThat(MailOutage.await(() -> this.jdbc.queryForObject("""
					select count(*) from mail_outbox o join registration r on r.id = o.subject_id
					where o.kind = 'registration.CONFIRMED' and r.email = ? and o.last_error is not null""", Long.class,
					email) > 0 ? "failed" : null))
				.isEqualTo("failed");
			this.registrations.cancel(token);
			GreenMail back = outage.start();
			assertThat(MailOutage.await(() -> (MailOutage.receivedBy(back, email).length > 0) ? "arrived" : null))
				.isNotNull();
			Thread.sleep(1500);
			assertThat(MailOutage.receivedBy(back, email)).hasSize(1);
			assertThat(Mailbox.subject(MailOutage.receivedBy(back, email)[0])).containsIgnoringCase("geannuleerd");
		}
	}

	private static RegistrationForm form(String name, String email) {
		RegistrationForm form = new RegistrationForm();
		form.setName(name);
		form.setEmail(email);
		form.setRole(ParticipantRole.FOSTER_PARENT);
		form.setConsent(true);
		return form;
	}

}
