package nl.nvp.goedegesprek.project.placement;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.signup.SignUpFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.SentTwice;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
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
 * Grouping a national project's sign-ups into its dialogues (issue 17, decision 49): the
 * assistant's proposal as a draft, fixed members kept, moves with warnings, confirming a
 * dialogue (one registration and one CONFIRMED mail per person, also when confirmed twice
 * at once), a cancelled dialogue refused, a cancelled place shown as not placed, who may
 * use the page, and its cost.
 */
@IntegrationTest
class DialogueGroupsTest {

	private static final List<ParticipantRole> ROLES = List.of(ParticipantRole.FOSTER_PARENT, ParticipantRole.PARENT,
			ParticipantRole.FOSTER_CARE_WORKER, ParticipantRole.CHILD_PROTECTION_WORKER);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SignUpFixtures signUps;

	@Autowired
	private PlacementFixtures fixtures;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private SentTwice sentTwice;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	/**
	 * A project with a Monday evening dialogue in person and a Tuesday evening one
	 * online.
	 */
	private record Project(long id, long monday, long tuesday, AccountPrincipal coordinator) {

		String page() {
			return "/projecten/" + this.id + "/indeling";
		}

	}

	private Project project(int capacity) {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.signUps.project("Indeling " + UUID.randomUUID(), Set.of()).id();
		long monday = this.fixtures.dialogue(id, "Maandagavond", PlacementFixtures.next(DayOfWeek.MONDAY),
				LocalTime.of(19, 30), false, capacity, Map.of());
		long tuesday = this.fixtures.dialogue(id, "Dinsdagavond", PlacementFixtures.next(DayOfWeek.TUESDAY),
				LocalTime.of(19, 30), true, capacity, Map.of());
		return new Project(id, monday, tuesday, coordinator);
	}

	/** One sign-up per role who can come on these evenings; their ids by role order. */
	private List<Long> group(Project project, String tag, String mode, DayOfWeek... evenings) {
		return ROLES.stream()
			.map((role) -> this.fixtures.signUp(project.id(), tag + " " + role, email(), role, mode, null, evenings))
			.toList();
	}

	private static String email() {
		return "indeling-" + UUID.randomUUID() + "@test.example";
	}

	private String page(Project project, AccountPrincipal who) throws Exception {
		return this.mvc.perform(get(project.page()).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void send(Project project, String action, String flash, String... params) throws Exception {
		var request = post(project.page() + "/" + action).with(csrf()).with(user(project.coordinator()));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		var result = this.mvc.perform(request).andExpect(redirectedUrl(project.page()));
		if (flash.startsWith("!")) {
			result.andExpect(flash().attribute("flashError", flash.substring(1)));
		}
		else {
			result.andExpect(flash().attribute("flashMessage", flash));
		}
	}

	private Long meetingOf(long signUpId) {
		List<Long> meetings = this.jdbc.queryForList("select meeting_id from project_group_member where sign_up_id = ?",
				Long.class, signUpId);
		return meetings.isEmpty() ? null : meetings.get(0);
	}

	private long registrations(long meetingId) {
		return this.jdbc.queryForObject(
				"select count(*) from registration where meeting_id = ? and status = 'CONFIRMED'", Long.class,
				meetingId);
	}

	private long confirmedMails(long meetingId) {
		return this.jdbc.queryForObject("""
				select count(*) from mail_outbox o join registration r on r.id = o.subject_id
				where o.kind = 'registration.CONFIRMED' and r.meeting_id = ?""", Long.class, meetingId);
	}

	@Test
	void theAssistantProposesADraftAndKeepsWhomTheCoordinatorFixed() throws Exception {
		Project project = project(8);
		List<Long> monday = group(project, "Maan", "IN_PERSON", DayOfWeek.MONDAY);
		List<Long> tuesday = group(project, "Dins", "EITHER", DayOfWeek.TUESDAY);
		long nobody = this.fixtures.signUp(project.id(), "Zaterdag Zus", email(), ParticipantRole.PARENT, "EITHER",
				null, DayOfWeek.SATURDAY);
		assertThat(page(project, project.coordinator())).contains("Groepen indelen", "Maak een voorstel",
				"Niet ingedeeld (9)");

		send(project, "voorstel", "placement.proposed");
		assertThat(monday).allSatisfy((id) -> assertThat(meetingOf(id)).isEqualTo(project.monday()));
		assertThat(tuesday).allSatisfy((id) -> assertThat(meetingOf(id)).isEqualTo(project.tuesday()));
		assertThat(meetingOf(nobody)).isNull();
		String page = page(project, project.coordinator());
		assertThat(page)
			.contains("Alle rollen zijn er.", "Niet ingedeeld (1)", "Zaterdag Zus",
					"Er is geen dialoog op de dagen of dagdelen die deze persoon kan.", "Een tolk")
			.doesNotContain("@test.example", "Let op:");

		// The coordinator fixes a Monday person in the Tuesday dialogue: a warning, and a
		// new proposal keeps them there.
		send(project, "verplaatsen", "placement.movedWithWarning", "signUp", monday.get(0).toString(), "meeting",
				Long.toString(project.tuesday()));
		assertThat(page(project, project.coordinator())).contains("Let op:",
				"Maan FOSTER_PARENT kan niet op deze dag of dit dagdeel.",
				"Maan FOSTER_PARENT doet niet op deze manier mee");
		send(project, "voorstel", "placement.proposed");
		assertThat(meetingOf(monday.get(0))).isEqualTo(project.tuesday());
		// Released, the next proposal puts them back where they can come.
		send(project, "vastzetten", "placement.unfixed", "signUp", monday.get(0).toString(), "fixed", "false");
		send(project, "voorstel", "placement.proposed");
		assertThat(meetingOf(monday.get(0))).isEqualTo(project.monday());

		// Moved back to not placed by hand, the person is listed there.
		send(project, "verplaatsen", "placement.moved", "signUp", tuesday.get(3).toString());
		assertThat(meetingOf(tuesday.get(3))).isNull();
		assertThat(page(project, project.coordinator())).contains("Niet ingedeeld (2)");
		// Nonsense is refused with a message, and nothing changes.
		send(project, "verplaatsen", "!placement.unknownPerson", "signUp", "987654321", "meeting",
				Long.toString(project.monday()));
		send(project, "verplaatsen", "!placement.unknownDialogue", "signUp", tuesday.get(3).toString(), "meeting",
				"987654321");
		send(project, "vastzetten", "!placement.notInAGroup", "signUp", tuesday.get(3).toString(), "fixed", "true");
		assertThat(meetingOf(tuesday.get(3))).isNull();
	}

	@Test
	void twoWhoShareACaseMustNotMeetAndThePageNeverSaysWhy() throws Exception {
		Project project = project(8);
		group(project, "Een", "EITHER", DayOfWeek.MONDAY);
		String hash = "a".repeat(64);
		long first = this.fixtures.signUp(project.id(), "Gedeeld Een", email(), ParticipantRole.PARENT, "EITHER", hash,
				DayOfWeek.MONDAY);
		long second = this.fixtures.signUp(project.id(), "Gedeeld Twee", email(), ParticipantRole.FOSTER_PARENT,
				"EITHER", hash, DayOfWeek.MONDAY);
		send(project, "verplaatsen", "placement.moved", "signUp", Long.toString(first), "meeting",
				Long.toString(project.monday()));
		send(project, "verplaatsen", "placement.movedWithWarning", "signUp", Long.toString(second), "meeting",
				Long.toString(project.monday()));
		assertThat(page(project, project.coordinator()))
			.contains("Gedeeld Twee en Gedeeld Een mogen niet samen in een groep.")
			.doesNotContain(hash, "zaak van", "organisatie van");
	}

	@Test
	void confirmingADialogueRegistersEachMemberOnceWithOneMailAlsoWhenSentTwiceAtOnce() throws Exception {
		Project project = project(8);
		List<Long> monday = group(project, "Bevestig", "EITHER", DayOfWeek.MONDAY);
		send(project, "voorstel", "placement.proposed");
		SentTwice.Page page = this.sentTwice.open(project.page(), user(project.coordinator()));
		List<MockHttpServletResponse> answers = this.sentTwice.atOnce(
				() -> page.from(post(project.page() + "/bevestigen").param("meeting", Long.toString(project.monday())))
					.with(user(project.coordinator())),
				() -> page.from(post(project.page() + "/bevestigen").param("meeting", Long.toString(project.monday())))
					.with(user(project.coordinator())));
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.getStatus()).isEqualTo(302));
		assertThat(registrations(project.monday())).isEqualTo(4);
		assertThat(confirmedMails(project.monday())).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from project_group_member g join registration r on r.id = g.registration_id
				where g.sign_up_id in (?, ?, ?, ?) and r.meeting_id = ? and r.consent_version = '2026-12-4'""",
				Long.class, monday.get(0), monday.get(1), monday.get(2), monday.get(3), project.monday()))
			.isEqualTo(4);
		// Confirming again changes nothing.
		send(project, "bevestigen", "placement.nothingToConfirm", "meeting", Long.toString(project.monday()));
		assertThat(registrations(project.monday())).isEqualTo(4);
		assertThat(confirmedMails(project.monday())).isEqualTo(4);
		String email = this.jdbc.queryForObject("select email from project_sign_up where id = ?", String.class,
				monday.get(1));
		assertThat(Mailbox.subject(this.mailbox.latest(email, 1))).isNotBlank();
		assertThat(page(project, project.coordinator())).contains("Bevestigd").doesNotContain("Bevestig deze groep");
		// Someone with a place is not moved by the coordinator.
		send(project, "verplaatsen", "!placement.alreadyConfirmed", "signUp", monday.get(0).toString());

		// Someone who cancels through their personal link is not placed any more, and a
		// new proposal leaves them out until the coordinator moves them.
		String link = Mailbox.link(this.mailbox.latest(email, 1), "/aanmelding/", "");
		this.mvc.perform(post(link + "/annuleren").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(registrations(project.monday())).isEqualTo(3);
		assertThat(page(project, project.coordinator())).contains("Heeft zich afgemeld voor de dialoog van",
				"Niet ingedeeld (1)");
		send(project, "voorstel", "placement.proposed");
		assertThat(this.jdbc.queryForObject(
				"select registration_id is not null from project_group_member " + "where sign_up_id = ?", Boolean.class,
				monday.get(1)))
			.isTrue();
		send(project, "verplaatsen", "placement.moved", "signUp", monday.get(1).toString(), "meeting",
				Long.toString(project.monday()));
		send(project, "bevestigen", "placement.confirmed", "meeting", Long.toString(project.monday()));
		assertThat(registrations(project.monday())).isEqualTo(4);
	}

	@Test
	void confirmingAllCompleteGroupsLeavesAnIncompleteOneWaiting() throws Exception {
		Project project = project(8);
		List<Long> monday = group(project, "Compleet", "EITHER", DayOfWeek.MONDAY);
		List<Long> tuesday = group(project, "Onvolledig", "EITHER", DayOfWeek.TUESDAY);
		send(project, "voorstel", "placement.proposed");
		// The coordinator takes one out of the Tuesday group: it lacks a role now.
		send(project, "verplaatsen", "placement.moved", "signUp", tuesday.get(2).toString());
		assertThat(page(project, project.coordinator())).contains("Bevestig alle complete groepen");
		send(project, "bevestigen-compleet", "placement.confirmedAll");
		assertThat(registrations(project.monday())).isEqualTo(4);
		assertThat(confirmedMails(project.monday())).isEqualTo(4);
		assertThat(registrations(project.tuesday())).isZero();
		assertThat(meetingOf(tuesday.get(0))).isEqualTo(project.tuesday());
		assertThat(meetingOf(monday.get(0))).isEqualTo(project.monday());
		// Again: nothing more.
		send(project, "bevestigen-compleet", "placement.nothingToConfirm");
		assertThat(registrations(project.monday())).isEqualTo(4);
		assertThat(page(project, project.coordinator())).doesNotContain("Bevestig alle complete groepen");
	}

	@Test
	void aFullRoleOrACancelledDialogueIsRefusedAndNothingIsSentForIt() throws Exception {
		Project project = project(8);
		group(project, "Vol", "EITHER", DayOfWeek.MONDAY);
		send(project, "voorstel", "placement.proposed");
		// Cancelled after the proposal: confirming says so and registers nobody.
		this.jdbc.update("update meeting set cancelled = true, cancelled_at = now(), cancellation_reason = 'Ziek' "
				+ "where id = ?", project.monday());
		send(project, "bevestigen", "!placement.closed", "meeting", Long.toString(project.monday()));
		assertThat(registrations(project.monday())).isZero();
		assertThat(confirmedMails(project.monday())).isZero();
		assertThat(page(project, project.coordinator())).doesNotContain("Maandagavond");

		// A quota of one foster parent that is taken: the others are placed, not they.
		Project quota = project(8);
		this.jdbc.update("insert into meeting_quota (meeting_id, role, places) values (?, 'FOSTER_PARENT', 1)",
				quota.monday());
		List<Long> people = group(quota, "Quota", "EITHER", DayOfWeek.MONDAY);
		send(quota, "voorstel", "placement.proposed");
		this.jdbc.update("""
				insert into registration (meeting_id, name, email, role, consent_version, consent_at, language, status,
				  created_at, status_changed_at) values (?, 'Al Binnen', ?, 'FOSTER_PARENT', '2026-12-4', now(), 'nl',
				  'CONFIRMED', now(), now())""", quota.monday(), email());
		send(quota, "bevestigen", "placement.confirmedSomeFull", "meeting", Long.toString(quota.monday()));
		assertThat(registrations(quota.monday())).isEqualTo(4);
		assertThat(this.jdbc.queryForObject(
				"select registration_id is null from project_group_member where sign_up_id = ?", Boolean.class,
				people.get(0)))
			.isTrue();
	}

	@Test
	void onlyWhoRunsTheProjectUsesThePageWhoseCostDoesNotGrow() throws Exception {
		Project project = project(40);
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ32");
		this.mvc.perform(get(project.page()).with(user(policymaker))).andExpect(status().isForbidden());
		this.mvc.perform(post(project.page() + "/voorstel").with(csrf()).with(user(policymaker)))
			.andExpect(status().isForbidden());
		long regional = this.trajectories.create("JZ32", "Geen project", project.coordinator().id());
		this.mvc.perform(get("/projecten/" + regional + "/indeling").with(user(project.coordinator())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(project.page())).andExpect(status().is3xxRedirection());

		group(project, "Weinig", "EITHER", DayOfWeek.MONDAY);
		send(project, "voorstel", "placement.proposed");
		send(project, "bevestigen", "placement.confirmed", "meeting", Long.toString(project.monday()));
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		long few = statements.forPage(this.mvc, project.page(), project.coordinator());
		for (int i = 0; i < 6; i++) {
			group(project, "Veel " + i, "EITHER", DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
		}
		for (int i = 0; i < 4; i++) {
			long extra = this.fixtures.dialogue(project.id(), "Extra " + i,
					PlacementFixtures.next(DayOfWeek.MONDAY).plusWeeks(i + 1), LocalTime.of(19, 30), false, 40,
					Map.of());
			// Dialogues with a region cost no statement of their own.
			send(project, "regio", "placement.regionSet", "meeting", Long.toString(extra), "regionCode", "JZ32");
		}
		send(project, "voorstel", "placement.proposed");
		send(project, "bevestigen", "placement.confirmed", "meeting", Long.toString(project.tuesday()));
		long many = statements.forPage(this.mvc, project.page(), project.coordinator());
		assertThat(many).isEqualTo(few);
		assertThat(few).as("roles, dialogues, their regions, sign-ups, dates, week parts, the draft, the registrations")
			.isGreaterThanOrEqualTo(8);
		assertThat(page(project, project.coordinator())).contains("Veel 5", "Extra 3");
	}

	/**
	 * The region of an in-person dialogue (decision 49): set through the page's form, the
	 * assistant keeps someone of another region out of it; the coordinator who puts them
	 * there anyway sees a warning. Nonsense is refused with a message, and only who runs
	 * the project sets a region.
	 */
	@Test
	void aRegionOnAnInPersonDialogueKeepsOtherRegionsOut() throws Exception {
		Project project = project(8);
		List<Long> nijmegen = ROLES.subList(1, ROLES.size())
			.stream()
			.map((role) -> this.fixtures.signUp(project.id(), "Nijmegen " + role, email(), role, "IN_PERSON", null,
					DayOfWeek.MONDAY))
			.toList();
		long groningen = this.fixtures.signUp(project.id(), "Gerda Groningen", email(), ParticipantRole.FOSTER_PARENT,
				"IN_PERSON", null, DayOfWeek.MONDAY);
		this.jdbc.update("update project_sign_up set region_code = 'JZ01' where id = ?", groningen);
		assertThat(page(project, project.coordinator()))
			.contains("Regio nog niet gekozen: iedereen die op locatie kan, kan worden ingedeeld.", "Kies een regio",
					"Regio opslaan")
			.containsOnlyOnce("Regio nog niet gekozen");

		// Without a region, the in-person dialogue takes anyone who can come in person.
		send(project, "voorstel", "placement.proposed");
		assertThat(meetingOf(groningen)).isEqualTo(project.monday());
		assertThat(nijmegen).allSatisfy((id) -> assertThat(meetingOf(id)).isEqualTo(project.monday()));

		// The coordinator gives the Monday dialogue the region Rijk van Nijmegen: the
		// page
		// warns about Gerda, and the next proposal leaves her out, with the reason.
		send(project, "regio", "placement.regionSet", "meeting", Long.toString(project.monday()), "regionCode", "JZ32");
		assertThat(this.jdbc.queryForObject("select region_code from project_dialogue_region where meeting_id = ?",
				String.class, project.monday()))
			.isEqualTo("JZ32");
		assertThat(page(project, project.coordinator()))
			.contains("Regio: Rijk van Nijmegen. Alleen mensen uit deze regio worden hier ingedeeld.",
					"Gerda Groningen woont in een andere regio.")
			.doesNotContain("Regio nog niet gekozen");
		this.mvc.perform(post(project.page() + "/voorstel").with(csrf()).with(user(project.coordinator())))
			.andExpect(redirectedUrl(project.page()));
		assertThat(meetingOf(groningen)).isNull();
		assertThat(this.jdbc.queryForObject("select reason from project_group_member where sign_up_id = ?",
				String.class, groningen))
			.isEqualTo("NO_DIALOGUE_IN_THEIR_MODE_OR_REGION");
		assertThat(page(project, project.coordinator())).contains("of niet in de eigen regio")
			.doesNotContain("woont in een andere regio");

		// Moved there by hand, she is placed with a warning.
		send(project, "verplaatsen", "placement.movedWithWarning", "signUp", Long.toString(groningen), "meeting",
				Long.toString(project.monday()));
		assertThat(page(project, project.coordinator())).contains("Gerda Groningen woont in een andere regio.");

		// Changed to Groningen, Gerda fits; someone from Nijmegen moved there gets the
		// warning.
		send(project, "regio", "placement.regionSet", "meeting", Long.toString(project.monday()), "regionCode", "JZ01");
		assertThat(page(project, project.coordinator())).contains("Regio: Groningen.")
			.doesNotContain("woont in een andere regio");
		send(project, "verplaatsen", "placement.movedWithWarning", "signUp", Long.toString(nijmegen.get(0)), "meeting",
				Long.toString(project.monday()));
		assertThat(page(project, project.coordinator())).contains("Nijmegen PARENT woont in een andere regio.")
			.doesNotContain("Gerda Groningen woont in een andere regio.");

		// Nonsense is refused with a message, and the region stays.
		send(project, "regio", "!placement.region.unknown", "meeting", Long.toString(project.monday()), "regionCode",
				"JZ99");
		send(project, "regio", "!placement.region.unknown", "meeting", Long.toString(project.monday()), "regionCode",
				"'; drop table region; --");
		send(project, "regio", "!placement.region.unknown", "meeting", Long.toString(project.monday()));
		send(project, "regio", "!placement.region.notInPerson", "meeting", Long.toString(project.tuesday()),
				"regionCode", "JZ32");
		send(project, "regio", "!placement.region.notInPerson", "meeting", "987654321", "regionCode", "JZ32");
		send(project, "regio", "!placement.region.notInPerson", "regionCode", "JZ32");
		Project other = project(8);
		send(project, "regio", "!placement.region.notInPerson", "meeting", Long.toString(other.monday()), "regionCode",
				"JZ32");
		this.mvc
			.perform(post(project.page() + "/regio").with(csrf())
				.with(user(project.coordinator()))
				.param("meeting", "geen getal")
				.param("regionCode", "JZ32"))
			.andExpect(status().is4xxClientError());
		assertThat(
				this.jdbc.queryForList("select region_code from project_dialogue_region where meeting_id in (?, ?, ?)",
						String.class, project.monday(), project.tuesday(), other.monday()))
			.containsExactly("JZ01");

		// Only who runs the project.
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ32");
		this.mvc
			.perform(post(project.page() + "/regio").with(csrf())
				.with(user(policymaker))
				.param("meeting", Long.toString(project.monday()))
				.param("regionCode", "JZ32"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(project.page() + "/regio").with(csrf())
				.param("meeting", Long.toString(project.monday()))
				.param("regionCode", "JZ32"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select region_code from project_dialogue_region where meeting_id = ?",
				String.class, project.monday()))
			.isEqualTo("JZ01");
	}

	/**
	 * A project that draws from some regions offers only those for its dialogues, and
	 * refuses another one (sent by hand) with a message; a nationwide project offers all.
	 */
	@Test
	void theRegionOfADialogueIsOneOfTheProjectsRegions() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.signUps.project("Bereik " + UUID.randomUUID(), Set.of("JZ32", "JZ01")).id();
		long monday = this.fixtures.dialogue(id, "Maandagavond", PlacementFixtures.next(DayOfWeek.MONDAY),
				LocalTime.of(19, 30), false, 8, Map.of());
		Project project = new Project(id, monday, monday, coordinator);
		String page = page(project, coordinator);
		assertThat(page)
			.contains("<option value=\"JZ32\">Rijk van Nijmegen</option>", "<option value=\"JZ01\">Groningen</option>")
			.doesNotContain("value=\"JZ33\"", "value=\"JZ41\"");
		assertThat(page.split("<option value=\"JZ", -1)).hasSize(3);

		send(project, "regio", "!placement.region.outsideReach", "meeting", Long.toString(monday), "regionCode",
				"JZ33");
		assertThat(this.jdbc.queryForList("select region_code from project_dialogue_region where meeting_id = ?",
				String.class, monday))
			.isEmpty();
		send(project, "regio", "placement.regionSet", "meeting", Long.toString(monday), "regionCode", "JZ01");
		send(project, "regio", "!placement.region.outsideReach", "meeting", Long.toString(monday), "regionCode",
				"JZ41");
		assertThat(this.jdbc.queryForObject("select region_code from project_dialogue_region where meeting_id = ?",
				String.class, monday))
			.isEqualTo("JZ01");

		// Nationwide: every region.
		Project nationwide = project(8);
		assertThat(page(nationwide, nationwide.coordinator()).split("<option value=\"JZ", -1)).hasSize(43);
		send(nationwide, "regio", "placement.regionSet", "meeting", Long.toString(nationwide.monday()), "regionCode",
				"JZ33");
	}

	/**
	 * A child's sign-up counted once a parent or guardian consented (decision 50): the
	 * child is grouped like anyone else, and confirming carries the age group and that
	 * consent into the registration, so the child has a place without the adult being
	 * asked again.
	 */
	@Test
	void aChildWithAGuardiansConsentIsPlacedWithThatConsent() throws Exception {
		Project project = project(10);
		this.jdbc.update("insert into national_project_role (trajectory_id, role) values (?, 'FOSTER_CHILD')",
				project.id());
		List<Long> monday = group(project, "Kind", "EITHER", DayOfWeek.MONDAY);
		String email = email();
		long child = this.jdbc.queryForObject("""
				insert into project_sign_up (trajectory_id, name, email, role, age_group, region_code, mode, status,
				  privacy_version, language, created_at, confirmed_at)
				values (?, 'Sam Pleegkind', ?, 'FOSTER_CHILD', 'FROM_12_TO_16', 'JZ32', 'EITHER', 'CONFIRMED',
				  '2026-12-5', 'nl', now(), now())
				returning id""", Long.class, project.id(), email);
		this.jdbc.update(
				"""
						insert into project_sign_up_consent (sign_up_id, requested_at, lapses_at, decision, decided_at, text_version)
						values (?, now() - interval '2 days', now() + interval '5 days', 'GIVEN', now() - interval '1 day',
						  '2026-12-project-1')""",
				child);
		this.jdbc.update("insert into project_sign_up_week_part (sign_up_id, weekday, part) values (?, 1, 'EVENING')",
				child);

		send(project, "voorstel", "placement.proposed");
		assertThat(meetingOf(child)).as("the child is grouped: their role is one of the project's")
			.isEqualTo(project.monday());
		assertThat(monday).allSatisfy((id) -> assertThat(meetingOf(id)).isEqualTo(project.monday()));
		send(project, "bevestigen", "placement.confirmed", "meeting", Long.toString(project.monday()));

		assertThat(this.jdbc.queryForMap("""
				select r.status, r.age_group, c.decision, c.guardian_email, c.text_version, c.token_hash
				from project_group_member g join registration r on r.id = g.registration_id
				join guardian_consent c on c.registration_id = r.id where g.sign_up_id = ?""", child))
			.containsEntry("status", "CONFIRMED")
			.containsEntry("age_group", "FROM_12_TO_16")
			.containsEntry("decision", "GIVEN")
			.containsEntry("guardian_email", null)
			.containsEntry("text_version", "2026-12-project-1")
			.containsEntry("token_hash", null);
		assertThat(confirmedMails(project.monday())).isEqualTo(5);
		assertThat(Mailbox.subject(this.mailbox.latest(email, 1))).isNotBlank();

		// The meeting's participant list says where the consent came from (no guardian
		// name was ever asked for it), in Dutch and in English; nobody else has it.
		String meetingPage = this.mvc
			.perform(get("/bijeenkomsten/" + project.monday()).with(user(project.coordinator())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(meetingPage).containsOnlyOnce(
				"Toestemming gegeven door een ouder of voogd, bij de aanmelding voor het project (tekstversie 2026-12-project-1)");
		assertThat(this.mvc
			.perform(get("/bijeenkomsten/" + project.monday() + "?taal=en").with(user(project.coordinator())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).containsOnlyOnce(
					"Consent given by a parent or guardian when signing up for the project (text version 2026-12-project-1)");
	}

	/**
	 * A dialogue cancelled after its group was confirmed: its people are not stuck as
	 * "had a place", the next proposal places them again.
	 */
	@Test
	void whoseDialogueIsCancelledIsPlacedAgain() throws Exception {
		Project project = project(8);
		List<Long> people = group(project, "Afgelast", "EITHER", DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
		send(project, "voorstel", "placement.proposed");
		long first = meetingOf(people.get(0));
		send(project, "bevestigen", "placement.confirmed", "meeting", Long.toString(first));
		this.jdbc.update("update meeting set cancelled = true, cancelled_at = now(), cancellation_reason = 'Ziek' "
				+ "where id = ?", first);
		assertThat(page(project, project.coordinator())).doesNotContain("al een plaats");
		send(project, "voorstel", "placement.proposed");
		long other = (first == project.monday()) ? project.tuesday() : project.monday();
		assertThat(people).allSatisfy((id) -> assertThat(meetingOf(id)).isEqualTo(other));
		send(project, "bevestigen", "placement.confirmed", "meeting", Long.toString(other));
		assertThat(registrations(other)).isEqualTo(4);
	}

	/**
	 * Someone on the waitlist of their own registration at the dialogue gets the place
	 * when the coordinator confirms them; a child under 16 whose sign-up has no
	 * guardian's consent is never grouped.
	 */
	@Test
	void aWaitlistedRegistrationGetsThePlaceAndAChildWithoutConsentIsNotGrouped() throws Exception {
		Project project = project(8);
		List<Long> people = group(project, "Wacht", "EITHER", DayOfWeek.MONDAY);
		String email = this.jdbc.queryForObject("select email from project_sign_up where id = ?", String.class,
				people.get(0));
		long own = this.jdbc.queryForObject(
				"""
						insert into registration (meeting_id, name, email, role, consent_version, consent_at, language, status,
						  created_at, status_changed_at) values (?, 'Zelf Aangemeld', ?, 'FOSTER_PARENT', '2026-12-4', now(), 'nl',
						  'WAITLISTED', now(), now()) returning id""",
				Long.class, project.monday(), email);
		// The parent of the group turns out to be a child under 16 without consent (as a
		// guardian's data request before the child confirmed would leave it); another
		// parent takes the place.
		this.jdbc
			.update("update project_sign_up set role = 'FOSTER_CHILD', age_group = 'UNDER_12', organisation = null "
					+ "where id = ?", people.get(1));
		this.fixtures.signUp(project.id(), "Extra Ouder", email(), ParticipantRole.PARENT, "EITHER", null,
				DayOfWeek.MONDAY);
		send(project, "voorstel", "placement.proposed");
		assertThat(meetingOf(people.get(1))).as("a child under 16 without consent").isNull();
		assertThat(page(project, project.coordinator())).doesNotContain("Wacht " + ParticipantRole.PARENT);
		send(project, "verplaatsen", "!placement.unknownPerson", "signUp", people.get(1).toString(), "meeting",
				Long.toString(project.monday()));
		send(project, "bevestigen", "placement.confirmed", "meeting", Long.toString(project.monday()));
		assertThat(this.jdbc.queryForMap("select status from registration where id = ?", own)).containsEntry("status",
				"CONFIRMED");
		assertThat(this.jdbc.queryForObject("select registration_id from project_group_member where sign_up_id = ?",
				Long.class, people.get(0)))
			.isEqualTo(own);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from registration where meeting_id = ? and lower(email) = lower(?)", Long.class,
				project.monday(), email))
			.isOne();
		assertThat(registrations(project.monday())).isEqualTo(4);
		assertThat(confirmedMails(project.monday())).isEqualTo(4);
	}

	/**
	 * "Confirm all complete groups" leaves a complete group with a warning (two who must
	 * not meet) for the coordinator to look at and confirm on its own.
	 */
	@Test
	void confirmingAllLeavesAGroupWithAWarningWaiting() throws Exception {
		Project project = project(8);
		List<Long> monday = group(project, "Schoon", "EITHER", DayOfWeek.MONDAY);
		List<Long> tuesday = group(project, "Gewaarschuwd", "EITHER", DayOfWeek.TUESDAY);
		send(project, "voorstel", "placement.proposed");
		String hash = "b".repeat(64);
		this.jdbc.update("update project_sign_up set case_hash = ? where id in (?, ?)", hash, tuesday.get(0),
				tuesday.get(1));
		send(project, "bevestigen-compleet", "placement.confirmedAllButWarned");
		assertThat(registrations(project.monday())).isEqualTo(4);
		assertThat(registrations(project.tuesday())).isZero();
		assertThat(meetingOf(monday.get(0))).isEqualTo(project.monday());
		send(project, "bevestigen", "placement.confirmed", "meeting", Long.toString(project.tuesday()));
		assertThat(registrations(project.tuesday())).isEqualTo(4);
	}

}
