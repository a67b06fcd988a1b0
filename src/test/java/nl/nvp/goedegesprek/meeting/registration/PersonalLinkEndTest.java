package nl.nvp.goedegesprek.meeting.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A registration has one working personal link: registering again and a place from the
 * waitlist each mail a new link that ends the one before (and so does a reminder, see
 * {@code ReminderLinkTest}), and cancelling ends it. An ended link shows a kind page
 * without the person's data.
 */
@IntegrationTest
class PersonalLinkEndTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private Registrations registrations;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	private MockHttpServletRequestBuilder register(UUID meeting, String name, String email) {
		return post("/aanmelden/" + meeting).with(csrf()).with((request) -> {
			request.setRemoteAddr("10.24." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
			return request;
		}).param("name", name).param("email", email).param("role", "FOSTER_PARENT").param("consent", "true");
	}

	private String path(String link) {
		return link.substring(link.indexOf("/aanmelding/"));
	}

	private String linkIn(int count, String email) {
		return path(Mailbox.personalLink(this.mailbox.latest(email, count), "http://localhost:" + this.port));
	}

	@Test
	void registeringAgainMailsANewLinkAndTheOldOneNoLongerWorks() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Opnieuw"), "Opnieuw",
				30, Map.of());
		String email = "opnieuw-" + UUID.randomUUID() + "@test.example";
		this.mvc.perform(register(meeting.publicId(), "Femke Opnieuw", email))
			.andExpect(redirectedUrlPattern("/aanmelden/*/verstuurd"));
		String first = linkIn(1, email);
		this.mvc.perform(get(first)).andExpect(status().isOk());

		// Anyone who knows the address can ask for it again; the new link goes to the
		// address, and the old one (in an older mail, a forwarded mail, a shared
		// computer) stops working.
		this.mvc.perform(register(meeting.publicId(), "Femke Opnieuw", email))
			.andExpect(redirectedUrlPattern("/aanmelden/*/verstuurd"));
		String second = linkIn(2, email);
		assertThat(second).isNotEqualTo(first);

		String page = this.mvc.perform(get(first))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Deze link werkt niet meer")
			.contains("/aanmelden/" + meeting.publicId())
			.doesNotContain("Femke")
			.doesNotContain(email);
		this.mvc.perform(get(first + "/wijzigen")).andExpect(status().isGone());
		this.mvc.perform(post(first + "/bevestigen").with(csrf())).andExpect(status().isGone());
		this.mvc.perform(post(first + "/annuleren").with(csrf())).andExpect(status().isGone());
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.PENDING)).isEqualTo(1);
		this.mvc.perform(get(second)).andExpect(status().isOk());
		assertThat(workingLinks(email)).isEqualTo(1);
	}

	@Test
	void cancellingEndsTheLinkAndItShowsNoPersonalDataAnyMore() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Annuleren"),
				"Annuleren", 30, Map.of());
		String token = this.meetings.confirmedToken(meeting.id(), "Joost Annuleert", ParticipantRole.FOSTER_PARENT);
		String link = "/aanmelding/" + token;
		assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
			.contains("Joost Annuleert");

		this.mvc.perform(post(link + "/annuleren").with(csrf())).andExpect(redirectedUrl(link));
		String page = this.mvc.perform(get(link))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Uw aanmelding is geannuleerd")
			.contains("/aanmelden/" + meeting.publicId())
			.doesNotContain("Joost")
			.doesNotContain("@test.example");
		this.mvc.perform(get(link + "/wijzigen")).andExpect(status().isGone());
		this.mvc.perform(post(link).with(csrf()).param("name", "Weer terug").param("role", "FOSTER_PARENT"))
			.andExpect(status().isGone());
		this.mvc.perform(post(link + "/bevestigen").with(csrf())).andExpect(status().isGone());
		this.mvc.perform(post(link + "/annuleren").with(csrf())).andExpect(status().isGone());
		this.mvc.perform(get(link + "/evaluatie")).andExpect(status().is4xxClientError());
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CANCELLED)).isEqualTo(1);
	}

	@Test
	void aPlaceFromTheWaitlistComesWithANewLinkThatEndsTheWaitlistLink() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Wachtlijstlink"),
				"Wachtlijstlink", 1, Map.of());
		String first = this.meetings.pending(meeting.id(), "Eerste", ParticipantRole.FOSTER_PARENT);
		String waiting = this.meetings.pending(meeting.id(), "Wachtende", ParticipantRole.FOSTER_PARENT);
		assertThat(this.registrations.confirm(first)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.registrations.confirm(waiting)).isEqualTo(RegistrationStatus.WAITLISTED);
		String email = this.jdbc.sql("select email from registration where meeting_id = ? and name = 'Wachtende'")
			.param(meeting.id())
			.query(String.class)
			.single();
		this.mvc.perform(post("/aanmelding/" + first + "/annuleren").with(csrf()));

		// The waitlist mail may have been overtaken (then it is not sent): the newest
		// holds
		// the link.
		String promoted = newestLink(email);
		this.mvc.perform(get("/aanmelding/" + waiting)).andExpect(status().isGone());
		assertThat(this.mvc.perform(get(promoted)).andReturn().getResponse().getContentAsString())
			.contains("U heeft een plek");
	}

	@Test
	void registeringAgainManyTimesAtOnceLeavesExactlyOneWorkingLink() throws Exception {
		MeetingFixtures.Created meeting = this.meetings.create(this.trajectories.create("JZ32", "Tegelijk"), "Tegelijk",
				30, Map.of());
		this.meetings.pending(meeting.id(), "Tegelijk", ParticipantRole.FOSTER_PARENT);
		String email = this.jdbc.sql("select email from registration where meeting_id = ?")
			.param(meeting.id())
			.query(String.class)
			.single();
		RegistrationForm form = new RegistrationForm();
		form.setName("Tegelijk");
		form.setEmail(email);
		form.setRole(ParticipantRole.FOSTER_PARENT);
		form.setConsent(true);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Void>> again = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				again.add(() -> {
					this.registrations.register(meeting.publicId(), form, Locale.forLanguageTag("nl"));
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(again)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(workingLinks(email)).isEqualTo(1);
		// A mail whose link a newer one replaced before it went out is not sent (it no
		// longer applies): the newest mail holds the working link.
		this.mvc.perform(get(newestLink(email))).andExpect(status().isOk());
	}

	/** The link in the newest mail, once no mail for this address waits in the outbox. */
	private String newestLink(String email) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (Instant.now().isBefore(deadline) && (this.mailbox.to(email).isEmpty() || this.jdbc.sql("""
				select count(*) from mail_outbox o join registration r on r.id = o.subject_id
				where o.kind like 'registration.%' and r.email = ? and o.outcome is null""")
			.param(email)
			.query(Long.class)
			.single() > 0)) {
			Thread.sleep(50);
		}
		return linkIn(this.mailbox.to(email).size(), email);
	}

	private long workingLinks(String email) {
		return this.jdbc.sql("""
				select count(*) from registration_link l join registration r on r.id = l.registration_id
				where r.email = ? and l.ended_at is null""").param(email).query(Long.class).single();
	}

}
