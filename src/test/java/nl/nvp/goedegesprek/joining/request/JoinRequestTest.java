package nl.nvp.goedegesprek.joining.request;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.privacy.PersonalRecord;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.StepType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Doe mee" (issue 16): the public form saves a request and mails a confirmation, a
 * robot's form looks sent but saves nothing, one address is limited, the same request
 * twice is one; the national coordinator answers by mail, changes the status and makes a
 * trajectory of the request in one step; retention and data requests find the request.
 */
@IntegrationTest
class JoinRequestTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private JoinRequests requests;

	@Autowired
	private JoinRequestRetention retention;

	@Autowired
	private JoinRequestPersonalData personalData;

	@Autowired
	private JoinRequestAttention attention;

	@Test
	void aSentRequestIsSavedAndConfirmedByMail() throws Exception {
		String email = address();
		this.mvc.perform(form(email, "10.48.0.1"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/doe-mee/verstuurd"));
		assertThat(this.jdbc.sql("select status from join_request where email = ?")
			.param(email)
			.query(String.class)
			.single()).isEqualTo("NEW");
		MimeMessage mail = this.mailbox.await(email, 1).get(0);
		assertThat(Mailbox.subject(mail)).isEqualTo("We hebben uw aanvraag voor Het goede gesprek ontvangen");
		String text = Mailbox.text(mail);
		assertThat(text).contains("Regio: Twente")
			.contains("Interesse: Eén regionale dialoogtafel")
			.contains("Naam: Sam");
		assertThat(text).contains("12 maanden").contains("http://localhost/privacy");
		assertThat(text).startsWith("Beste lezer,");
	}

	@Test
	void aRobotThatFillsTheTrapSeesSuccessButNothingIsSavedOrMailed() throws Exception {
		String email = address();
		String name = "Robot " + UUID.randomUUID();
		this.mvc.perform(form(email, "10.48.0.2").param("name", name).param("website", "https://spam.example"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/doe-mee/verstuurd"));
		assertThat(
				this.jdbc.sql("select count(*) from join_request where lower(email) = lower(?) or name like '%' || ?")
					.params(email, name)
					.query(Long.class)
					.single())
			.isZero();
		// A confirmation names its request: none for a request with this address or name
		// (also none left behind by a request that was saved and then removed).
		assertThat(this.jdbc
			.sql("""
					select count(*) from mail_outbox o
					where o.kind like 'joining.%' and (o.subject_id not in (select id from join_request)
					  or o.subject_id in (select id from join_request where lower(email) = lower(?) or name like '%' || ?))""")
			.params(email, name)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.mailbox.to(email)).isEmpty();
	}

	@Test
	void pastTheMailLimitOfAnAddressTheRequestIsStillSavedWithoutAMail() throws Exception {
		// Someone sends three requests with another person's address; that person's own
		// request the same day is still saved, only not confirmed by mail again.
		String email = address();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(form(email, "10.48.3.1").param("message", "Misbruik " + i)).andExpect(status().isFound());
		}
		this.mvc.perform(form(email, "10.48.3.2").param("message", "Mijn echte vraag"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/doe-mee/verstuurd"));
		assertThat(
				this.jdbc.sql("select count(*) from join_request where email = ? and message like '%Mijn echte vraag'")
					.param(email)
					.query(Long.class)
					.single())
			.isEqualTo(1);
		assertThat(count(email)).isEqualTo(4);
		assertThat(confirmations(email)).isEqualTo(3);
	}

	@Test
	void ipv6ClientsAreCountedByTheirSlash48Network() throws Exception {
		// Five forms from five addresses of one /48; the sixth, from yet another address
		// in it, is refused as from the same client. Another /48 is another client.
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		String site = "2001:" + Integer.toHexString(random.nextInt(0x1000, 0x10000)) + ":";
		int block = random.nextInt(0x1000, 0x10000);
		String network = site + Integer.toHexString(block);
		for (int i = 1; i <= 5; i++) {
			this.mvc.perform(form(address(), network + ":" + i + "::" + i)).andExpect(status().isFound());
		}
		String refused = address();
		this.mvc.perform(form(refused, network + ":ffff:1:2:3:4")).andExpect(status().isTooManyRequests());
		assertThat(count(refused)).isZero();
		// Another /48: the third group differs (the last hex digit flipped, never the
		// same).
		this.mvc.perform(form(address(), site + Integer.toHexString(block ^ 1) + ":1::1"))
			.andExpect(status().isFound());
	}

	@Test
	void wrongInputIsShownAtItsFieldKeptAndNothingIsSaved() throws Exception {
		String email = address();
		this.mvc
			.perform(post("/doe-mee/aanvragen").with(csrf())
				.param("regionCode", "JZ99")
				.param("role", "MUNICIPALITY")
				.param("name", "Sam")
				.param("email", email)
				.param("interest", "QUESTION"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "regionCode", "JoinForm.regionCode.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("form", "message", "JoinForm.message.question"))
			.andExpect(model().attributeHasFieldErrorCode("form", "organisation", "JoinForm.organisation.required"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + email + "\"")));
		assertThat(count(email)).isZero();
	}

	@Test
	void oneAddressSendsAFewRequestsAnHourAndThenIsRefused() throws Exception {
		String client = "10.48.1." + ADDRESSES.incrementAndGet();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(form(address(), client)).andExpect(status().isFound());
		}
		String refused = address();
		this.mvc.perform(form(refused, client))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("te veel aanvragen")));
		assertThat(count(refused)).isZero();
	}

	@Test
	void theSameRequestSentAgainIsOneRequestWithOneMail() throws Exception {
		String email = address();
		this.mvc.perform(form(email, "10.48.2.1")).andExpect(status().isFound());
		this.mvc.perform(form(email, "10.48.2.2")).andExpect(status().isFound());
		assertThat(count(email)).isEqualTo(1);
		this.mailbox.await(email, 1);
		assertThat(this.jdbc.sql("""
				select count(*) from mail_outbox o join join_request r on r.id = o.subject_id
				where o.kind = 'joining.CONFIRMATION' and r.email = ?""").param(email).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theNationalCoordinatorAnswersByMailAndTheRequestIsInConversation() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String email = address();
		long id = submit(email);
		this.mvc
			.perform(post("/aanvragen/" + id + "/antwoord").with(csrf())
				.with(user(national))
				.param("text", "Dank u. Zullen we volgende week bellen?"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/aanvragen/" + id));
		assertThat(this.requests.detail(id, national).status()).isEqualTo(RequestStatus.IN_CONVERSATION);
		MimeMessage answer = this.mailbox.await(email, 2)
			.stream()
			.filter((mail) -> Mailbox.subject(mail).startsWith("Antwoord"))
			.findFirst()
			.orElseThrow();
		assertThat(Mailbox.text(answer)).contains("Dank u. Zullen we volgende week bellen?").contains("Twente");
		assertThat(((InternetAddress) answer.getReplyTo()[0]).getAddress()).isEqualTo(national.getUsername());
		// The page shows the answer in the history.
		this.mvc.perform(get("/aanvragen/" + id).with(user(national)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Zullen we volgende week bellen?")));
		// Once the account that answered is gone, the page says so in words.
		this.jdbc.sql("update join_request_answer set answered_by = null where request_id = ?").param(id).update();
		this.mvc.perform(get("/aanvragen/" + id).with(user(national)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Onbekend (account verwijderd), ")));
		// Empty: at the field, nothing saved.
		this.mvc.perform(post("/aanvragen/" + id + "/antwoord").with(csrf()).with(user(national)).param("text", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("answerForm", "text"));
		assertThat(this.requests.detail(id, national).answers()).hasSize(1);
	}

	@Test
	void theStatusChangesByHandAndAStalePageChangesNothing() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = submit(address());
		long version = this.requests.detail(id, national).version();
		this.mvc
			.perform(post("/aanvragen/" + id + "/status").with(csrf())
				.with(user(national))
				.param("status", "CLOSED")
				.param("version", String.valueOf(version)))
			.andExpect(status().isFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashMessage", "joinRequest.status.changed"));
		this.mvc
			.perform(post("/aanvragen/" + id + "/status").with(csrf())
				.with(user(national))
				.param("status", "IN_CONVERSATION")
				.param("version", String.valueOf(version)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "stale.joinRequest"));
		assertThat(this.requests.detail(id, national).status()).isEqualTo(RequestStatus.CLOSED);
	}

	@Test
	void aRequestBecomesATrajectoryInOneStepAndOnlyOnce() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String email = address();
		long id = this.requests.submit(new JoinRequests.Submission("JZ14", "Gemeente Enschede",
				RequesterRole.MUNICIPALITY, "Fatima El Amrani", email, null, Interest.DIALOGUE_TABLE, "nl"));
		this.mvc.perform(get("/trajecten/nieuw").param("aanvraag", String.valueOf(id)).with(user(national)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"JZ14\" selected=\"selected\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + email + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Fatima El Amrani\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Het goede gesprek Twente\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"origin\" value=\"" + id + "\"")));
		// The title to start from is in the page's language (the message files).
		this.mvc.perform(
				get("/trajecten/nieuw").param("aanvraag", String.valueOf(id)).param("taal", "en").with(user(national)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Het goede gesprek in Twente\"")));
		String title = "Het goede gesprek Twente " + UUID.randomUUID();
		MvcResult made = this.mvc.perform(newTrajectory(title, id, email).with(user(national)))
			.andExpect(status().isFound())
			.andReturn();
		long trajectory = Long.parseLong(made.getResponse().getRedirectedUrl().replace("/trajecten/", ""));
		JoinRequests.Detail detail = this.requests.detail(id, national);
		assertThat(detail.status()).isEqualTo(RequestStatus.TRAJECTORY);
		assertThat(detail.trajectoryId()).isEqualTo(trajectory);
		assertThat(this.jdbc.sql("select contact_email from trajectory where id = ?")
			.param(trajectory)
			.query(String.class)
			.single()).isEqualTo(email);
		// From another tab: refused with a message, and no second trajectory.
		String other = "Het goede gesprek Twente " + UUID.randomUUID();
		this.mvc.perform(newTrajectory(other, id, email).with(user(national)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"));
		assertThat(this.jdbc.sql("select count(*) from trajectory where title = ?")
			.param(other)
			.query(Long.class)
			.single()).isZero();
		// A regional coordinator gets no prefill from a request.
		AccountPrincipal regional = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ14");
		long open = submit(address());
		this.mvc.perform(get("/trajecten/nieuw").param("aanvraag", String.valueOf(open)).with(user(regional)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("name=\"origin\""))));
	}

	@Test
	void newRequestsShowOnTheNationalCoordinatorsStartPageOnly() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		submit(address());
		assertThat(this.attention.general(national)).singleElement()
			.satisfies((point) -> assertThat(point.message()).isEqualTo("joinRequest.attention.new"));
		assertThat(this.attention.general(this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ14"))).isEmpty();
		assertThat(this.attention.general(this.accounts.create(Role.POLICYMAKER, "JZ14"))).isEmpty();
	}

	@Test
	void closedRequestsLoseTheirPersonalDataAfterTwelveMonths() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long old = submit(address());
		this.requests.answer(old, "Een antwoord", national);
		long recent = submit(address());
		long open = submit(address());
		this.requests.changeStatus(old, this.requests.detail(old, national).version(), RequestStatus.CLOSED, national);
		this.requests.changeStatus(recent, this.requests.detail(recent, national).version(), RequestStatus.CLOSED,
				national);
		this.jdbc.sql("update join_request set status_changed_at = now() - interval '13 months' where id in (?, ?)")
			.params(old, open)
			.update();
		this.retention.removeDue();
		JoinRequests.Detail removed = this.requests.detail(old, national);
		assertThat(removed.anonymised()).isTrue();
		assertThat(removed.name()).isNull();
		assertThat(removed.email()).isNull();
		assertThat(removed.message()).isNull();
		assertThat(removed.answers()).isEmpty();
		assertThat(removed.regionCode()).isEqualTo("JZ14");
		assertThat(this.requests.detail(recent, national).anonymised()).isFalse();
		assertThat(this.requests.detail(open, national).anonymised()).as("open, untouched for 13 months").isTrue();
	}

	@Test
	void openRequestsUntouchedForTwelveMonthsAreClosedAndLoseTheirPersonalData() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long forgotten = submit(address());
		long talkedAbout = submit(address());
		this.requests.answer(talkedAbout, "Een antwoord", national);
		long stillTalking = submit(address());
		this.requests.answer(stillTalking, "Een antwoord", national);
		this.jdbc.sql("update join_request set status_changed_at = now() - interval '13 months' where id in (?, ?, ?)")
			.params(forgotten, talkedAbout, stillTalking)
			.update();
		this.jdbc.sql("update join_request_answer set answered_at = now() - interval '13 months' where request_id = ?")
			.param(talkedAbout)
			.update();
		this.retention.removeDue();
		for (long id : List.of(forgotten, talkedAbout)) {
			JoinRequests.Detail removed = this.requests.detail(id, national);
			assertThat(removed.anonymised()).isTrue();
			assertThat(removed.status()).isEqualTo(RequestStatus.CLOSED);
			assertThat(removed.email()).isNull();
			assertThat(removed.answers()).isEmpty();
		}
		JoinRequests.Detail kept = this.requests.detail(stillTalking, national);
		assertThat(kept.anonymised()).as("answered within 12 months").isFalse();
		assertThat(kept.status()).isEqualTo(RequestStatus.IN_CONVERSATION);
	}

	@Test
	void theSameAnswerIsOneMailOnlyWithinAFewMinutes() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = submit(address());
		assertThat(this.requests.answer(id, "Dank u wel.", national)).isEqualTo(JoinRequests.Answered.SENT);
		assertThat(this.requests.answer(id, "Dank u wel.", national)).isEqualTo(JoinRequests.Answered.ALREADY_SENT);
		this.jdbc
			.sql("update join_request_answer set answered_at = answered_at - interval '1 hour' where request_id = ?")
			.param(id)
			.update();
		assertThat(this.requests.answer(id, "Dank u wel.", national)).isEqualTo(JoinRequests.Answered.SENT);
		assertThat(this.requests.detail(id, national).answers()).hasSize(2);
		assertThat(this.jdbc.sql("""
				select count(*) from mail_outbox o join join_request_answer a on a.id = o.subject_id
				where o.kind = 'joining.ANSWER' and a.request_id = ?""").param(id).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void aDataRequestFindsAndErasesTheRequestAndItsAnswers() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String email = address();
		long id = submit(email);
		this.requests.answer(id, "Wij bellen u", national);
		List<PersonalRecord> found = this.personalData.find(new DataSubject(email.toUpperCase(), null));
		assertThat(found).extracting(PersonalRecord::kind).containsExactly("joinRequest", "joinRequestAnswer");
		assertThat(this.personalData.erase(new DataSubject(email, null))).isEqualTo(2);
		assertThat(this.personalData.find(new DataSubject(email, null))).isEmpty();
		assertThat(this.requests.detail(id, national).anonymised()).isTrue();
		assertThat(this.personalData.erase(new DataSubject(email, null))).isZero();
	}

	private long submit(String email) {
		return this.requests.submit(new JoinRequests.Submission("JZ14", "Gemeente Enschede", RequesterRole.MUNICIPALITY,
				"Sam", email, "Wij willen meedoen.", Interest.WHOLE, "nl"));
	}

	private long count(String email) {
		return this.jdbc.sql("select count(*) from join_request where email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private long confirmations(String email) {
		return this.jdbc.sql("""
				select count(*) from mail_outbox o join join_request r on r.id = o.subject_id
				where o.kind = 'joining.CONFIRMATION' and r.email = ?""").param(email).query(Long.class).single();
	}

	private static String address() {
		return "doe-mee-" + UUID.randomUUID() + "@test.example";
	}

	private static MockHttpServletRequestBuilder form(String email, String client) {
		return post("/doe-mee/aanvragen").with(csrf()).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		})
			.param("regionCode", "JZ14")
			.param("role", "FOSTER_PARENT")
			.param("name", "Sam")
			.param("email", email)
			.param("interest", "DIALOGUE_TABLE")
			.param("message", "Kan het met één middag?");
	}

	/** The new-trajectory form as the browser sends it after the prefill. */
	private static MockHttpServletRequestBuilder newTrajectory(String title, long origin, String email) {
		MockHttpServletRequestBuilder request = post("/trajecten").with(csrf())
			.param("title", title)
			.param("variant", "DIALOGUE_TABLE")
			.param("regionCode", "JZ14")
			.param("origin", String.valueOf(origin))
			.param("contactName", "Fatima El Amrani")
			.param("contactEmail", email);
		for (int i = 0; i < StepType.values().length; i++) {
			request.param("steps[" + i + "].type", StepType.values()[i].name());
		}
		return request;
	}

}
