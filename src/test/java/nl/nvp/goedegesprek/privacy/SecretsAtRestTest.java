package nl.nvp.goedegesprek.privacy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A copy of the database holds no working personal link and no contact details outside
 * the tables meant for them. Every kind of personal link is made and used the way people
 * do (registration with e-mail confirmation, registering again, the meeting reminder, the
 * evaluation and the ballot behind a participant's link, survey links (one replaced),
 * table-host links, action owners' links on request and with a reminder, an account
 * invitation, a password reset and the set-up link), the review invitation goes to a
 * policymaker, the coordinator views and exports the participants, a login with a
 * participant's address fails; then every text, JSON and binary column of every table is
 * searched for each raw token, e-mail address and name.
 */
@IntegrationTest
class SecretsAtRestTest {

	private static final String REGION = "JZ36";

	private static final Pattern TOKEN = Pattern
		.compile("/(?:aanmelding|voortgang|oogst-invoer|uitnodiging|instellen)/([A-Za-z0-9_-]{20,})");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private ActionPlanFixtures actionPlan;

	/** What to look for, and the only columns ("table.column") where it may be. */
	private final Map<String, Set<String>> needles = new LinkedHashMap<>();

	/** What each needle is, for the failure message. */
	private final Map<String, String> names = new LinkedHashMap<>();

	@Test
	void rawLinkTokensAndContactDetailsAreStoredOnlyWhereTheyBelong() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, REGION);
		long trajectory = this.trajectories.createRunning(REGION, "Alles op een rij", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		long idea = this.harvest.harvest(trajectory, coordinator, topic, HarvestKind.IDEA, "Een vaste contactpersoon");

		// A participant registers through the public form, confirms the address through
		// the link in the mail, registers again (a new link), and prioritises ideas.
		MeetingFixtures.Created dialogue = this.meetings.createSecondDialogue(trajectory, "Tweede dialoog");
		String participant = "deelnemer-" + tag + "@privacy.example";
		String participantName = "Priya Deelnemer " + tag;
		register(dialogue, participantName, participant);
		String confirmToken = token(this.mailbox.latest(participant, 1));
		secret("registration link (e-mail confirmation)", confirmToken);
		this.mvc.perform(post("/aanmelding/" + confirmToken + "/bevestigen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mailbox.await(participant, 2);
		register(dialogue, participantName, participant);
		String againToken = token(this.mailbox.latest(participant, 3));
		secret("registration link (registered again)", againToken);
		this.mvc.perform(get("/stemmen/" + againToken)).andExpect(status().isOk());
		this.mvc.perform(post("/stemmen/" + againToken).with(csrf()).param("idee", Long.toString(idea)))
			.andExpect(status().is3xxRedirection());
		allowed(participant, "registration.email");
		allowed(participantName, "registration.name");
		// The coordinator views and exports the participants (recorded in the access
		// log).
		this.mvc.perform(get("/bijeenkomsten/" + dialogue.id()).with(user(coordinator))).andExpect(status().isOk());
		this.mvc.perform(get("/bijeenkomsten/" + dialogue.id() + "/deelnemers.csv").with(user(coordinator)))
			.andExpect(status().isOk());

		// Another one gets the reminder (with a new link) before tomorrow's meeting.
		MeetingFixtures.Created tomorrow = this.meetings.create(trajectory, "Morgen", 20, Map.of(),
				TestClock.today().plusDays(1));
		String reminded = "herinnerd-" + tag + "@privacy.example";
		register(tomorrow, "Rik Herinnerd " + tag, reminded);
		String tomorrowToken = token(this.mailbox.latest(reminded, 1));
		this.mvc.perform(post("/aanmelding/" + tomorrowToken + "/bevestigen").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mailbox.await(reminded, 2);
		// Confirmed inside the reminder window, the confirmation counted as the reminder;
		// as if confirmed earlier, the reminder job now sends one with a new link.
		this.jdbc.update("update registration set reminder_sent_at = null where email = ?", reminded);
		run("meetingReminders", "sendDue");
		secret("registration link (meeting reminder)", token(this.mailbox.latest(reminded, 3)));
		secret("registration link (confirmed)", tomorrowToken);
		allowed(reminded, "registration.email");

		// The evaluation, through the link of someone who was there yesterday.
		MeetingFixtures.Created yesterday = this.meetings.create(trajectory, "Gisteren", 20, Map.of(),
				TestClock.today().minusDays(1));
		String evaluationToken = this.meetings.confirmedToken(yesterday.id(), "Kim", ParticipantRole.FOSTER_CHILD);
		secret("registration link (evaluation)", evaluationToken);
		this.mvc
			.perform(post("/aanmelding/" + evaluationToken + "/evaluatie").with(csrf())
				.param("score", "4")
				.param("learned", "Dat ouders ook willen meepraten."))
			.andExpect(status().is3xxRedirection());

		// Survey links, one per audience, are kept as they are (they are printed as QR
		// codes), but only there; a link a coordinator replaced (it went to the wrong
		// group) keeps only its hash.
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		this.research.answer(survey, Audience.FOSTER_FAMILIES, 3, "Meer uitleg graag.");
		String replaced = survey.token(Audience.PARENTS);
		this.mvc
			.perform(post("/trajecten/" + trajectory + "/vragenlijst/nieuwe-link/ouders").with(csrf())
				.with(user(coordinator))
				.param("link", SecretToken.sha256(replaced)))
			.andExpect(status().is3xxRedirection());
		secret("survey link (replaced)", replaced);
		this.research.created(trajectory).tokens().values().forEach((token) -> allowed(token, "survey_link.token"));

		// A table host's link, shown once to the coordinator, used to enter harvest.
		String hostLink = (String) this.mvc
			.perform(post("/trajecten/" + trajectory + "/oogst/invoerlinks").with(csrf())
				.with(user(coordinator))
				.param("label", "Tafel 3"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("hostLink");
		String hostToken = token(hostLink);
		secret("table-host link", hostToken);
		this.mvc
			.perform(post("/oogst-invoer/" + hostToken).with(csrf())
				.param("topicId", Long.toString(topic))
				.param("kind", "IDEA")
				.param("text", "Een buddy voor nieuwe pleegouders"))
			.andExpect(status().is3xxRedirection());

		// An action owner gets a link on request and another with the reminder.
		String contact = "contact-" + tag + "@gemeente.example";
		long action = this.actionPlan.actionWithContact(trajectory, coordinator, topic, "Informatieavond",
				TestClock.today().plusDays(5), contact);
		this.mvc
			.perform(post("/trajecten/" + trajectory + "/acties/" + action + "/link-versturen").with(csrf())
				.with(user(coordinator)))
			.andExpect(status().is3xxRedirection());
		String ownerToken = token(this.mailbox.latest(contact, 1));
		secret("action owner's link (on request)", ownerToken);
		this.mvc
			.perform(post("/voortgang/" + ownerToken).with(csrf())
				.param("reportedOn", TestClock.today().toString())
				.param("text", "De avond is gepland.")
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());
		run("actionReminders", "sendDue");
		secret("action owner's link (reminder)", token(this.mailbox.latest(contact, 2)));
		allowed(contact, "improvement_action.contact_email");

		// An account invitation, used to choose a password; the policymaker is then
		// invited to review the plan.
		String policymaker = "beleid-" + tag + "@privacy.example";
		this.mvc
			.perform(post("/accounts").with(csrf())
				.with(user(national))
				.param("email", policymaker)
				.param("displayName", "Beleidsmaker " + tag)
				.param("role", "POLICYMAKER")
				.param("regionCodes", REGION))
			.andExpect(status().is3xxRedirection());
		String invitationToken = token(this.mailbox.latest(policymaker, 1));
		secret("account invitation", invitationToken);
		this.mvc
			.perform(post("/uitnodiging/" + invitationToken).with(csrf())
				.param("password", "een-lang-wachtwoord-" + tag)
				.param("repeat", "een-lang-wachtwoord-" + tag))
			.andExpect(status().is3xxRedirection());
		this.actionPlan.submitPlan(trajectory, coordinator);
		this.mailbox.await(policymaker, 2);
		// The national coordinator resets the policymaker's password (as if a while after
		// the invitation: within a minute no new link is made); the mailed reset link is
		// used to choose a new one.
		long policymakerId = this.jdbc.queryForObject("select id from account where email = ?", Long.class,
				policymaker);
		this.jdbc.update("update account_invitation set created_at = created_at - interval '2 minutes'"
				+ " where account_id = ?", policymakerId);
		long version = this.jdbc.queryForObject("select version from account where id = ?", Long.class, policymakerId);
		this.mvc
			.perform(post("/accounts/" + policymakerId + "/herstellen").with(csrf())
				.with(user(national))
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
		String resetToken = token(this.mailbox.latest(policymaker, 3));
		secret("password reset link", resetToken);
		this.mvc
			.perform(post("/uitnodiging/" + resetToken).with(csrf())
				.param("password", "een-nieuw-wachtwoord-" + tag)
				.param("repeat", "een-nieuw-wachtwoord-" + tag))
			.andExpect(status().is3xxRedirection());
		allowed(policymaker, "account.email");
		allowed("Beleidsmaker " + tag, "account.display_name");

		// The one-time set-up link (logged at the first start).
		Object setupService = AopTestUtils.getUltimateTargetObject(this.context.getBean("accountSetup"));
		Object setup = ReflectionTestUtils.invokeMethod(setupService, "issueSetupLink");
		secret("set-up link", token(String.valueOf(ReflectionTestUtils.<Object>invokeMethod(setup, "url"))));

		// A failed login with a participant's address.
		this.mvc.perform(post("/inloggen").with(csrf())
			.param("username", participant)
			.param("password", "niet-het-wachtwoord")
			.with((request) -> {
				request.setRemoteAddr("10.36.1.1");
				return request;
			})).andExpect(status().is3xxRedirection());

		// A coordinator logs in: the session id the cookie carries is a bearer credential
		// and rests nowhere (the session row holds its keyed hash).
		Cookie session = this.mvc.perform(post("/inloggen").with(csrf())
			.param("username", national.getUsername())
			.param("password", AccountFixtures.PASSWORD)
			.with((request) -> {
				request.setRemoteAddr("10.36.1.2");
				return request;
			})).andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		secret("session id (SESSION cookie, as sent)", session.getValue());
		secret("session id", new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8));

		this.actionPlan.awaitEvents();
		List<String> found = found();
		assertThat(found.stream().filter((place) -> !place.startsWith("+")).toList())
			.as("raw tokens, addresses and names outside the columns meant for them")
			.isEmpty();
		// The search sees them where they belong (so it would see them elsewhere).
		this.needles.forEach((needle, columns) -> columns
			.forEach((column) -> assertThat(found).contains("+" + this.names.get(needle) + " in " + column)));
	}

	private void register(MeetingFixtures.Created meeting, String name, String email) throws Exception {
		MockHttpServletRequestBuilder request = post("/aanmelden/" + meeting.publicId()).with(csrf()).with((r) -> {
			r.setRemoteAddr("10.36." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
			return r;
		}).param("name", name).param("email", email).param("role", "FOSTER_PARENT").param("consent", "true");
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private static String token(MimeMessage mail) {
		return token(Mailbox.text(mail));
	}

	private static String token(String text) {
		Matcher matcher = TOKEN.matcher(text);
		assertThat(matcher.find()).as("a link in: %s", text).isTrue();
		return matcher.group(1);
	}

	/** A raw token: it may be nowhere. */
	private void secret(String name, String token) {
		this.needles.put(token, Set.of());
		this.names.put(token, name);
	}

	private void allowed(String value, String... columns) {
		this.needles.put(value, Set.of(columns));
		this.names.put(value, value.contains("@") ? "address " + value
				: (columns[0].startsWith("survey") ? "survey link " + value : "name " + value));
	}

	private void run(String bean, String method) throws Exception {
		Object job = this.context.getBean(bean);
		job.getClass().getMethod(method).invoke(job);
	}

	/**
	 * Every place where a needle is found, as "what in table.column", with a "+" before
	 * the ones in a column meant for it.
	 */
	private List<String> found() {
		String all = String.join("\n", this.needles.keySet());
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : this.jdbc.queryForList("""
				select c.table_name, c.column_name, c.data_type
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				order by c.table_name, c.ordinal_position""")) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			String condition = "bytea".equals(column.get("data_type"))
					? "position(convert_to(n, 'UTF8') in t.\"" + name + "\") > 0"
					: "strpos(lower(t.\"" + name + "\"::text), lower(n)) > 0";
			List<String> hits = this.jdbc.queryForList("select n from unnest(string_to_array(?, chr(10))) n "
					+ "where exists (select 1 from \"" + table + "\" t where " + condition + ")", String.class, all);
			for (String hit : hits) {
				boolean allowed = this.needles.get(hit).contains(table + "." + name);
				found.add((allowed ? "+" : "") + this.names.get(hit) + " in " + table + "." + name);
			}
		}
		return found;
	}

}
