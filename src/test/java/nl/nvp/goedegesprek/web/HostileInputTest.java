package nl.nvp.goedegesprek.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form of the application, fed hostile and malformed values for every field it has:
 * the answer is never a server error, and what comes back never contains the markup
 * unescaped.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

	private static final List<String> VALUES = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'; drop table account; --", "99999999999999999999999999", "-1", "", " ", "\u0000", "😀".repeat(300),
			"x".repeat(20_000), "../../etc/passwd", "${7*7}", "__${T(java.lang.Runtime).getRuntime()}__::.x",
			"2026-13-45", "NaN");

	private static final List<String> FIELDS = List.of("title", "description", "regionCode", "variant",
			"coordinatorIds", "contactName", "contactEmail", "contactPhone", "version", "email", "displayName", "role",
			"regionCodes", "name", "validFrom", "validUntil", "password", "repeat", "steps[0].type",
			"steps[0].included", "steps[0].plannedStart", "steps[1].plannedEnd", "username", "date", "startTime",
			"endTime", "capacity", "quota[FOSTER_PARENT]", "quota[X]", "online", "onlineLink", "address", "ageGroup",
			"guardianCapacity", "guardianName", "consent", "phone", "roleOther", "organisation", "supportNote",
			"needsChildcare", "website", "present", "indicatorId", "year", "value", "source", "note", "templateId",
			"introduction", "opensOn", "closesOn", "type", "text", "childText", "audiences", "required", "options",
			"scaleLow", "scaleHigh", "topic", "quote", "remove", "opnieuw", "unit", "topicIds", "meetingId", "topicId",
			"kind", "speakerRole", "title", "ownerOrganisation", "deadline", "status", "scope", "ideaIds", "reportedOn",
			"evidenceUrl", "introduction", "publicPage", "tekst", "actie", "antwoordOp", "oordeel", "toelichting");

	private static final List<String> STEPS = List.of("KICK_OFF", "RESEARCH_FIGURES", "RESEARCH_EXPERIENCE",
			"DIALOGUE_MEETING_1", "DIALOGUE_MEETING_2", "ACTION_PLAN", "FOLLOW_UP", "DIALOGUE_TABLE");

	/**
	 * Percent-encodings that do not decode: not hexadecimal, cut short, and bytes that
	 * are not UTF-8 (0xC3 needs a continuation byte, 0x28 is none; 0xFF never occurs).
	 */
	private static final List<String> MALFORMED = List.of("%zz", "%", "%e", "%C3%28", "%FF");

	@Autowired
	private MockMvc mvc;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	private AccountPrincipal national;

	private long trajectoryId;

	private long accountId;

	private MeetingFixtures.Created meeting;

	private String token;

	private long registrationId;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private HarvestFixtures harvest;

	private long topicId;

	private long actionId;

	private long surveyTrajectoryId;

	private ResearchFixtures.Created survey;

	private long templateId;

	private long templateQuestionId;

	@BeforeAll
	void data() {
		this.national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		this.trajectoryId = this.trajectories.create("JZ32", "Vijandige invoer");
		this.accountId = this.accounts.create(Role.POLICYMAKER, "JZ32").id();
		this.meeting = this.meetings.create(this.trajectoryId, "Vijandig", 20, Map.of());
		this.token = this.meetings.pending(this.meeting.id(), "Vijandig", ParticipantRole.FOSTER_PARENT);
		this.registrationId = this.meetings.confirmed(this.meeting.id(), "Aanwezig", ParticipantRole.PARENT);
		this.surveyTrajectoryId = this.trajectories.createRunning("JZ32", "Vijandige vragenlijst");
		this.survey = this.research.openSurvey(this.surveyTrajectoryId, this.national);
		this.templateId = this.research.template("Vijandig sjabloon");
		this.templateQuestionId = this.research.firstQuestionOfTemplate(this.templateId);
		this.topicId = this.harvest.choose(this.trajectoryId, this.national, "Transparantie").get(0);
		this.actionId = this.actionPlan.action(this.trajectoryId, this.national, this.topicId, "Vijandig", null);
	}

	Stream<Arguments> actionFieldCases() {
		return Stream.concat(VALUES.stream(), Stream.of("+9999999-01-01", "DONE", "NATIONAL", "javascript:x"))
			.flatMap((value) -> Stream
				.of("topicId", "title", "description", "ownerOrganisation", "contactName", "contactEmail", "deadline",
						"status", "scope", "ideaIds", "version")
				.map((field) -> Arguments.of(field, value)));
	}

	/** One hostile field at a time on an otherwise valid action. */
	@ParameterizedTest(name = "action {0} = {1}")
	@MethodSource("actionFieldCases")
	void oneHostileFieldInAValidActionNeverFails(String field, String value) throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("topicId", Long.toString(this.topicId));
		params.put("title", "Actie");
		params.put("ownerOrganisation", "NVP");
		params.put("status", "AGREED");
		params.put("scope", "REGIONAL");
		params.put(field, value);
		MockHttpServletRequestBuilder request = post("/trajecten/" + this.trajectoryId + "/acties").with(csrf())
			.with(user(this.national));
		params.forEach(request::param);
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isLessThan(500);
		assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	Stream<Arguments> questionFieldCases() {
		return Stream.concat(VALUES.stream(), Stream.of("MULTIPLE_CHOICE", "OPEN", "CHILDREN", "a\nb", "true"))
			.flatMap((value) -> Stream
				.of("type", "text", "childText", "audiences", "required", "options", "scaleLow", "scaleHigh")
				.map((field) -> Arguments.of(field, value)));
	}

	/** One hostile field at a time on an otherwise valid question, in a template. */
	@ParameterizedTest(name = "question {0} = {1}")
	@MethodSource("questionFieldCases")
	void oneHostileFieldInAValidQuestionNeverFails(String field, String value) throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("type", "SINGLE_CHOICE");
		params.put("text", "Welke?");
		params.put("audiences", "FOSTER_FAMILIES");
		params.put("options", "Een\nTwee");
		params.put(field, value);
		MockHttpServletRequestBuilder request = post(
				"/vragenlijstsjablonen/" + this.templateId + "/vragen/" + this.templateQuestionId)
			.with(csrf())
			.with(user(this.national));
		params.forEach(request::param);
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isLessThan(500);
		assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	Stream<Arguments> answerCases() {
		return Stream.concat(VALUES.stream(), Stream.of("0", "6", "1", "4", "99", "3.0"))
			.flatMap((value) -> IntStream.range(0, 7).mapToObj((index) -> Arguments.of(index, value)));
	}

	/**
	 * One hostile answer at a time in an otherwise complete response: refused at the
	 * question or saved, never an error.
	 */
	@ParameterizedTest(name = "answer {0} = {1}")
	@MethodSource("answerCases")
	void oneHostileAnswerNeverFails(int index, String value) throws Exception {
		MockHttpServletRequestBuilder request = post("/vragenlijst/" + this.survey.token(Audience.FOSTER_FAMILIES))
			.with(csrf());
		List<Long> questions = this.survey.questionIds();
		for (int i = 0; i < questions.size(); i++) {
			request.param("q" + questions.get(i), (i == index) ? value : "1");
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isLessThan(500);
		assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	Stream<Arguments> cases() {
		List<String> paths = List.of("/trajecten", "/trajecten/{id}", "/accounts", "/accounts/{account}",
				"/regios/JZ05", "/uitnodiging/x", "/instellen/x", "/trajecten/{id}/bijeenkomsten",
				"/bijeenkomsten/{meeting}", "/aanmelden/{public}", "/aanmelding/{token}",
				"/bijeenkomsten/{meeting}/inchecken/{registration}", "/trajecten/{id}/cijfers",
				"/trajecten/{id}/cijfers/{registration}/verwijderen", "/vragenlijstsjablonen",
				"/vragenlijstsjablonen/{template}", "/vragenlijstsjablonen/{template}/vragen",
				"/vragenlijstsjablonen/{template}/vragen/{templateQuestion}", "/trajecten/{survey}/vragenlijst",
				"/trajecten/{survey}/vragenlijst/instellingen", "/trajecten/{survey}/vragenlijst/vragen",
				"/trajecten/{survey}/vragenlijst/vragen/{question}", "/trajecten/{survey}/vragenlijst/openen",
				"/trajecten/{survey}/vragenlijst/antwoorden/{registration}/citaat", "/vragenlijst/{surveyToken}",
				"/trajecten/{survey}/onderzoek/bevindingen", "/trajecten/{survey}/onderzoek/publiceren", "/indicatoren",
				"/indicatoren/{indicator}", "/indicatoren/{indicator}/landelijke-cijfers",
				"/trajecten/{id}/cijfers/indicatoren", "/onderwerpen", "/onderwerpen/{topic}",
				"/trajecten/{id}/onderwerpen", "/trajecten/{id}/onderwerpen/eigen", "/trajecten/{id}/oogst",
				"/trajecten/{id}/acties", "/trajecten/{id}/acties/{action}",
				"/trajecten/{id}/acties/{action}/voortgang", "/trajecten/{id}/actieplan",
				"/trajecten/{id}/actieplan/versies/1/reacties", "/voortgang/x");
		return paths.stream().flatMap((path) -> VALUES.stream().map((value) -> Arguments.of(path, value)));
	}

	Stream<Arguments> singleFieldCases() {
		List<String> extremes = List.of("+9999999-01-01", "-9999-01-01", "0000-00-00", "2026-02-29");
		Stream<String> values = Stream.concat(VALUES.stream(), extremes.stream());
		return values
			.flatMap((value) -> Stream
				.of("title", "description", "regionCode", "variant", "coordinatorIds", "contactName", "contactEmail",
						"contactPhone", "steps[0].type", "_steps[0]", "steps[0].included", "steps[0].plannedStart",
						"steps[6].plannedEnd", "steps[7].type", "version")
				.map((field) -> Arguments.of(field, value)));
	}

	/**
	 * One hostile field at a time on an otherwise valid form, so that it gets past
	 * binding.
	 */
	@ParameterizedTest(name = "trajectory {0} = {1}")
	@MethodSource("singleFieldCases")
	void oneHostileFieldInAValidTrajectoryFormNeverFails(String field, String value) throws Exception {
		for (String path : List.of("/trajecten", "/trajecten/" + this.trajectoryId)) {
			Map<String, String> params = new LinkedHashMap<>();
			params.put("title", "Geldig");
			params.put("variant", "FULL");
			params.put("regionCode", "JZ17");
			params.put("version", "0");
			for (int i = 0; i < 8; i++) {
				params.put("steps[" + i + "].type", STEPS.get(i));
			}
			if (field.equals("_steps[0]")) {
				params.remove("steps[0].type");
			}
			params.put(field, value);
			MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(this.national));
			params.forEach(request::param);
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s status", path).isLessThan(500);
			assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
		}
	}

	Stream<Arguments> meetingFieldCases() {
		List<String> extremes = List.of("+9999999-01-01", "-9999-01-01", "25:61", "99999999999", "2026-02-29");
		return Stream.concat(VALUES.stream(), extremes.stream())
			.flatMap((value) -> Stream
				.of("title", "type", "step", "date", "startTime", "endTime", "online", "address", "onlineLink",
						"capacity", "quota[FOSTER_PARENT]", "quota[ONBEKEND]", "registrationOpensOn",
						"registrationClosesOn", "programme", "contactEmail", "version")
				.map((field) -> Arguments.of(field, value)));
	}

	/** One hostile field at a time on an otherwise valid meeting form, new and edited. */
	@ParameterizedTest(name = "meeting {0} = {1}")
	@MethodSource("meetingFieldCases")
	void oneHostileFieldInAValidMeetingFormNeverFails(String field, String value) throws Exception {
		for (String path : List.of("/trajecten/" + this.trajectoryId + "/bijeenkomsten",
				"/bijeenkomsten/" + this.meeting.id())) {
			Map<String, String> params = new LinkedHashMap<>();
			params.put("title", "Geldig");
			params.put("type", "DIALOGUE_MEETING");
			params.put("date", "2027-03-01");
			params.put("startTime", "13:00");
			params.put("endTime", "16:00");
			params.put("address", "Stadhuis");
			params.put("capacity", "30");
			params.put("version", "0");
			params.put(field, value);
			MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(this.national));
			params.forEach(request::param);
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s status", path).isLessThan(500);
			assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
		}
	}

	Stream<Arguments> registrationFieldCases() {
		return VALUES.stream()
			.flatMap((value) -> Stream
				.of("name", "email", "phone", "role", "roleOther", "organisation", "ageGroup", "guardianName",
						"guardianCapacity", "needsInterpreter", "supportNote", "consent", "website")
				.map((field) -> Arguments.of(field, value)));
	}

	/**
	 * One hostile field at a time on an otherwise valid registration, new and changed.
	 */
	@ParameterizedTest(name = "registration {0} = {1}")
	@MethodSource("registrationFieldCases")
	void oneHostileFieldInAValidRegistrationNeverFails(String field, String value) throws Exception {
		for (String path : List.of("/aanmelden/" + this.meeting.publicId(), "/aanmelding/" + this.token)) {
			Map<String, String> params = new LinkedHashMap<>();
			params.put("name", "Kim");
			params.put("email", "kim-" + UUID.randomUUID() + "@test.example");
			params.put("role", "FOSTER_CHILD");
			params.put("ageGroup", "UNDER_12");
			params.put("guardianName", "Voogd");
			params.put("guardianCapacity", "GUARDIAN_INSTITUTION");
			params.put("consent", "true");
			params.put(field, value);
			String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
			MockHttpServletRequestBuilder request = post(path).with(csrf()).with((r) -> {
				r.setRemoteAddr(address);
				return r;
			});
			params.forEach(request::param);
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s status", path).isLessThan(500);
			assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
		}
	}

	Stream<Arguments> figureFieldCases() {
		List<String> numbers = List.of("1e309", "-5", "12.345", "1234567890123", "0", "1,5", "Infinity");
		return Stream.concat(VALUES.stream(), numbers.stream())
			.flatMap((value) -> Stream.of("indicatorId", "year", "value", "source", "note")
				.map((field) -> Arguments.of(field, value)));
	}

	/** One hostile field at a time on an otherwise valid figure. */
	@ParameterizedTest(name = "figure {0} = {1}")
	@MethodSource("figureFieldCases")
	void oneHostileFieldInAValidFigureNeverFails(String field, String value) throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("indicatorId", "1");
		params.put("year", Integer.toString(2000 + (int) (Math.random() * 100)));
		params.put("value", "10");
		params.put("source", "Bron");
		params.put(field, value);
		MockHttpServletRequestBuilder request = post("/trajecten/" + this.trajectoryId + "/cijfers").with(csrf())
			.with(user(this.national));
		params.forEach(request::param);
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isLessThan(500);
		assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	@ParameterizedTest(name = "region {0} = {1}")
	@MethodSource("regionCases")
	void oneHostileFieldInAValidRegionFormNeverFails(String field, String value) throws Exception {
		String form = this.mvc.perform(get("/regios/JZ07/bewerken").with(user(this.national)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher version = Pattern.compile("name=\"version\" value=\"([0-9]+)\"").matcher(form);
		assertThat(version.find()).isTrue();
		Map<String, String> params = new LinkedHashMap<>();
		params.put("name", "Kennemerland");
		params.put("validFrom", "2025-01-01");
		params.put("version", version.group(1));
		params.put(field, value);
		MockHttpServletRequestBuilder request = post("/regios/JZ07").with(csrf()).with(user(this.national));
		params.forEach(request::param);
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isLessThan(500);
		assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	Stream<Arguments> regionCases() {
		return Stream.of("validFrom", "validUntil")
			.flatMap((field) -> Stream.of("+9999999-01-01", "-9999-01-01", "1899-12-31", "x")
				.map((value) -> Arguments.of(field, value)));
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("cases")
	void formNeverFailsWithAServerErrorNorEchoesMarkup(String path, String value) throws Exception {
		String url = path.replace("{id}", Long.toString(this.trajectoryId))
			.replace("{account}", Long.toString(this.accountId))
			.replace("{meeting}", Long.toString(this.meeting.id()))
			.replace("{public}", this.meeting.publicId().toString())
			.replace("{token}", this.token)
			.replace("{registration}", Long.toString(this.registrationId))
			.replace("{templateQuestion}", Long.toString(this.templateQuestionId))
			.replace("{template}", Long.toString(this.templateId))
			.replace("{survey}", Long.toString(this.surveyTrajectoryId))
			.replace("{question}", Long.toString(this.survey.questionIds().get(0)))
			.replace("{surveyToken}", this.survey.token(Audience.FOSTER_FAMILIES))
			.replace("{indicator}", Long.toString(this.research.catalogueIndicatorId()))
			.replace("{topic}", Long.toString(this.topicId))
			.replace("{action}", Long.toString(this.actionId));
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(user(this.national));
		FIELDS.forEach((field) -> request.param(field, value));
		this.survey.questionIds().forEach((question) -> request.param("q" + question, value));
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("status").isLessThan(500);
		assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	/**
	 * A query string that does not decode (a mangled link, a scanner), on a public page,
	 * a personal link's page and a logged-in page, through the real servlet container
	 * (MockMvc does not parse parameters as Tomcat does): the error page with 400, in the
	 * layout, and no error or stack trace in the log, nor the path or query.
	 */
	@Test
	void aQueryStringThatDoesNotDecodeIsABadRequest() throws Exception {
		Browser visitor = new Browser();
		Browser coordinator = loggedIn();
		List<String> publicPages = List.of("/", "/inloggen", "/aanmelden/" + this.meeting.publicId(),
				"/aanmelding/" + this.token);
		List<String> ownPages = List.of("/trajecten", "/trajecten/" + this.trajectoryId);
		SoftAssertions softly = new SoftAssertions();
		List<ILoggingEvent> logged = logged(() -> {
			for (String value : MALFORMED) {
				for (String query : List.of("?x=" + value, "?taal=" + value, "?taal=en&x=" + value, "?" + value)) {
					for (String page : publicPages) {
						assertBadRequest(softly, raw(visitor, "GET", page + query, null), page + query);
					}
					for (String page : ownPages) {
						assertBadRequest(softly, raw(coordinator, "GET", page + query, null), page + query);
					}
				}
			}
		});
		assertCalmLog(softly, logged);
		softly.assertAll();
		assertThat(raw(coordinator, "GET", "/trajecten?taal=nl", null).status()).as("still logged in").isEqualTo(200);
	}

	/**
	 * A form whose body does not decode, with its CSRF token and otherwise valid fields:
	 * the public registration, the change through a personal link and a logged-in
	 * coordinator's new trajectory. The error page with 400, nothing saved, and no error
	 * in the log. The same trajectory form without the broken field is saved (its title
	 * decoded as UTF-8), so it is the encoding that is refused.
	 */
	@Test
	void aFormBodyThatDoesNotDecodeIsABadRequestAndSavesNothing() throws Exception {
		Browser visitor = new Browser();
		Browser coordinator = loggedIn();
		String registration = "/aanmelden/" + this.meeting.publicId();
		String change = "/aanmelding/" + this.token;
		String trajectory = "/trajecten";
		String before = snapshot();
		SoftAssertions softly = new SoftAssertions();
		List<ILoggingEvent> logged = logged(() -> {
			for (String value : MALFORMED) {
				String registrationForm = "name=" + value + "&email="
						+ encode("kim-" + UUID.randomUUID() + "@test.example")
						+ "&role=FOSTER_PARENT&consent=true&_csrf="
						+ encode(csrfOf(visitor, registration + "?voor=volwassene"));
				assertBadRequest(softly, raw(visitor, "POST", registration, registrationForm), "registration " + value);
				String changeForm = "name=Kim&phone=" + value + "&role=FOSTER_PARENT&consent=true&_csrf="
						+ encode(csrfOf(visitor, change + "/wijzigen"));
				assertBadRequest(softly, raw(visitor, "POST", change, changeForm), "change " + value);
				String trajectoryForm = validTrajectory("Onleesbaar " + UUID.randomUUID()) + "&description=" + value
						+ "&_csrf=" + encode(csrfOf(coordinator, "/trajecten/nieuw"));
				assertBadRequest(softly, raw(coordinator, "POST", trajectory, trajectoryForm), "trajectory " + value);
				// The broken encoding first, before the CSRF token.
				String first = value + "=x&" + validTrajectory("Onleesbaar " + UUID.randomUUID()) + "&_csrf="
						+ encode(csrfOf(coordinator, "/trajecten/nieuw"));
				assertBadRequest(softly, raw(coordinator, "POST", trajectory, first),
						"trajectory, first field " + value);
			}
		});
		assertCalmLog(softly, logged);
		softly.assertThat(snapshot()).as("nothing saved").isEqualTo(before);
		softly.assertAll();

		// With a letter that is two bytes in UTF-8: the body is still read as UTF-8.
		String title = "Leesbaar é " + UUID.randomUUID();
		Answer valid = raw(coordinator, "POST", trajectory,
				validTrajectory(title) + "&_csrf=" + encode(csrfOf(coordinator, "/trajecten/nieuw")));
		assertThat(valid.status()).as("the same form, readable").isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from trajectory where title = ?")
			.param(title)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static String validTrajectory(String title) {
		StringBuilder form = new StringBuilder("title=" + encode(title) + "&variant=FULL&regionCode=JZ17&version=0");
		for (int i = 0; i < STEPS.size(); i++) {
			form.append("&").append(encode("steps[" + i + "].type")).append("=").append(STEPS.get(i));
		}
		return form.toString();
	}

	/** The rows a refused form might have written, as one text. */
	private String snapshot() {
		return this.jdbc.sql("""
				select (select count(*) || ':' || coalesce(md5(string_agg(r::text, ',' order by r.id)), '')
				          from registration r)
				    || '/' || (select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t.id)), '')
				          from trajectory t)
				    || '/' || (select count(*) from mail_outbox)""").query(String.class).single();
	}

	private void assertBadRequest(SoftAssertions softly, Answer response, String what) throws Exception {
		// The protective headers of any page (Spring Security does not run on the error
		// page's dispatch of a request refused before it).
		Map<String, String> page = raw(new Browser(), "GET", "/inloggen", null).protective();
		assertThat(page).containsEntry("x-frame-options", "DENY").containsKey("content-security-policy");
		assertThat(page.get("content-security-policy")).contains("default-src 'self'");
		softly.assertThat(response.protective()).as("protective headers of %s", what).isEqualTo(page);
		Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(response.body());
		softly.assertThat(response.status() + " " + (title.find() ? title.group(1) : "(no title)"))
			.as("%s", what)
			.isEqualTo("400 Dit verzoek klopt niet – Goede Gesprek");
		softly.assertThat(response.body().contains("<main id=\"inhoud\"") && response.body().contains("site-footer"))
			.as("the error page in the layout for %s", what)
			.isTrue();
	}

	/**
	 * Nothing at ERROR, no stack trace, and no line that names the request: not the
	 * personal link's token, nor the broken query or paths.
	 */
	private void assertCalmLog(SoftAssertions softly, List<ILoggingEvent> events) {
		softly.assertThat(events).as("log lines").allSatisfy((event) -> {
			String text = event.getFormattedMessage() + ((event.getThrowableProxy() != null)
					? ThrowableProxyUtil.asString(event.getThrowableProxy()) : "");
			assertThat(event.getLevel()).as("level of: %s", text).isNotEqualTo(Level.ERROR);
			assertThat(event.getThrowableProxy()).as("a stack trace: %s", text).isNull();
			assertThat(text).as("a line naming the request")
				.doesNotContain(this.token)
				.doesNotContain("%zz")
				.doesNotContain("%C3")
				.doesNotContain("/trajecten")
				.doesNotContain("/aanmelden");
		});
	}

	/** What was logged at WARN and above (the tests' root level) while this ran. */
	private static List<ILoggingEvent> logged(HttpRun run) throws Exception {
		Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		root.addAppender(appender);
		try {
			run.run();
		}
		finally {
			root.detachAppender(appender);
			appender.stop();
		}
		return new ArrayList<>(appender.list);
	}

	@FunctionalInterface
	private interface HttpRun {

		void run() throws Exception;

	}

	/** A browser's cookies (the session, the CSRF secret of a visitor). */
	private static final class Browser {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		String cookieHeader() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
				.reduce((a, b) -> a + "; " + b)
				.orElse("");
		}

	}

	private record Answer(int status, String body, Map<String, String> headers) {

		/** The protective headers every page carries, by lower-case name. */
		Map<String, String> protective() {
			Map<String, String> found = new java.util.TreeMap<>();
			for (String name : PROTECTIVE_HEADERS) {
				found.put(name, this.headers.get(name));
			}
			return found;
		}

	}

	private static final List<String> PROTECTIVE_HEADERS = List.of("content-security-policy", "x-frame-options",
			"x-content-type-options", "referrer-policy", "permissions-policy", "cache-control", "pragma", "expires",
			"x-xss-protection");

	private Browser loggedIn() throws Exception {
		Browser browser = new Browser();
		String form = "username=" + encode(this.national.getUsername()) + "&password="
				+ encode(AccountFixtures.PASSWORD) + "&_csrf=" + encode(csrfOf(browser, "/inloggen"));
		assertThat(raw(browser, "POST", "/inloggen", form).status()).as("logged in").isEqualTo(302);
		assertThat(raw(browser, "GET", "/trajecten", null).status()).isEqualTo(200);
		return browser;
	}

	private String csrfOf(Browser browser, String path) throws Exception {
		HttpResponse<String> page = browser.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).as("a form on %s", path).isTrue();
		return HtmlUtils.htmlUnescape(csrf.group(1));
	}

	/**
	 * One request written on a socket as it is given: Java's URI (and so its HTTP client)
	 * refuses a broken percent-encoding before sending it. HTTP/1.0, so that the answer
	 * is not chunked and ends when the connection closes.
	 */
	private Answer raw(Browser browser, String method, String pathAndQuery, String form) throws Exception {
		byte[] body = (form != null) ? form.getBytes(StandardCharsets.ISO_8859_1) : new byte[0];
		StringBuilder head = new StringBuilder(method + " " + pathAndQuery + " HTTP/1.0\r\n");
		head.append("Host: localhost:").append(this.port).append("\r\n");
		head.append("Accept: text/html\r\n");
		String cookies = browser.cookieHeader();
		if (!cookies.isEmpty()) {
			head.append("Cookie: ").append(cookies).append("\r\n");
		}
		if (form != null) {
			head.append("Content-Type: application/x-www-form-urlencoded\r\n");
		}
		head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			String text = answer.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			assertThat(end).as("the answer to %s %s", method, pathAndQuery).isPositive();
			String[] status = text.substring(0, text.indexOf("\r\n")).split(" ");
			List<String> setCookies = text.substring(0, end)
				.lines()
				.filter((line) -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
				.map((line) -> line.substring(11).trim())
				.toList();
			browser.cookies.put(URI.create("http://localhost:" + this.port + "/"), Map.of("Set-Cookie", setCookies));
			Map<String, String> headers = new java.util.HashMap<>();
			text.substring(0, end)
				.lines()
				.skip(1)
				.filter((line) -> line.indexOf(':') > 0)
				.forEach((line) -> headers.putIfAbsent(
						line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT),
						line.substring(line.indexOf(':') + 1).trim()));
			return new Answer(Integer.parseInt(status[1]), text.substring(end + 4), headers);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
