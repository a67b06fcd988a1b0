package nl.nvp.goedegesprek;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import nl.nvp.goedegesprek.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping an instance as the platform does (SIGTERM closes the application context):
 * with {@code server.shutdown: graceful},
 * {@code spring.lifecycle.timeout-per-shutdown-phase} and
 * {@code spring.task.scheduling.shutdown.await-termination(-period)} from
 * application.yml, a request that is being answered when the stop begins is answered in
 * full, new connections are refused at once, and a scheduled job that is running finishes
 * and commits before the application (and its connection pool) is gone.
 * <p>
 * The instance is started here, on a database of its own (so that it takes no mails or
 * jobs of the suite's application), with {@link ShutdownProbe} as an extra source: a
 * request held in a servlet filter and a job on the application's task scheduler, both
 * test-only.
 */
class GracefulShutdownTest {

	private static final String HELD = "/test-only/held";

	/** Large enough to need many writes: the whole body must arrive, not just a start. */
	private static final String BODY = "Een verzoek dat liep toen het stoppen begon.\n".repeat(5000);

	private static final String ROW = "graceful-shutdown-test";

	@Test
	void aStoppingInstanceFinishesRunningRequestsAndJobsAndRefusesNewRequests() throws Exception {
		TestDatabase.Connection database = TestDatabase.fresh();
		ConfigurableApplicationContext application = new SpringApplicationBuilder(GoedeGesprekApplication.class,
				ShutdownProbe.class)
			.profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password());
		ShutdownProbe probe = application.getBean(ShutdownProbe.class);
		FutureTask<Boolean> closing = new FutureTask<>(() -> {
			application.close();
			// Whether the job had finished by the time close() returned.
			return probe.jobDone.getCount() == 0;
		});
		try {
			String base = "http://localhost" + ":" + application.getEnvironment().getProperty("local.server.port");
			// Before the stop, a new client is served.
			assertThat(newClient().send(get(base + "/actuator/health/liveness"), HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(200);

			// A request in progress and a scheduled job inside its transaction.
			CompletableFuture<HttpResponse<String>> held = newClient().sendAsync(get(base + HELD),
					HttpResponse.BodyHandlers.ofString());
			assertThat(probe.requestArrived.await(10, TimeUnit.SECONDS)).as("the held request arrived").isTrue();
			probe.jobArmed.set(true);
			assertThat(probe.jobStarted.await(10, TimeUnit.SECONDS)).as("the job started").isTrue();

			new Thread(closing, "closing").start();

			// New connections are refused (Tomcat closes its server socket when the
			// graceful shutdown begins), while the held request is still running. A
			// connection the operating system accepted just before is closed unanswered.
			assertThat(awaitRefused(base)).as("a new request while stopping")
				.satisfiesAnyOf((refused) -> assertThat(refused).isInstanceOf(ConnectException.class),
						(closed) -> assertThat(closed).hasMessageContaining("received no bytes"));
			assertThat(held).as("the held request").isNotDone();
			assertThat(closing).as("close() waits for the held request").isNotDone();

			probe.releaseRequest.countDown();
			HttpResponse<String> answered = held.get(20, TimeUnit.SECONDS);
			assertThat(answered.statusCode()).isEqualTo(200);
			assertThat(answered.body()).isEqualTo(BODY);

			// close() returns only once the job has finished, and its row is committed.
			assertThat(closing.get(45, TimeUnit.SECONDS)).as("the job had finished when close() returned").isTrue();
			assertThat(probe.jobFailure).as("the job's failure").isNull();
			assertThat(probe.jobThread).as("the job ran on the application's scheduler").startsWith("scheduling-");
			assertThat(committedRows(database)).as("the job's row, committed").isEqualTo(1);
		}
		finally {
			probe.releaseRequest.countDown();
			if (!closing.isDone() && application.isActive()) {
				application.close();
			}
		}
	}

	/**
	 * Tries a new request (a new client, so a new connection) until one fails; the
	 * failure.
	 */
	private static Exception awaitRefused(String base) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> response = newClient().send(get(base + "/actuator/health/liveness"),
						HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as("a new request answered while stopping").isEqualTo(200);
			}
			catch (IOException ex) {
				return ex;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("new requests still accepted 10 s after close() began");
	}

	private static long committedRows(TestDatabase.Connection database) throws Exception {
		try (java.sql.Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password());
				PreparedStatement statement = connection
					.prepareStatement("select count(*) from shedlock where name = ?")) {
			statement.setString(1, ROW);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private static HttpClient newClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
	}

	private static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
	}

	/**
	 * Test-only beans, registered as an extra source of the instance above. Deliberately
	 * not a {@code @Configuration}: component scanning would then add it to every other
	 * instance started in the test JVM ({@link TwoInstancesTest}, BackupRestoreTest).
	 */
	static class ShutdownProbe {

		final CountDownLatch requestArrived = new CountDownLatch(1);

		final CountDownLatch releaseRequest = new CountDownLatch(1);

		final AtomicBoolean jobArmed = new AtomicBoolean();

		final CountDownLatch jobStarted = new CountDownLatch(1);

		final CountDownLatch jobDone = new CountDownLatch(1);

		volatile String jobThread;

		volatile Throwable jobFailure;

		private final TransactionTemplate transactions;

		private final JdbcTemplate jdbc;

		ShutdownProbe(PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
			this.transactions = new TransactionTemplate(transactionManager);
			this.jdbc = jdbc;
		}

		/**
		 * Holds requests to {@link #HELD} until the test releases them, then answers
		 * them; before every other filter, so nothing else of the application is
		 * involved.
		 */
		@Bean
		FilterRegistrationBean<Filter> heldRequestFilter() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				this.requestArrived.countDown();
				try {
					if (!this.releaseRequest.await(30, TimeUnit.SECONDS)) {
						throw new ServletException("Held request never released");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new ServletException(ex);
				}
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write(BODY);
			});
			registration.addUrlPatterns(HELD);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

		/**
		 * On the application's task scheduler, as every @Scheduled job: once armed,
		 * writes a row and holds its transaction open for two seconds before committing.
		 */
		@Scheduled(fixedDelay = 50)
		void job() {
			if (!this.jobArmed.compareAndSet(true, false)) {
				return;
			}
			this.jobThread = Thread.currentThread().getName();
			try {
				this.transactions.executeWithoutResult((status) -> {
					this.jdbc.update(
							"insert into shedlock (name, lock_until, locked_at, locked_by) values (?, now(), now(), 'test')",
							ROW);
					this.jobStarted.countDown();
					try {
						Thread.sleep(2000);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("Job interrupted", ex);
					}
				});
			}
			catch (RuntimeException ex) {
				this.jobFailure = ex;
			}
			finally {
				this.jobDone.countDown();
			}
		}

	}

}
