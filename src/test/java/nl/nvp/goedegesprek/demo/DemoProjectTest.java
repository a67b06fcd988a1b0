package nl.nvp.goedegesprek.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's national project "Samenwerken binnen pleegzorg" as issue 17's "done means"
 * asks: at least 40 dialogues over its dialogues step, those held before today with their
 * participants placed and checked in, a facilitator's link (ended, but for the most
 * recent one) and four to ten remarks each, quotes only with a role and consent; its
 * codebook with the five themes of the issue, each in at least five dialogues, and two
 * smaller ones the analysis shows without figures; the remarks coded (but for the most
 * recent dialogue's); advice on the five themes, resting on their dialogues and published
 * as one output; and a podcast episode and the travel story "Samen op reis binnen
 * pleegzorg" published. The coordinator's analysis, coding and advice pages show it.
 */
@SpringBootTest(properties = "spring.docker.compose.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoProjectTest {

	/** The five themes of issue 17. */
	private static final List<String> THEMES = List.of("Rollen en taken van pleegzorgbegeleider en jeugdbeschermer",
			"Verwachtingen", "Transparantie", "Positie van pleegouders", "Positie van ouders");

	private static final List<String> SMALL_THEMES = List.of("Eigen kinderen van pleegouders",
			"Contact met broers en zussen");

	@DynamicPropertySource
	static void ownDatabaseAndNoMailServer(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.fresh();
		database.register(registry);
		int port = DemoBrowserTest.freePort();
		registry.add("spring.mail.port", () -> port);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	private long project;

	private LocalDate today;

	@BeforeEach
	void theProject() {
		this.project = this.jdbc.sql("select id from trajectory where title = 'Samenwerken binnen pleegzorg'")
			.query(Long.class)
			.single();
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void fortyFourDialoguesOverTheDialoguesStepHeldOnesWithTheirParticipants() {
		Map<String, Object> dialogues = this.jdbc.sql("""
				select count(*) as total, count(*) filter (where m.meeting_date < :today) as held,
				       count(*) filter (where m.online) as online, count(distinct m.address) as places,
				       count(*) filter (where m.type = 'DIALOGUE_SESSION' and m.step = 'DIALOGUES'
				                        and m.meeting_date between s.planned_start and s.planned_end) as in_step
				from meeting m join trajectory_step s on s.trajectory_id = m.trajectory_id and s.type = 'DIALOGUES'
				where m.trajectory_id = :project""")
			.param("today", this.today)
			.param("project", this.project)
			.query()
			.singleRow();
		assertThat((Long) dialogues.get("total")).isGreaterThanOrEqualTo(40);
		assertThat(dialogues.get("in_step")).isEqualTo(dialogues.get("total"));
		assertThat((Long) dialogues.get("held")).isBetween(20L, 30L);
		assertThat((Long) dialogues.get("online")).isGreaterThan(5).isLessThan((Long) dialogues.get("total") / 2);
		assertThat((Long) dialogues.get("places")).isGreaterThanOrEqualTo(8);

		// Every dialogue: one or two places for each of the project's four roles, no
		// others.
		assertThat(this.jdbc.sql("""
				select count(distinct q.meeting_id) from meeting_quota q join meeting m on m.id = q.meeting_id
				where m.trajectory_id = ? and (q.places not between 1 and 2
				  or q.role not in ('FOSTER_PARENT', 'PARENT', 'FOSTER_CARE_WORKER', 'CHILD_PROTECTION_WORKER'))""")
			.param(this.project)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from meeting m where m.trajectory_id = ?
				and (select count(*) from meeting_quota q where q.meeting_id = m.id) <> 4""")
			.param(this.project)
			.query(Long.class)
			.single()).isZero();

		// The held ones: their people placed (confirmed, a role each, an example.org
		// address), nearly all checked in, never more than the places of a role; the
		// ones to come are empty.
		List<Map<String, Object>> held = this.jdbc
			.sql("""
					select m.id, count(r.id) as placed, count(r.checked_in_at) as came,
					       count(r.id) filter (where r.email not like '%@example.org') as other_addresses,
					       bool_and(r.status = 'CONFIRMED') as confirmed,
					       bool_and((select count(*) from registration o where o.meeting_id = m.id and o.role = r.role)
					                <= (select q.places from meeting_quota q where q.meeting_id = m.id and q.role = r.role)) as within
					from meeting m join registration r on r.meeting_id = m.id
					where m.trajectory_id = :project and m.meeting_date < :today group by m.id""")
			.param("project", this.project)
			.param("today", this.today)
			.query()
			.listOfRows();
		assertThat(held).hasSize(((Long) dialogues.get("held")).intValue());
		assertThat(held).allSatisfy((dialogue) -> {
			assertThat((Long) dialogue.get("placed")).isBetween(4L, 8L);
			assertThat((Long) dialogue.get("came")).isBetween((Long) dialogue.get("placed") - 1,
					(Long) dialogue.get("placed"));
			assertThat(dialogue).containsEntry("other_addresses", 0L)
				.containsEntry("confirmed", true)
				.containsEntry("within", true);
		});
		assertThat(this.jdbc.sql("""
				select count(*) from registration r join meeting m on m.id = r.meeting_id
				where m.trajectory_id = ? and m.meeting_date >= ?""")
			.params(this.project, this.today)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theHeldDialoguesHaveAFacilitatorsLinkAndFourToTenRemarks() {
		List<Map<String, Object>> held = this.jdbc
			.sql("""
					select m.id, m.meeting_date,
					       (select count(*) from dialogue_remark r where r.meeting_id = m.id) as remarks,
					       (select count(*) from facilitator_link l where l.meeting_id = m.id) as links,
					       (select count(*) from facilitator_link l where l.meeting_id = m.id and l.expires_at > now()) as working,
					       (select bool_and(r.facilitator_link_id is not null) from dialogue_remark r where r.meeting_id = m.id) as linked
					from meeting m where m.trajectory_id = :project and m.meeting_date < :today
					order by m.meeting_date""")
			.param("project", this.project)
			.param("today", this.today)
			.query()
			.listOfRows();
		assertThat(held).allSatisfy((dialogue) -> {
			assertThat((Long) dialogue.get("remarks")).isBetween(4L, 10L);
			assertThat(dialogue).containsEntry("links", 1L).containsEntry("linked", true);
		});
		// Only the most recent dialogue's link still works (it ends three days after).
		assertThat(held.subList(0, held.size() - 1)).allSatisfy(
				(dialogue) -> assertThat(dialogue).as("an old dialogue's link has ended").containsEntry("working", 0L));
		assertThat(held.get(held.size() - 1)).containsEntry("working", 1L);
		assertThat(this.jdbc.sql("""
				select count(*) from dialogue_remark r join meeting m on m.id = r.meeting_id
				where r.trajectory_id = ? and m.meeting_date >= ?""")
			.params(this.project, this.today)
			.query(Long.class)
			.single()).isZero();

		// Every kind of remark; quotes with a role and consent; several roles speak.
		Map<String, Object> kinds = this.jdbc
			.sql("""
					select count(*) filter (where kind = 'GOES_WELL') as well, count(*) filter (where kind = 'CAN_BE_BETTER') as better,
					       count(*) filter (where kind = 'IDEA') as idea, count(*) filter (where kind = 'QUOTE') as quote,
					       count(*) filter (where kind = 'QUOTE' and (speaker_role is null or not consent)) as bad_quotes,
					       count(distinct speaker_role) as roles
					from dialogue_remark where trajectory_id = ?""")
			.param(this.project)
			.query()
			.singleRow();
		assertThat(kinds).containsEntry("bad_quotes", 0L).containsEntry("roles", 4L);
		assertThat(List.of(kinds.get("well"), kinds.get("better"), kinds.get("idea"), kinds.get("quote")))
			.allSatisfy((count) -> assertThat((Long) count).isGreaterThanOrEqualTo(8));
	}

	@Test
	void theFiveThemesAreCodedInAtLeastFiveDialoguesAndTwoSmallOnesInFewer() {
		Map<String, Long> dialoguesPerTheme = new java.util.HashMap<>();
		this.jdbc.sql("""
				select t.name, count(distinct r.meeting_id) from project_theme t
				left join dialogue_remark_theme x on x.theme_id = t.id left join dialogue_remark r on r.id = x.remark_id
				where t.trajectory_id = ? group by t.name""")
			.param(this.project)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach((entry) -> dialoguesPerTheme.put(entry.getKey(), entry.getValue()));
		assertThat(dialoguesPerTheme).hasSize(7);
		THEMES.forEach((theme) -> assertThat(dialoguesPerTheme.get(theme)).as(theme).isGreaterThanOrEqualTo(5));
		SMALL_THEMES.forEach((theme) -> assertThat(dialoguesPerTheme.get(theme)).as(theme).isBetween(1L, 4L));

		// Coded: every remark with a theme's words, but for the most recent dialogue's
		// (still to code) and a few about the dialogue itself.
		Map<String, Object> coding = this.jdbc
			.sql("""
					select count(*) filter (where m.meeting_date < l.last) as before_last,
					       count(*) filter (where m.meeting_date < l.last and exists
					         (select 1 from dialogue_remark_theme x where x.remark_id = r.id)) as coded,
					       count(*) filter (where m.meeting_date = l.last and exists
					         (select 1 from dialogue_remark_theme x where x.remark_id = r.id)) as coded_last
					from dialogue_remark r join meeting m on m.id = r.meeting_id,
					     (select max(m2.meeting_date) as last from dialogue_remark r2 join meeting m2 on m2.id = r2.meeting_id
					      where r2.trajectory_id = :project) l
					where r.trajectory_id = :project""")
			.param("project", this.project)
			.query()
			.singleRow();
		assertThat((Long) coding.get("coded")).isBetween((Long) coding.get("before_last") - 3,
				(Long) coding.get("before_last"));
		assertThat(coding).containsEntry("coded_last", 0L);
	}

	@Test
	void adviceOnTheFiveThemesIsPublishedWithThePodcastAndTheTravelStory() {
		List<Map<String, Object>> advice = this.jdbc
			.sql("""
					select t.name, a.title, (select count(*) from project_advice_dialogue d where d.advice_id = a.id) as dialogues
					from project_advice a join project_theme t on t.id = a.theme_id where a.trajectory_id = ?""")
			.param(this.project)
			.query()
			.listOfRows();
		assertThat(advice).extracting((row) -> row.get("name")).containsExactlyInAnyOrderElementsOf(THEMES);
		assertThat(advice).allSatisfy((row) -> assertThat((Long) row.get("dialogues")).isGreaterThanOrEqualTo(5));
		assertThat(advice).extracting((row) -> row.get("title"))
			.contains("Begin vóór een plaatsing een gesprek met alle partijen",
					"Maatjes voor ouders van een uithuisgeplaatst kind");

		assertThat(this.jdbc.sql("""
				select o.kind || ':' || o.title from output o where o.trajectory_id = ? and o.published_at is not null
				order by o.kind""").param(this.project).query(String.class).list()).hasSize(3)
			.anyMatch((output) -> output.startsWith("ADVICE:"))
			.anyMatch((output) -> output.startsWith("PODCAST_EPISODE:"))
			.contains("TRAVEL_STORY:Samen op reis binnen pleegzorg");
		assertThat(this.jdbc.sql("""
				select count(*) from project_advice_publication p join output o on o.id = p.output_id
				where p.trajectory_id = ? and o.kind = 'ADVICE'""").param(this.project).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theCoordinatorsAnalysisShowsTheFiveThemesAndHidesTheSmallOnes() throws Exception {
		Cookie session = this.mvc
			.perform(formLogin("/inloggen").user("landelijk@goedegesprek.example").password("goedegesprek-demo"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String analysis = this.mvc.perform(get("/trajecten/{id}/analyse", this.project).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		THEMES.forEach((theme) -> assertThat(analysis).contains("data-theme=\"" + theme + "\""));
		assertThat(analysis).contains("Kwam in minder dan 5 dialogen voor.");
		assertThat(analysis.split("class=\"small-theme\"", -1)).hasSize(3);
		assertThat(analysis).contains("Ik ben nog steeds zijn moeder. Vraag mij ook wat ik vind.");
		this.mvc.perform(get("/trajecten/{id}/codering", this.project).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dialoog 1")));
		this.mvc.perform(get("/trajecten/{id}/adviezen", this.project).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Begin vóór een plaatsing een gesprek met alle partijen"),
					containsString("Maatjes voor ouders van een uithuisgeplaatst kind"))));
		this.mvc.perform(get("/opbrengsten"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Samen op reis binnen pleegzorg")));
	}

}
