package nl.nvp.goedegesprek.overview.annual;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.overview.AnnualMeetings;
import nl.nvp.goedegesprek.overview.annual.AnnualNumbers.RoleCount;
import nl.nvp.goedegesprek.overview.annual.AnnualNumbers.Year;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual numbers (issue 16) on a known data set in 2018 and 2019 (years no other test
 * uses): regions reached, meetings held (not the cancelled one, nor one still to come),
 * participants per role (a group of 5 shown, one of 4 hidden, pending and absent people
 * not counted, the total only where it gives no hidden group away), actions agreed and
 * done by their status history; the CSV with the same numbers; a policymaker counts only
 * their region; the year we are in only for coordinators, marked "tot nu toe" (the clock
 * set in 2019); the page costs as many statements with little data as with much.
 */
@IntegrationTest
class AnnualNumbersTest {

	private static final String HIDDEN_8 = ";Minder dan 5".repeat(8);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AnnualNumbers numbers;

	@Autowired
	private AnnualMeetings meetingCounts;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	/** Made once for the class: the known data set is counted by every test. */
	private static AccountPrincipal coordinator;

	private static long nijmegen;

	@BeforeEach
	void knownYears() {
		if (coordinator != null) {
			return;
		}
		coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ21", "JZ22", "JZ23", "JZ24");
		String suffix = " " + System.nanoTime();
		nijmegen = this.trajectories.createRunning("JZ21", "Jaarcijfers A" + suffix, coordinator.id());
		long b = this.trajectories.createRunning("JZ22", "Jaarcijfers B" + suffix, coordinator.id());
		long c = this.trajectories.createRunning("JZ23", "Jaarcijfers C" + suffix, coordinator.id());
		long cancelled = this.trajectories.createRunning("JZ24", "Jaarcijfers D" + suffix, coordinator.id());

		// 2019, region A: a meeting without attendance taken (everyone with a place
		// counts): 5 foster parents, 4 parents; someone who never confirmed does not.
		long march = meeting(nijmegen, LocalDate.of(2019, 3, 10));
		confirmed(march, ParticipantRole.FOSTER_PARENT, 5);
		confirmed(march, ParticipantRole.PARENT, 4);
		this.meetings.pending(march, "Nooit bevestigd", ParticipantRole.FOSTER_CHILD);
		// A cancelled meeting and its people do not count.
		long june = meeting(nijmegen, LocalDate.of(2019, 6, 12));
		confirmed(june, ParticipantRole.FOSTER_PARENT, 6);
		this.jdbc.update("update meeting set cancelled = true, cancellation_reason = 'Ziek', cancelled_at = now()"
				+ " where id = ?", june);
		// 2019, region B: attendance taken, so only who was checked in counts: 3
		// foster-care workers of 4.
		long october = meeting(b, LocalDate.of(2019, 10, 3));
		List<Long> workers = confirmed(october, ParticipantRole.FOSTER_CARE_WORKER, 4);
		workers.subList(0, 3)
			.forEach((id) -> this.jdbc.update("update registration set checked_in_at = now() where id = ?", id));
		// 2018, region A: 5 foster parents and nobody else.
		confirmed(meeting(nijmegen, LocalDate.of(2018, 11, 20)), ParticipantRole.FOSTER_PARENT, 5);
		// A meeting still to come counts in no year.
		confirmed(this.meetings.create(nijmegen, "Nog niet", 30, Map.of()).id(), ParticipantRole.FOSTER_PARENT, 5);
		// A cancelled trajectory's meeting does not count either.
		confirmed(meeting(cancelled, LocalDate.of(2019, 4, 4)), ParticipantRole.FOSTER_PARENT, 5);
		this.jdbc.update("update trajectory set status = 'CANCELLED' where id = ?", cancelled);

		// Actions: agreed in 2019 and done in 2019; agreed in 2018 and done in 2019;
		// only proposed; agreed in 2019 and stopped; in region C agreed in 2019.
		long topicA = this.harvest.choose(nijmegen, coordinator, "Transparantie").get(0);
		history(action(nijmegen, topicA, "A1"), "DONE", "AGREED 2019-02-01", "DONE 2019-11-01");
		history(action(nijmegen, topicA, "A2"), "DONE", "PROPOSED 2018-10-01", "AGREED 2018-12-01",
				"IN_PROGRESS 2019-01-15", "DONE 2019-05-01");
		history(action(nijmegen, topicA, "A3"), "PROPOSED", "PROPOSED 2019-03-01");
		history(action(nijmegen, topicA, "A4"), "STOPPED", "AGREED 2019-04-01", "STOPPED 2019-09-01");
		long topicC = this.harvest.choose(c, coordinator, "Transparantie").get(0);
		history(action(c, topicC, "C1"), "AGREED", "AGREED 2019-07-01");
	}

	@Test
	void theKnownYearsAreCountedAndSmallGroupsHidden() {
		AnnualNumbers.Numbers page = this.numbers.numbers(this.accounts.create(Role.NATIONAL_COORDINATOR));
		assertThat(page.roles()).hasSize(ParticipantRole.values().length).startsWith("ParticipantRole.FOSTER_PARENT");
		List<Integer> order = page.years().stream().map(Year::year).toList();
		assertThat(order).contains(2019, 2018);
		assertThat(order.indexOf(2019)).as("newest first").isLessThan(order.indexOf(2018));

		Year y2019 = year(page, 2019);
		assertThat(y2019.regions()).isEqualTo(3);
		assertThat(y2019.meetings()).isEqualTo(2);
		assertThat(role(y2019, ParticipantRole.FOSTER_PARENT).count()).isEqualTo(5);
		assertThat(role(y2019, ParticipantRole.PARENT).hidden()).isTrue();
		assertThat(role(y2019, ParticipantRole.FOSTER_CARE_WORKER).hidden()).isTrue();
		assertThat(role(y2019, ParticipantRole.FOSTER_CHILD).hidden()).isTrue();
		// Hidden: 4 + 3 + six empty roles = 7 over eight groups, which could be spread in
		// many ways: the total shows.
		assertThat(y2019.total()).isEqualTo(12);
		assertThat(y2019.agreed()).isEqualTo(3);
		assertThat(y2019.done()).isEqualTo(2);

		Year y2018 = year(page, 2018);
		assertThat(y2018.regions()).isEqualTo(1);
		assertThat(y2018.meetings()).isEqualTo(1);
		assertThat(role(y2018, ParticipantRole.FOSTER_PARENT).count()).isEqualTo(5);
		// Every other role is empty: a total of 5 would say so.
		assertThat(y2018.total()).isNull();
		assertThat(y2018.agreed()).isEqualTo(1);
		assertThat(y2018.done()).isZero();

		// The meeting to come is in no year's count.
		assertThat(this.meetingCounts.held(List.of(nijmegen))).extracting(AnnualMeetings.Held::year)
			.containsExactlyInAnyOrder(2019, 2018);

		// A policymaker of region B counts only B.
		Year own = year(this.numbers.numbers(this.accounts.create(Role.POLICYMAKER, "JZ22")), 2019);
		assertThat(own.regions()).isEqualTo(1);
		assertThat(own.meetings()).isEqualTo(1);
		assertThat(role(own, ParticipantRole.FOSTER_PARENT).hidden()).isTrue();
		assertThat(own.agreed()).isZero();
	}

	@Test
	void thePageShowsTheNumbersAndHowTheyAreCounted() throws Exception {
		String html = this.mvc.perform(get("/overzicht/jaarcijfers").with(user(national())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String section2019 = html.substring(html.indexOf("data-year=\"2019\""), html.indexOf("data-year=\"2018\""));
		assertThat(section2019).contains("Regio&#39;s bereikt</th>", "<td>3</td>", "Minder dan 5",
				"Alle deelnemers samen</th>", "<td>12</td>");
		assertThat(section2019).doesNotContain("<td>4</td>");
		assertThat(html).contains("Hoe we tellen", "Een jeugdregio telt mee in een jaar als", "Niet getoond",
				"href=\"/overzicht/jaarcijfers.csv\"");
		assertThat(this.mvc.perform(get("/overzicht").with(user(national())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"/overzicht/jaarcijfers\"");
	}

	@Test
	void theSpreadsheetHoldsTheSameNumbers() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/overzicht/jaarcijfers.csv").with(user(national())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"jaarcijfers.csv\"");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith(
				"\uFEFFJaar;Regio's bereikt;Bijeenkomsten gehouden;Deelnemers: Pleegouder;" + "Deelnemers: Pleegkind;");
		assertThat(csv.lines().findFirst().orElseThrow())
			.endsWith(";Alle deelnemers samen;Verbeteracties afgesproken;Verbeteracties afgerond");
		assertThat(csv).contains("\r\n2019;3;2;5;Minder dan 5;Minder dan 5;Minder dan 5;Minder dan 5;Minder dan 5"
				+ ";Minder dan 5;Minder dan 5;Minder dan 5;12;3;2\r\n");
		assertThat(csv).contains("\r\n2018;1;1;5" + HIDDEN_8 + ";Niet getoond;1;0\r\n");
		assertThat(this.mvc.perform(get("/overzicht/jaarcijfers.csv?taal=en").with(user(national())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).startsWith("\uFEFFYear;Regions reached;")
			.contains("\r\n2018;1;1;5" + ";Fewer than 5".repeat(8) + ";Not shown;1;0\r\n");
	}

	@Test
	void theYearSoFarIsForCoordinatorsOnlyAndSaysSo() throws Exception {
		AccountPrincipal national = national();
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ21");
		// December 2019: 2019 is the year we are in, everything of the known set has
		// happened already.
		this.clock.set(LocalDateTime.of(2019, 12, 15, 12, 0));
		try {
			AnnualNumbers.Numbers all = this.numbers.numbers(national);
			assertThat(all.soFar()).isTrue();
			assertThat(year(all, 2019).soFar()).isTrue();
			assertThat(year(all, 2019).meetings()).as("the same numbers, so far").isEqualTo(2);
			assertThat(year(all, 2018).soFar()).isFalse();
			AnnualNumbers.Numbers regional = this.numbers.numbers(coordinator);
			assertThat(regional.soFar()).isTrue();
			assertThat(year(regional, 2019).soFar()).isTrue();

			// A policymaker sees the years that are over: 2018, not 2019.
			AnnualNumbers.Numbers own = this.numbers.numbers(policymaker);
			assertThat(own.soFar()).isFalse();
			assertThat(own.years()).extracting(Year::year).contains(2018).doesNotContain(2019);
			assertThat(own.years()).noneMatch(Year::soFar);
			assertThat(this.numbers.numbers(this.accounts.create(Role.POLICYMAKER, "JZ22")).years())
				.extracting(Year::year)
				.doesNotContain(2019);

			String page = this.mvc.perform(get("/overzicht/jaarcijfers").with(user(national)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String section2019 = page.substring(page.indexOf("data-year=\"2019\""), page.indexOf("data-year=\"2018\""));
			assertThat(section2019).contains(">2019 (tot nu toe)</h2>", "Dit jaar is nog niet voorbij.",
					"Wat er in 2019 tot nu toe gebeurde", "Deelnemers per rol in 2019, tot nu toe");
			assertThat(page.substring(page.indexOf("data-year=\"2018\""))).doesNotContain("tot nu toe</");
			assertThat(page).doesNotContain("U ziet alleen jaren die voorbij zijn.");
			assertThat(csv(national, "")).contains("\r\n2019 (tot nu toe);3;2;5;").contains("\r\n2018;1;1;5;");
			assertThat(csv(national, "?taal=en")).contains("\r\n2019 (so far);3;2;5;");

			String policymakers = this.mvc.perform(get("/overzicht/jaarcijfers").with(user(policymaker)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(policymakers).contains("U ziet alleen jaren die voorbij zijn.", "data-year=\"2018\"")
				.doesNotContain("data-year=\"2019\"")
				.doesNotContain("(tot nu toe)");
			assertThat(csv(policymaker, "")).contains("\r\n2018;").doesNotContain("\r\n2019");
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void thePageCostsTheSameWithLittleOrMuchData() {
		AccountPrincipal national = national();
		AccountPrincipal regional = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ25");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ25");
		busy("JZ25", regional, "Jaartelling 0");
		long all = statements(national);
		long own = statements(policymaker);
		long assigned = statements(regional);
		for (int i = 1; i <= 4; i++) {
			busy("JZ25", regional, "Jaartelling " + i);
		}
		assertThat(statements(national)).isEqualTo(all);
		assertThat(statements(policymaker)).isEqualTo(own);
		assertThat(statements(regional)).isEqualTo(assigned);
		assertThat(all).as("statistics are on and the page is cheap").isBetween(3L, 6L);
		System.out.printf("Statements: annual numbers %d (policymaker %d, coordinator %d)%n", all, own, assigned);
	}

	private void busy(String region, AccountPrincipal runner, String title) {
		long trajectory = this.trajectories.createRunning(region, title + " " + System.nanoTime(), runner.id());
		long meeting = meeting(trajectory, TestClock.today().minusDays(3));
		confirmed(meeting, ParticipantRole.FOSTER_PARENT, 2);
		confirmed(meeting, ParticipantRole.OWN_CHILD, 1);
		long topic = this.harvest.choose(trajectory, runner, "Transparantie").get(0);
		this.actionPlan.action(trajectory, runner, topic, "Actie " + title, TestClock.today().plusDays(30));
	}

	private String csv(AccountPrincipal user, String query) throws Exception {
		return this.mvc.perform(get("/overzicht/jaarcijfers.csv" + query).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long statements(AccountPrincipal user) {
		return new SqlStatements(this.entityManagerFactory).forPage(this.mvc, "/overzicht/jaarcijfers", user);
	}

	private AccountPrincipal national() {
		return this.accounts.create(Role.NATIONAL_COORDINATOR);
	}

	private long meeting(long trajectory, LocalDate day) {
		return this.meetings.create(trajectory, "Bijeenkomst " + day + " " + System.nanoTime(), 60, Map.of(), day).id();
	}

	private List<Long> confirmed(long meeting, ParticipantRole role, int people) {
		return java.util.stream.IntStream.range(0, people)
			.mapToObj((i) -> this.meetings.confirmed(meeting, "Deelnemer " + i, role))
			.toList();
	}

	private long action(long trajectory, long topic, String title) {
		return this.actionPlan.action(trajectory, coordinator, topic, "Jaaractie " + title + " " + System.nanoTime(),
				TestClock.today().plusDays(30));
	}

	/** Replaces the action's status history ("STATUS yyyy-mm-dd") and sets its status. */
	private void history(long action, String status, String... changes) {
		this.jdbc.update("delete from action_status_change where action_id = ?", action);
		for (String change : changes) {
			String[] parts = change.split(" ");
			this.jdbc.update("insert into action_status_change (action_id, status, changed_on) values (?, ?, ?)",
					action, parts[0], LocalDate.parse(parts[1]));
		}
		this.jdbc.update("update improvement_action set status = ? where id = ?", status, action);
	}

	private static Year year(AnnualNumbers.Numbers page, int year) {
		return page.years().stream().filter((row) -> row.year() == year).findFirst().orElseThrow();
	}

	private static RoleCount role(Year year, ParticipantRole role) {
		return year.participants()
			.stream()
			.filter((count) -> count.role().equals("ParticipantRole." + role.name()))
			.findFirst()
			.orElseThrow();
	}

}
