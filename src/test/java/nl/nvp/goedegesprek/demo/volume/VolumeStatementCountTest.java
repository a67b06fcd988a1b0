package nl.nvp.goedegesprek.demo.volume;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.meeting.registration.Registrations;
import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages cost as many SQL statements at ten times a realistic volume (issue 13)
 * as at a small one: on a database of its own, the generator makes a small set first and
 * each page is counted on the biggest trajectory, meeting, plan and survey of it; then it
 * makes the full volume and each page is counted again on the biggest of everything. A
 * page that asks the database per row (an N+1) costs more the second time. Statements are
 * counted on the JDBC connection of the request's own thread (Hibernate's and
 * JdbcClient's alike; the background jobs' are not). Its own application context, closed
 * after the class, so the rest of the suite shares its context and database undisturbed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "spring.docker.compose.enabled=false", "spring.mail.port=1" })
// A failure prints the SQL of the pages that differ, not every request of the class.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class VolumeStatementCountTest {

	/**
	 * The statements this thread prepared (their SQL, or "statement" for a plain one).
	 */
	private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

	/** The SQL each page ran, the last time it was counted. */
	private final Map<String, List<String>> lastSql = new LinkedHashMap<>();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Clock clock;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.fresh();
		database.register(registry);
	}

	@Test
	void everyPageCostsAsManyStatementsAtTenTimesTheVolumeAsAtASmallOne() {
		VolumeData data = new VolumeData(this.jdbc, this.transactionManager);
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc
			.update("""
					insert into account (email, display_name, role, created_at, changed_at)
					values ('landelijk-volume@voorbeeld.invalid', 'Landelijk (voorbeeld)', 'NATIONAL_COORDINATOR', now(), now())""");
		AccountPrincipal national = this.accounts.principalOf("landelijk-volume@voorbeeld.invalid").orElseThrow();

		VolumeData.Counts small = data.make(VolumeData.Volume.SMALL, "small", today, this.clock.instant());
		// The coordinator of the region of the small set's first trajectory (and of some
		// of
		// the full volume's).
		AccountPrincipal regional = this.accounts.principalOf(this.jdbc.queryForObject(
				"select 'coordinator-small-' || lower(min(code)) || '@voorbeeld.invalid' from region where valid_until is null",
				String.class))
			.orElseThrow();
		Map<String, Long> few = costs(national, regional);
		Map<String, List<String>> fewSql = new LinkedHashMap<>(this.lastSql);

		long start = System.nanoTime();
		VolumeData.Counts full = data.make(VolumeData.Volume.TEN_TIMES, DemoVolume.TAG, today, this.clock.instant());
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("Volume made in " + millis + " ms: " + full);
		assertThat(full.trajectories()).isEqualTo(200);
		assertThat(full.meetings()).isEqualTo(1_000);
		assertThat(full.registrations()).isEqualTo(20_000);
		assertThat(full.actions()).isEqualTo(5_000);
		assertThat(full.answers()).isBetween(50_000L, 52_000L);
		assertThat(small.registrations()).isPositive();
		// The volume profile makes its data once: a restart on the same day adds nothing
		// (the full volume above was made with the profile's tag).
		DemoVolume.make(data, this.clock);
		assertThat(this.jdbc.queryForObject("select count(*) from trajectory", Long.class))
			.isEqualTo(small.trajectories() + full.trajectories());
		Map<String, Long> many = costs(national, regional);

		System.out.println("Statements per page, small volume: " + few);
		System.out.println("Statements per page, ten times:    " + many);
		for (String page : few.keySet()) {
			if (!few.get(page).equals(many.get(page))) {
				System.out.println("Page " + page + " at small volume:\n  " + String.join("\n  ", fewSql.get(page))
						+ "\nat ten times:\n  " + String.join("\n  ", this.lastSql.get(page)));
			}
		}
		assertThat(many).as("statements per page at ten times the volume").isEqualTo(few);
		assertThat(few.get("trajectory list")).as("statements are counted").isPositive();
	}

	@Test
	void theMadeUpParticipantsAgreedToTheCurrentPrivacyStatement() {
		assertThat(VolumeData.PRIVACY_VERSION).isEqualTo(Registrations.PRIVACY_VERSION);
	}

	/** What each page costs now, on the biggest of its kind in the database. */
	private Map<String, Long> costs(AccountPrincipal national, AccountPrincipal regional) {
		long followUp = id("""
				select t.id from trajectory t
				join trajectory_step s on s.trajectory_id = t.id and s.state = 'ACTIVE' and s.type = 'FOLLOW_UP'
				order by (select count(*) from meeting m where m.trajectory_id = t.id)
				       + (select count(*) from improvement_action a where a.trajectory_id = t.id) desc, t.id
				limit 1""");
		long research = id("""
				select t.id from trajectory t
				join trajectory_step s on s.trajectory_id = t.id and s.state = 'ACTIVE' and s.type = 'FOLLOW_UP'
				join survey v on v.trajectory_id = t.id
				order by (select count(*) from survey_response r where r.survey_id = v.id) desc, t.id limit 1""");
		long pastMeeting = id("""
				select m.id from meeting m where not m.cancelled and m.meeting_date < current_date
				order by (select count(*) from registration r where r.meeting_id = m.id) desc, m.id limit 1""");
		String futureMeeting = this.jdbc.queryForObject("""
				select m.id || ' ' || m.public_id from meeting m where not m.cancelled and m.meeting_date > current_date
				order by (select count(*) from registration r where r.meeting_id = m.id) desc, m.id limit 1""",
				String.class);
		String planPublicId = this.jdbc.queryForObject(
				"select public_id::text from action_plan where trajectory_id = ? and public_page", String.class,
				followUp);
		String surveyToken = this.jdbc.queryForObject("""
				select l.token from survey v join survey_link l on l.survey_id = v.id and l.audience = 'FOSTER_FAMILIES'
				where v.status = 'OPEN'
				order by (select count(*) from survey_response r where r.survey_id = v.id) desc, v.id limit 1""",
				String.class);
		Map<String, Long> costs = new LinkedHashMap<>();
		this.lastSql.clear();
		cost(costs, "home", "/", national);
		cost(costs, "trajectory list", "/trajecten", national);
		cost(costs, "trajectory list of a region", "/trajecten?regio=" + regional.regionCodes().iterator().next(),
				regional);
		cost(costs, "meeting list of a regional coordinator", "/bijeenkomsten", regional);
		cost(costs, "accounts", "/accounts", national);
		cost(costs, "regions", "/regios", national);
		cost(costs, "national overview (map)", "/overzicht", national);
		cost(costs, "national overview of a regional coordinator", "/overzicht", regional);
		cost(costs, "recurring topics", "/overzicht/onderwerpen", national);
		cost(costs, "recurring topics of a regional coordinator", "/overzicht/onderwerpen", regional);
		cost(costs, "annual numbers", "/overzicht/jaarcijfers", national);
		cost(costs, "annual numbers of a regional coordinator", "/overzicht/jaarcijfers", regional);
		cost(costs, "region page", "/overzicht/regios/"
				+ this.jdbc.queryForObject("select region_code from trajectory where id = ?", String.class, followUp),
				national);
		cost(costs, "trajectory page", "/trajecten/" + followUp, national);
		cost(costs, "research report", "/trajecten/" + research + "/onderzoek", national);
		cost(costs, "action plan", "/trajecten/" + followUp + "/actieplan", national);
		cost(costs, "survey", "/trajecten/" + research + "/vragenlijst", national);
		cost(costs, "survey results", "/trajecten/" + research + "/vragenlijst/resultaten", national);
		cost(costs, "written answers", "/trajecten/" + research + "/vragenlijst/open-antwoorden", national);
		cost(costs, "topics of a trajectory", "/trajecten/" + followUp + "/onderwerpen", national);
		cost(costs, "national actions", "/landelijke-acties", national);
		cost(costs, "attendee list", "/bijeenkomsten/" + pastMeeting + "/deelnemerslijst", national);
		cost(costs, "evaluations", "/bijeenkomsten/" + pastMeeting + "/evaluaties", national);
		cost(costs, "table plan", "/bijeenkomsten/" + futureMeeting.split(" ")[0] + "/tafels", national);
		cost(costs, "meeting list", "/bijeenkomsten", national);
		cost(costs, "meeting page (past)", "/bijeenkomsten/" + pastMeeting, national);
		cost(costs, "meeting page (coming)", "/bijeenkomsten/" + futureMeeting.split(" ")[0], national);
		cost(costs, "failing mails", "/beheer/mails", national);
		cost(costs, "requests to start (inbox)", "/aanvragen", national);
		cost(costs, "public page \"doe mee\"", "/doe-mee", null);
		cost(costs, "public registration page", "/aanmelden/" + futureMeeting.split(" ")[1], null);
		cost(costs, "public action plan", "/actieplan/" + planPublicId, null);
		cost(costs, "public survey", "/vragenlijst/" + surveyToken, null);
		return costs;
	}

	private void cost(Map<String, Long> costs, String label, String path, UserDetails user) {
		costs.put(label, page(path, user));
		this.lastSql.put(label, this.lastSql.remove(path));
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	/**
	 * The statements a page costs on this thread; asked for three times, the first to
	 * warm what is cached, the lowest of the other two counted.
	 */
	private long page(String path, UserDetails user) {
		once(path, user);
		long first = once(path, user);
		List<String> firstSql = List.copyOf(STATEMENTS.get());
		long second = once(path, user);
		if (first < second) {
			STATEMENTS.get().clear();
			STATEMENTS.get().addAll(firstSql);
		}
		this.lastSql.put(path, List.copyOf(STATEMENTS.get()));
		return Math.min(first, second);
	}

	private long once(String path, UserDetails user) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
		if (user != null) {
			request.with(SecurityMockMvcRequestPostProcessors.user(user));
		}
		STATEMENTS.get().clear();
		try {
			this.mvc.perform(request).andExpect(MockMvcResultMatchers.status().isOk());
		}
		catch (Exception ex) {
			throw new IllegalStateException(path, ex);
		}
		return STATEMENTS.get().size();
	}

	/** Every connection of the application counts the statements its thread prepares. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource && !(bean instanceof Counting))
							? new Counting(dataSource) : bean;
				}
			};
		}

	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection target) {
			return (Connection) Proxy.newProxyInstance(Counting.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						String name = method.getName();
						if (name.equals("prepareStatement") || name.equals("prepareCall")) {
							STATEMENTS.get().add(String.valueOf(arguments[0]));
						}
						else if (name.equals("createStatement")) {
							STATEMENTS.get().add("statement");
						}
						try {
							return method.invoke(target, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

	}

}
