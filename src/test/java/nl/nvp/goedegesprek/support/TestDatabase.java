package nl.nvp.goedegesprek.support;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;

/**
 * The real PostgreSQL the tests run against, one per test run: a Testcontainers container
 * where Docker runs, otherwise a throwaway database on the local server (127.0.0.1:5432,
 * user postgres) that is dropped when the run ends. Set GG_TEST_DATABASE=local or
 * container to skip the Docker probe.
 */
public final class TestDatabase {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final String PREFIX = "gg_test_";

	private static Connection details;

	private TestDatabase() {
	}

	public record Connection(String url, String username, String password) {
	}

	public static synchronized Connection get() {
		if (details == null) {
			details = fresh();
		}
		return details;
	}

	/**
	 * Another empty database, for the rare test that needs one of its own (a first start,
	 * say).
	 */
	public static Connection fresh() {
		return useContainer() ? container() : local();
	}

	private static boolean useContainer() {
		String choice = System.getenv("GG_TEST_DATABASE");
		if ("local".equals(choice)) {
			return false;
		}
		if ("container".equals(choice)) {
			return true;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Connection container() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection local() {
		String host = System.getenv().getOrDefault("GG_TEST_PG_HOST", "127.0.0.1:5432");
		String user = System.getenv().getOrDefault("GG_TEST_PG_USER", "postgres");
		String password = System.getenv().getOrDefault("GG_TEST_PG_PASSWORD", "postgres");
		String admin = "jdbc:postgresql://" + host + "/postgres";
		String name = PREFIX + LocalDateTime.now().format(STAMP) + "_" + UUID.randomUUID().toString().substring(0, 8);
		try (java.sql.Connection connection = DriverManager.getConnection(admin, user, password);
				Statement statement = connection.createStatement()) {
			dropLeftovers(statement);
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Cannot create a test database on " + host
							+ ": is PostgreSQL running? (pg_ctlcluster --skip-systemctl-redirect <version> main start)",
					ex);
		}
		// Dropped after the application contexts have closed (Spring Boot runs its
		// shutdown
		// handlers then), so that nothing closing down still needs the database.
		SpringApplication.getShutdownHandlers().add(() -> drop(admin, user, password, name));
		return new Connection("jdbc:postgresql://" + host + "/" + name, user, password);
	}

	/**
	 * Databases of runs that were killed before they could clean up, older than a day.
	 */
	private static void dropLeftovers(Statement statement) throws SQLException {
		String dayAgo = PREFIX + LocalDateTime.now().minusDays(1).format(STAMP);
		List<String> stale = new ArrayList<>();
		try (ResultSet rows = statement
			.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
			while (rows.next()) {
				String name = rows.getString(1);
				if (name.compareTo(dayAgo) < 0) {
					stale.add(name);
				}
			}
		}
		for (String name : stale) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
	}

	private static void drop(String admin, String user, String password, String name) {
		try (java.sql.Connection connection = DriverManager.getConnection(admin, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

}
