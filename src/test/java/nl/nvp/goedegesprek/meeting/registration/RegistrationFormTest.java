package nl.nvp.goedegesprek.meeting.registration;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public registration form: what it asks of children and professionals, its spam trap
 * and its limits, and that it never reveals who registered.
 */
@IntegrationTest
class RegistrationFormTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcClient jdbc;

	private MeetingFixtures.Created meeting;

	@BeforeEach
	void meeting() {
		this.meeting = this.meetings.create(this.trajectories.create("JZ32", "Formulier"), "Formulier", 30, Map.of());
	}

	private MockHttpServletRequestBuilder register(String email, String address) {
		return post("/aanmelden/" + this.meeting.publicId()).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("name", "Sem").param("email", email).param("consent", "true");
	}

	private static String address() {
		return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
	}

	@Test
	void childUnderSixteenNeedsAgeGroupAndConsentOfALegalRepresentative() throws Exception {
		String email = "kind-" + UUID.randomUUID() + "@test.example";
		String page = page(register(email, address()).param("role", "FOSTER_CHILD"));
		assertThat(page).contains("id=\"ageGroup-error\"");
		page = page(register(email, address()).param("role", "FOSTER_CHILD").param("ageGroup", "FROM_12_TO_16"));
		assertThat(page).contains("id=\"guardianName-error\"")
			.contains("id=\"guardianCapacity-error\"")
			.contains("id=\"guardianEmail-error\"");
		this.mvc
			.perform(register(email, address()).param("role", "FOSTER_CHILD")
				.param("ageGroup", "FROM_12_TO_16")
				.param("guardianName", "Gecertificeerde instelling X")
				.param("guardianCapacity", "GUARDIAN_INSTITUTION")
				.param("guardianEmail", "voogd-" + email))
			.andExpect(redirectedUrlPattern("/aanmelden/*/verstuurd"));
		assertThat(Mailbox.subject(this.mailbox.latest(email, 1))).startsWith("Klik op de link om je aan te melden");
	}

	@Test
	void theFirstStepAsksWhoRegistersAndEachAnswerGetsAFormOfItsOwn() throws Exception {
		String step = page(get("/aanmelden/" + this.meeting.publicId()));
		assertThat(step).contains("voor=jongere").contains("voor=volwassene").doesNotContain("name=\"email\"");

		String child = page(get("/aanmelden/" + this.meeting.publicId()).param("voor", "jongere"));
		assertThat(child).contains("Je naam")
			.contains("Wat past bij jou?")
			.doesNotContain("Uw naam")
			.doesNotContain("name=\"organisation\"")
			.doesNotContain("name=\"needsChildcare\"")
			.doesNotContain("value=\"FOSTER_PARENT\"")
			.contains("value=\"FOSTER_CHILD\"")
			.contains("name=\"guardianEmail\"");

		String adult = page(get("/aanmelden/" + this.meeting.publicId()).param("voor", "volwassene"));
		assertThat(adult).contains("Uw naam")
			.contains("name=\"organisation\"")
			.doesNotContain("name=\"ageGroup\"")
			.doesNotContain("name=\"guardianEmail\"")
			.doesNotContain("value=\"FOSTER_CHILD\"");
	}

	@Test
	void aRoleOfTheOtherFormIsRefusedAndAnAdultsFormKeepsNoChildsAnswers() throws Exception {
		String email = "ander-" + UUID.randomUUID() + "@test.example";
		String page = page(register(email, address()).param("voor", "jongere").param("role", "FOSTER_PARENT"));
		assertThat(page).contains("id=\"role-error\"").contains("Je naam");
		assertThat(this.jdbc.sql("select count(*) from registration where lower(email) = ?")
			.param(email)
			.query(Long.class)
			.single()).isZero();

		this.mvc
			.perform(register(email, address()).param("voor", "volwassene")
				.param("role", "FOSTER_PARENT")
				.param("ageGroup", "FROM_12_TO_16")
				.param("guardianName", "Iemand")
				.param("guardianEmail", "iemand-" + email))
			.andExpect(redirectedUrlPattern("/aanmelden/*/verstuurd"));
		assertThat(this.jdbc
			.sql("select count(*) from registration where lower(email) = ? and age_group is null"
					+ " and guardian_name is null")
			.param(email)
			.query(Long.class)
			.single()).isOne();
		assertThat(Mailbox.subject(this.mailbox.latest(email, 1))).startsWith("Bevestig uw aanmelding");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void meetingThatHasBeenIsClosedForRegistration() throws Exception {
		MeetingFixtures.Created past = this.meetings.create(this.trajectories.create("JZ32", "Voorbij"), "Voorbij", 30,
				Map.of(), TestClock.today().minusDays(1));
		String page = page(get("/aanmelden/" + past.publicId()));
		assertThat(page).contains("Aanmelden voor deze bijeenkomst is gesloten.").doesNotContain("name=\"email\"");
		this.mvc
			.perform(post("/aanmelden/" + past.publicId()).with(csrf())
				.param("name", "Laat")
				.param("email", "laat-" + UUID.randomUUID() + "@test.example")
				.param("role", "FOSTER_PARENT")
				.param("consent", "true"))
			.andExpect(status().isConflict());
		assertThat(this.meetings.count(past.id(), RegistrationStatus.PENDING)).isZero();
	}

	@Test
	void professionalNamesTheirOrganisation() throws Exception {
		String page = page(register("prof-" + UUID.randomUUID() + "@test.example", address()).param("role",
				"CHILD_PROTECTION_WORKER"));
		assertThat(page).contains("id=\"organisation-error\"");
	}

	@Test
	void spamTrapLooksLikeSuccessButSavesAndSendsNothing() throws Exception {
		String email = "robot-" + UUID.randomUUID() + "@test.example";
		this.mvc
			.perform(register(email, address()).param("role", "FOSTER_PARENT").param("website", "http://spam.example"))
			.andExpect(redirectedUrlPattern("/aanmelden/*/verstuurd"));
		this.mvc.perform(register("echt-" + UUID.randomUUID() + "@test.example", address()).param("role", "PARENT"));
		assertThat(this.mailbox.to(email)).isEmpty();
		assertThat(this.meetings.count(this.meeting.id(), RegistrationStatus.PENDING)).isEqualTo(1);
	}

	@Test
	void tooManyRegistrationsFromOneAddressAreRefused() throws Exception {
		String address = address();
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(register("veel-" + i + "-" + UUID.randomUUID() + "@test.example", address).param("role",
					"FOSTER_PARENT"))
				.andExpect(redirectedUrlPattern("/aanmelden/*/verstuurd"));
		}
		String page = this.mvc
			.perform(register("teveel-" + UUID.randomUUID() + "@test.example", address).param("role", "FOSTER_PARENT"))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("te veel aanmeldingen");
	}

	@Test
	void publicPageNeverShowsWhoRegistered() throws Exception {
		this.meetings.confirmed(this.meeting.id(), "Geheime Naam", ParticipantRole.PARENT);
		String page = page(get("/aanmelden/" + this.meeting.publicId()));
		assertThat(page).doesNotContain("Geheime Naam").doesNotContain("@test.example");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sem\n\nBeste ouder,\n\nUw pleegkind is uitgeschreven. Bel 0900-1234.",
			"Sem\r\n\r\nBeste ouder", "Sem\u2028Beste ouder", "Sem\u202Eredro etseB" })
	void nameThatWouldWriteTheMailIsRefusedAtTheFieldAndNothingIsSavedOrSent(String name) throws Exception {
		String email = "vreemde-" + UUID.randomUUID() + "@test.example";
		long pending = this.meetings.count(this.meeting.id(), RegistrationStatus.PENDING);
		String page = this.mvc.perform(post("/aanmelden/" + this.meeting.publicId()).with(csrf()).with((request) -> {
			request.setRemoteAddr(address());
			return request;
		}).param("name", name).param("email", email).param("role", "FOSTER_PARENT").param("consent", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"name-error\"")
			.contains("Typ dit op één regel, zonder Enter of tab en zonder onzichtbare tekens.")
			// What was typed is kept, so that it can be corrected.
			.contains("value=\"" + email + "\"");
		assertThat(this.meetings.count(this.meeting.id(), RegistrationStatus.PENDING)).isEqualTo(pending);
		// A mail to another address goes out after this one would have; none came for
		// this.
		String other = "ander-" + UUID.randomUUID() + "@test.example";
		this.mvc.perform(register(other, address()).param("role", "PARENT"))
			.andExpect(redirectedUrlPattern("/aanmelden/*/verstuurd"));
		this.mailbox.await(other, 1);
		assertThat(this.mailbox.to(email)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "00000000-0000-0000-0000-000000000000", "geen-uuid", "1" })
	void unknownMeetingOrLinkIsNotFound(String id) throws Exception {
		int status = this.mvc.perform(get("/aanmelden/" + id)).andReturn().getResponse().getStatus();
		assertThat(status).isIn(400, 404);
		this.mvc.perform(get("/aanmelding/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/aanmelding/" + "x".repeat(500))).andExpect(status().isNotFound());
	}

}
