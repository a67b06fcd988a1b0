package nl.nvp.goedegesprek.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a load balancer and Kubernetes see: the health of the application and its database
 * only. The mail relay is down here (spring.mail.port is a closed port), which shows in
 * its own group and nowhere else; when the database stops accepting connections,
 * readiness (and the root health) goes down and comes back up without a restart, while
 * liveness stays up. Runs on a database of its own, since it locks that database out for
 * a moment. Starting without a mail server logs no error (the start-up is checked first,
 * before the database tests log theirs).
 */
@SpringBootTest(properties = "spring.datasource.hikari.connection-timeout=1000")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthTest {

	private static final TestDatabase.Connection DATABASE = TestDatabase.fresh();

	@DynamicPropertySource
	static void ownDatabaseAndNoMailServer(DynamicPropertyRegistry registry) {
		DATABASE.register(registry);
		registry.add("spring.mail.port", HealthTest::closedPort);
	}

	@Autowired
	private MockMvc mvc;

	@Test
	@Order(1)
	void withoutMailServerTheApplicationIsUpAndOnlyTheMailGroupIsDown(CapturedOutput output) throws Exception {
		expect("/actuator/health", 200, "UP");
		expect("/actuator/health/liveness", 200, "UP");
		expect("/actuator/health/readiness", 200, "UP");
		expect("/actuator/health/smtp", 503, "DOWN");
		this.mvc.perform(get("/actuator/health/mail")).andExpect(status().isNotFound());
		// The start-up (and the mail sender's first rounds) logged no error.
		Thread.sleep(1000);
		assertThat(output.getAll().lines().filter((line) -> line.contains(" ERROR ")).toList())
			.as("errors logged while starting without a mail server")
			.isEmpty();
	}

	@Test
	void withoutDatabaseReadinessGoesDownAndComesBackWithoutRestart() throws Exception {
		String url = DATABASE.url().replaceAll("\\?.*", "");
		String name = url.substring(url.lastIndexOf('/') + 1);
		String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
		try (java.sql.Connection connection = DriverManager.getConnection(maintenance, DATABASE.username(),
				DATABASE.password()); Statement statement = connection.createStatement()) {
			statement.execute("alter database \"" + name + "\" with allow_connections false");
			try {
				statement.execute(
						"select pg_terminate_backend(pid) from pg_stat_activity" + " where datname = '" + name + "'");
				expect("/actuator/health/readiness", 503, "DOWN");
				expect("/actuator/health", 503, "DOWN");
				expect("/actuator/health/liveness", 200, "UP");
			}
			finally {
				statement.execute("alter database \"" + name + "\" with allow_connections true");
			}
		}
		expect("/actuator/health/readiness", 200, "UP");
		expect("/actuator/health", 200, "UP");
	}

	/**
	 * A database restart under load: four clients keep asking for what needs the database
	 * while every connection is cut and new ones are refused for a second. Some requests
	 * fail while it is away; once it is back, the pool makes new connections and every
	 * request succeeds again within seconds, without restarting the application.
	 */
	@Test
	void underLoadADatabaseRestartCostsAFewRequestsAndThenHeals() throws Exception {
		String url = DATABASE.url().replaceAll("\\?.*", "");
		String name = url.substring(url.lastIndexOf('/') + 1);
		String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong backAt = new AtomicLong(Long.MAX_VALUE);
		AtomicInteger failedAfterBack = new AtomicInteger();
		AtomicInteger failedWhileAway = new AtomicInteger();
		AtomicInteger succeededAfterBack = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(4);
		List<Future<?>> load = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			load.add(clients.submit(() -> {
				while (running.get()) {
					boolean before = System.nanoTime() < backAt.get();
					int status;
					try {
						status = this.mvc.perform(get("/actuator/health/readiness"))
							.andReturn()
							.getResponse()
							.getStatus();
					}
					catch (Exception ex) {
						status = 500;
					}
					if (status != 200) {
						(before ? failedWhileAway : failedAfterBack).incrementAndGet();
					}
					else if (!before) {
						succeededAfterBack.incrementAndGet();
					}
				}
				return null;
			}));
		}
		try (java.sql.Connection connection = DriverManager.getConnection(maintenance, DATABASE.username(),
				DATABASE.password()); Statement statement = connection.createStatement()) {
			Thread.sleep(300);
			statement.execute("alter database \"" + name + "\" with allow_connections false");
			try {
				statement
					.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
				Thread.sleep(1000);
			}
			finally {
				statement.execute("alter database \"" + name + "\" with allow_connections true");
				backAt.set(System.nanoTime());
			}
		}
		// Give the pool a few seconds to heal, then count what failed after that.
		Thread.sleep(3000);
		int failedWhileHealing = failedAfterBack.getAndSet(0);
		int succeededBeforeCount = succeededAfterBack.getAndSet(0);
		Thread.sleep(2000);
		running.set(false);
		for (Future<?> client : load) {
			client.get();
		}
		clients.shutdown();
		assertThat(failedWhileAway.get()).as("requests refused while the database was away").isPositive();
		assertThat(failedWhileHealing).as("requests failed in the 3 s after it came back").isLessThanOrEqualTo(10);
		assertThat(succeededBeforeCount).as("requests served in the 3 s after it came back").isPositive();
		assertThat(failedAfterBack.get()).as("requests failed once healed").isZero();
		assertThat(succeededAfterBack.get()).as("requests served once healed").isPositive();
		expect("/actuator/health", 200, "UP");
	}

	private ResultActions expect(String path, int status, String health) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().is(status)).andExpect(jsonPath("$.status").value(health));
	}

	/** A port on which nothing listens. */
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
