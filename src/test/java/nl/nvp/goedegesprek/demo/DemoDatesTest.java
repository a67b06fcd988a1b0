package nl.nvp.goedegesprek.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.nvp.goedegesprek.GoedeGesprekApplication;
import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo tells a true story on whatever day it is started: started on one day, again
 * that day, and again thirty days later on the same database, its meeting is next week
 * (and Nijmegen's follow-up meeting yesterday), its action a few days overdue, its survey
 * closed, and Nijmegen in its follow-up; a restart on the same day keeps what was done in
 * the demo, a later day makes it afresh.
 */
class DemoDatesTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

	/** The meetings of the regions' trajectories (not the demo project's dialogues). */
	private static final String REGIONAL_MEETINGS = """
			select count(*) from meeting m join trajectory t on t.id = m.trajectory_id
			where t.region_code is not null""";

	@Test
	void theDemoIsDatedFromTheDayItStartsOn() {
		TestDatabase.Connection database = TestDatabase.fresh();

		List<Long> project;
		try (ConfigurableApplicationContext demo = start(database, FIRST_DAY)) {
			assertStoryTrueOn(FIRST_DAY, demo.getBean(JdbcClient.class));
			project = projectCounts(demo.getBean(JdbcClient.class));
			// Someone tries the demo: a trajectory gets a new title.
			demo.getBean(JdbcClient.class)
				.sql("update trajectory set title = 'Mijn proef' where region_code = 'JZ38'")
				.update();
		}
		try (ConfigurableApplicationContext demo = start(database, FIRST_DAY)) {
			JdbcClient jdbc = demo.getBean(JdbcClient.class);
			assertThat(
					jdbc.sql("select count(*) from trajectory where title = 'Mijn proef'").query(Long.class).single())
				.as("a restart on the same day keeps the demo as it was")
				.isEqualTo(1);
			assertThat(jdbc.sql(REGIONAL_MEETINGS).query(Long.class).single()).isEqualTo(7);
			assertThat(projectCounts(jdbc)).as("a restart on the same day adds nothing to the demo project")
				.isEqualTo(project);
			// The demo project's sign-ups (issue 17): made once, confirmed, spread over
			// its
			// roles, with two case codes and one organisation that must not meet.
			assertThat(jdbc.sql("""
					select count(*), count(distinct role), count(distinct region_code), count(case_hash),
					  count(distinct case_hash), count(organisation_hash)
					from project_sign_up where status = 'CONFIRMED'""")
				.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3) >= 20, rs.getLong(4),
						rs.getLong(5), rs.getLong(6)))
				.single()).containsExactly(36L, 4L, true, 4L, 2L, 2L);
		}

		LocalDate later = FIRST_DAY.plusDays(30);
		try (ConfigurableApplicationContext demo = start(database, later)) {
			JdbcClient jdbc = demo.getBean(JdbcClient.class);
			assertStoryTrueOn(later, jdbc);
			assertThat(
					jdbc.sql("select count(*) from trajectory where title = 'Mijn proef'").query(Long.class).single())
				.as("on a later day the demo is made afresh")
				.isZero();
			assertThat(jdbc.sql(REGIONAL_MEETINGS).query(Long.class).single()).isEqualTo(7);
			assertThat(projectCounts(jdbc)).as("made afresh, the demo project holds as much as before")
				.isEqualTo(project);
			assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(5);
		}
	}

	/**
	 * What the demo project holds: dialogues, their registrations, facilitators' links,
	 * remarks, codings, themes, advice and published outputs.
	 */
	private static List<Long> projectCounts(JdbcClient jdbc) {
		return jdbc
			.sql("""
					select (select count(*) from meeting m where m.trajectory_id = p.id),
					       (select count(*) from registration r join meeting m on m.id = r.meeting_id where m.trajectory_id = p.id),
					       (select count(*) from facilitator_link l where l.trajectory_id = p.id),
					       (select count(*) from dialogue_remark r where r.trajectory_id = p.id),
					       (select count(*) from dialogue_remark_theme x join project_theme t on t.id = x.theme_id
					        where t.trajectory_id = p.id),
					       (select count(*) from project_theme t where t.trajectory_id = p.id),
					       (select count(*) from project_advice a where a.trajectory_id = p.id),
					       (select count(*) from output o where o.trajectory_id = p.id and o.published_at is not null)
					from trajectory p where p.title = 'Samenwerken binnen pleegzorg'""")
			.query((rs, n) -> {
				List<Long> counts = new java.util.ArrayList<>();
				for (int i = 1; i <= 8; i++) {
					counts.add(rs.getLong(i));
				}
				return counts;
			})
			.single();
	}

	private static void assertStoryTrueOn(LocalDate today, JdbcClient jdbc) {
		assertQuotesPublished(today, jdbc);
		assertNationalProjectUnderWay(today, jdbc);
		assertThat(jdbc.sql("select made_on from demo_day").query(LocalDate.class).single()).isEqualTo(today);
		LocalDate meeting = jdbc
			.sql("select meeting_date from meeting where title = 'Dialoogbijeenkomst 2 West Brabant Oost'")
			.query(LocalDate.class)
			.single();
		assertThat(meeting).as("the demo meeting is next week").isEqualTo(today.plusWeeks(1));
		LocalDate followUp = jdbc.sql("select meeting_date from meeting where title like 'Opvolgbijeenkomst%'")
			.query(LocalDate.class)
			.single();
		assertThat(followUp).as("Nijmegen's follow-up meeting was yesterday").isEqualTo(today.minusDays(1));
		assertThat(jdbc.sql(REGIONAL_MEETINGS + " and m.meeting_date < :today")
			.param("today", today)
			.query(Long.class)
			.single()).as("the follow-up and five meetings held before, for the annual numbers").isEqualTo(6);
		assertThat(jdbc.sql("""
				select count(*) filter (where m.meeting_date < :today), count(*) filter (where m.meeting_date >= :today)
				from meeting m join trajectory t on t.id = m.trajectory_id
				where t.title = 'Samenwerken binnen pleegzorg'""")
			.param("today", today)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single()).as("the demo project's dialogues: held ones, and ones to come").containsExactly(24L, 20L);
		LocalDate overdue = jdbc
			.sql("select deadline from improvement_action where title = 'Respijtzorg vindbaar maken'")
			.query(LocalDate.class)
			.single();
		assertThat(overdue).as("an action overdue by a few days").isBetween(today.minusDays(7), today.minusDays(2));
		LocalDate startwijzer = jdbc.sql("select deadline from improvement_action where title like 'Startwijzer%'")
			.query(LocalDate.class)
			.single();
		assertThat(startwijzer).isAfter(today);
		assertThat(jdbc.sql("select closes_on from survey").query(LocalDate.class).single()).isBeforeOrEqualTo(today);
		assertThat(jdbc.sql("select status from survey").query(String.class).single()).isEqualTo("CLOSED");
		// Nijmegen is in its follow-up, Brabant's second dialogue meeting step holds the
		// meeting.
		assertThat(jdbc
			.sql("""
					select count(*) from trajectory_step s join trajectory t on t.id = s.trajectory_id
					where t.region_code = 'JZ32' and s.type = 'FOLLOW_UP' and s.planned_start <= :today and s.planned_end >= :today
					""")
			.param("today", today)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc
			.sql("""
					select count(*) from trajectory_step s join trajectory t on t.id = s.trajectory_id
					where t.region_code = 'JZ34' and s.type = 'DIALOGUE_MEETING_2' and s.planned_start <= :meeting and s.planned_end >= :meeting
					""")
			.param("meeting", meeting)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * The national project "Samenwerken binnen pleegzorg" (decision 45) runs from three
	 * months ago to six months from now, for 43 dialogues between the four roles, from
	 * the whole country, in its dialogues step.
	 */
	private static void assertNationalProjectUnderWay(LocalDate today, JdbcClient jdbc) {
		java.util.Map<String, Object> project = jdbc
			.sql("""
					select p.starts_on, p.ends_on, p.target_dialogues, t.region_code, t.variant,
					       (select count(*) from trajectory_reach r where r.trajectory_id = t.id) as reach,
					       (select count(*) from national_project_role r where r.trajectory_id = t.id) as roles,
					       (select s.type from trajectory_step s where s.trajectory_id = t.id and s.state = 'ACTIVE') as step
					from national_project p join trajectory t on t.id = p.trajectory_id
					where t.title = 'Samenwerken binnen pleegzorg'""")
			.query()
			.singleRow();
		assertThat(((java.sql.Date) project.get("starts_on")).toLocalDate()).isEqualTo(today.minusMonths(5));
		assertThat(((java.sql.Date) project.get("ends_on")).toLocalDate()).isEqualTo(today.plusMonths(5));
		assertThat(project).containsEntry("target_dialogues", 43)
			.containsEntry("region_code", null)
			.containsEntry("variant", "NATIONAL_PROJECT")
			.containsEntry("reach", 0L)
			.containsEntry("roles", 4L)
			.containsEntry("step", "DIALOGUES");
	}

	/**
	 * Both regions' first dialogue meetings took place in their step, and their
	 * participants' quotes were published after them (decision 43): three in Nijmegen,
	 * one in West Brabant Oost, and two still to choose.
	 */
	private static void assertQuotesPublished(LocalDate today, JdbcClient jdbc) {
		assertThat(jdbc.sql("""
				select count(*) from meeting m
				join trajectory_step s on s.trajectory_id = m.trajectory_id and s.type = 'DIALOGUE_MEETING_1'
				where m.title like 'Dialoogbijeenkomst 1%' and m.meeting_date between s.planned_start and s.planned_end
				  and m.meeting_date < :today
				""").param("today", today).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc
			.sql("""
					select t.region_code, count(*) from meeting_evaluation e join meeting m on m.id = e.meeting_id
					join trajectory t on t.id = m.trajectory_id
					where e.quote_published_at is not null and e.quote_published_at < :today and e.quote_published_by is not null
					group by t.region_code order by t.region_code
					""")
			.param("today", java.sql.Timestamp.valueOf(today.atStartOfDay()))
			.query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
			.list()).containsExactly("JZ32=3", "JZ34=1");
		assertThat(jdbc
			.sql("select count(*) from meeting_evaluation where quote is not null and quote_published_at is null")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private static ConfigurableApplicationContext start(TestDatabase.Connection database, LocalDate day) {
		Clock clock = Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
		return new SpringApplicationBuilder(GoedeGesprekApplication.class, FixedClock.class)
			.initializers((context) -> context.getBeanFactory().registerSingleton("demoTestInstant", clock.instant()))
			.profiles("demo")
			.run("--server.port=0", "--spring.docker.compose.enabled=false",
					"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(),
					"--spring.mail.port=" + DemoBrowserTest.freePort());
	}

	/** The application's clock, fixed at the instant the test gives. */
	@Configuration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock(Instant demoTestInstant) {
			return Clock.fixed(demoTestInstant, ZONE);
		}

	}

}
