package nl.nvp.goedegesprek.meeting.attendance;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Check-in and moving someone to another table, pressed twice or on two screens at once
 * (decision 28): both answers are what one press answers (never a conflict), and someone
 * checked in keeps the moment they came.
 */
@IntegrationTest
class CheckInTwiceTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private record Day(long meeting, long registration, AccountPrincipal coordinator) {
	}

	private Day day() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Inchecken " + UUID.randomUUID(), coordinator.id());
		long meeting = this.meetings.create(trajectory, "Vandaag", 30, Map.of()).id();
		long registration = this.meetings.confirmed(meeting, "Komt", ParticipantRole.FOSTER_PARENT);
		return new Day(meeting, registration, coordinator);
	}

	private MockHttpServletRequestBuilder checkIn(Day day) {
		return post("/bijeenkomsten/" + day.meeting() + "/inchecken/" + day.registration()).with(csrf())
			.with(user(day.coordinator()))
			.param("present", "true");
	}

	private Timestamp checkedInAt(long registration) {
		return this.jdbc.sql("select checked_in_at from registration where id = ?")
			.param(registration)
			.query(Timestamp.class)
			.single();
	}

	@Test
	void checkingInAgainKeepsTheMomentSomeoneCame() throws Exception {
		Day day = day();
		this.mvc.perform(checkIn(day));
		Timestamp came = checkedInAt(day.registration());
		assertThat(came).isNotNull();
		try {
			this.clock.set(LocalDateTime.now(TestClock.ZONE).plusMinutes(5));
			assertThat(this.mvc.perform(checkIn(day)).andReturn().getResponse().getStatus()).isEqualTo(302);
		}
		finally {
			this.clock.reset();
		}
		assertThat(checkedInAt(day.registration())).isEqualTo(came);
	}

	@Test
	void checkInAndTableMovesSentTwiceAtOnceBothSucceed() throws Exception {
		for (int round = 0; round < 5; round++) {
			Day day = day();
			assertThat(atOnce(() -> checkIn(day).header("HX-Request", "true"))).as("check-in (htmx)")
				.containsExactly(200, 200);
			assertThat(checkedInAt(day.registration())).isNotNull();
			assertThat(atOnce(() -> checkIn(day).param("present", "false"))).as("undo").containsExactly(302, 302);
			for (int number = 1; number <= 2; number++) {
				this.jdbc.sql("insert into meeting_table (meeting_id, number) values (?, ?)")
					.params(day.meeting(), number)
					.update();
			}
			assertThat(atOnce(() -> post("/bijeenkomsten/" + day.meeting() + "/tafels/verplaatsen").with(csrf())
				.with(user(day.coordinator()))
				.param("registration", String.valueOf(day.registration()))
				.param("table", "2"))).as("move").containsExactly(302, 302);
			assertThat(this.jdbc.sql("""
					select t.number from registration r join meeting_table t on t.id = r.table_id where r.id = ?""")
				.param(day.registration())
				.query(Integer.class)
				.single()).isEqualTo(2);
		}
	}

	/** Sends the request twice at the same moment; returns both statuses. */
	private List<Integer> atOnce(Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				MockHttpServletRequestBuilder built = request.get();
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc.perform(built).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

}
