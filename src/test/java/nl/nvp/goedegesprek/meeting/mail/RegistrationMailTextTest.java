package nl.nvp.goedegesprek.meeting.mail;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * Participants' mails speak with the association's own words: they open with its text,
 * and the name someone typed stands on a line of its own, behind a label, never in the
 * greeting or the subject. (Anyone can register a stranger's address, so the name is the
 * one thing in such a mail that a stranger wrote.)
 */
@IntegrationTest
class RegistrationMailTextTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private RegistrationMailComposer composer;

	@Autowired
	private JavaMailSender sender;

	@Test
	void confirmationMailOpensWithTheAssociationsTextAndShowsTheNameOnlyBehindItsLabel() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Mailtekst"),
				"Mailtekst", 30, Map.of());
		String email = "mailtekst-" + UUID.randomUUID() + "@test.example";
		String name = "Beste ouder, klik op de link om uw uitkering te houden";
		this.mvc
			.perform(post("/aanmelden/" + meeting.publicId()).with(csrf())
				.param("name", name)
				.param("email", email)
				.param("role", "FOSTER_PARENT")
				.param("consent", "true"))
			.andExpect(redirectedUrlPattern("/aanmelden/*/verstuurd"));
		MimeMessage mail = this.mailbox.latest(email, 1);
		String text = Mailbox.text(mail).replace("\r\n", "\n");
		assertThat(text).startsWith("Hallo,\n\nBedankt voor uw aanmelding.");
		assertThat(text.lines().filter((line) -> line.contains(name)))
			.containsExactly("Naam bij deze aanmelding: " + name);
		assertThat(Mailbox.subject(mail)).isEqualTo("Bevestig uw aanmelding: Mailtekst").doesNotContain(name);
	}

	@Test
	void aNameStoredWithLineBreaksBeforeTheRuleStillStaysOnItsLine() {
		RegistrationMail mail = new RegistrationMail(1, RegistrationMail.Kind.ALREADY_REGISTERED, "a".repeat(43),
				new RegistrationMail.Recipient("Sem\n\nBeste ouder,\r\n\u202Euw account is geblokkeerd",
						"sem@test.example", "nl"),
				new RegistrationMail.MeetingFacts(UUID.randomUUID(), "Oud", TestClock.today().plusDays(3),
						LocalTime.of(13, 30), LocalTime.of(17, 0), false, "Stadhuis", null));
		String text = Mailbox.text(this.composer.compose(this.sender, mail)).replace("\r\n", "\n");
		assertThat(text).startsWith("Hallo,\n\nU probeerde zich opnieuw aan te melden.")
			.contains("\nNaam bij deze aanmelding: Sem Beste ouder, uw account is geblokkeerd\n")
			.doesNotContain("\nBeste ouder")
			.doesNotContain("\u202E");
	}

	/**
	 * A child gets every mail in the child's words ("je", never "u"), in both languages
	 * where Dutch tells them apart; an adult keeps "u".
	 */
	@ParameterizedTest
	@EnumSource(RegistrationMail.Kind.class)
	void aChildsMailSaysJeAndAnAdultsMailKeepsU(RegistrationMail.Kind kind) {
		RegistrationMail.MeetingFacts meeting = new RegistrationMail.MeetingFacts(UUID.randomUUID(), "Dialoog",
				TestClock.today().plusDays(3), LocalTime.of(13, 30), LocalTime.of(17, 0), true, null,
				"https://meet.example/abc");
		RegistrationMail.MeetingFacts before = new RegistrationMail.MeetingFacts(meeting.publicId(), "Dialoog",
				TestClock.today().plusDays(2), LocalTime.of(13, 0), LocalTime.of(16, 0), false, "Stadhuis", null);
		RegistrationMail child = new RegistrationMail(1, kind, "a".repeat(43),
				new RegistrationMail.Recipient("Kim", "kim@test.example", "nl", true), meeting, before);
		MimeMessage mail = this.composer.compose(this.sender, child);
		String text = Mailbox.text(mail) + "\n" + Mailbox.subject(mail);
		assertThat(text).as("%s to a child", kind)
			.doesNotContainPattern("\\b([Uu]|[Uu]w|[Uu]zelf)\\b")
			.containsPattern("\\b([Jj]e|[Jj]ij|[Jj]ouw)\\b");
		if (kind.name().startsWith("CONSENT_")) {
			// Only ever to a child.
			return;
		}
		RegistrationMail adult = new RegistrationMail(1, kind, "a".repeat(43),
				new RegistrationMail.Recipient("Kees", "kees@test.example", "nl", false), meeting, before);
		assertThat(Mailbox.text(this.composer.compose(this.sender, adult))).as("%s to an adult", kind)
			.doesNotContainPattern("\\b([Jj]e|[Jj]ij|[Jj]ouw)\\b");
	}

}
