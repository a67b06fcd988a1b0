package nl.nvp.goedegesprek.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.utility.MountableFile;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL the tests run against, one per test run: a Testcontainers container
 * where Docker runs, otherwise a throwaway database on the local server (127.0.0.1:5432,
 * user postgres) that is dropped when the run ends. Set GG_TEST_DATABASE=local or
 * container to skip the Docker probe.
 */
public final class TestDatabase {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final String PREFIX = "gg_test_";

	private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

	private static final Map<String, PostgreSQLContainer> CONTAINERS = new ConcurrentHashMap<>();

	private static Connection details;

	private TestDatabase() {
	}

	public record Connection(String url, String username, String password) {

		/** Points the application under test at this database. */
		public void register(DynamicPropertyRegistry registry) {
			registry.add("spring.datasource.url", this::url);
			registry.add("spring.datasource.username", this::username);
			registry.add("spring.datasource.password", this::password);
		}

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
		// Throwaway: commits need not wait for the disk (see local()).
		container.withCommand("postgres", "-c", "synchronous_commit=off");
		container.start();
		Connection connection = new Connection(container.getJdbcUrl(), container.getUsername(),
				container.getPassword());
		CONTAINERS.put(connection.url(), container);
		return connection;
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
			// A throwaway database need not survive a crash of the server: a commit does
			// not
			// wait for its WAL to reach the disk (decision 2). What other transactions
			// see
			// is the same; tests that commit often run much faster.
			statement.execute("alter database " + name + " set synchronous_commit = off");
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

	/**
	 * Backs up a database as README says: {@code pg_dump -Fc} (PostgreSQL's custom
	 * format) into a file. Runs the pg_dump of the local PostgreSQL installation (the
	 * newest version there, else the one on the PATH), or the container's own.
	 */
	public static void dump(Connection database, Path file) {
		PostgreSQLContainer container = CONTAINERS.get(database.url());
		if (container != null) {
			String inside = "/tmp/" + file.getFileName();
			exec(container, "pg_dump", "-Fc", "-U", database.username(), "-f", inside, databaseName(database));
			container.copyFileFromContainer(inside, file.toString());
			return;
		}
		run(database, tool("pg_dump"), "-Fc", "-f", file.toString());
	}

	/**
	 * Restores a dump made by {@link #dump} into a database (a fresh one, say) as README
	 * says: {@code pg_restore --no-owner}, stopping at the first error.
	 */
	public static void restore(Path file, Connection database) {
		PostgreSQLContainer container = CONTAINERS.get(database.url());
		if (container != null) {
			String inside = "/tmp/" + file.getFileName();
			container.copyFileToContainer(MountableFile.forHostPath(file), inside);
			exec(container, "pg_restore", "--no-owner", "--exit-on-error", "-U", database.username(), "-d",
					databaseName(database), inside);
			return;
		}
		run(database, tool("pg_restore"), "--no-owner", "--exit-on-error", "-d", databaseName(database),
				file.toString());
	}

	private static void exec(PostgreSQLContainer container, String... command) {
		try {
			ExecResult result = container.execInContainer(command);
			if (result.getExitCode() != 0) {
				throw new IllegalStateException(command[0] + " failed: " + result.getStderr());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void run(Connection database, String tool, String... arguments) {
		Matcher url = matchUrl(database);
		List<String> command = new ArrayList<>(List.of(tool, "-h", url.group(1), "-p",
				(url.group(2) != null) ? url.group(2) : "5432", "-U", database.username()));
		command.addAll(Arrays.asList(arguments));
		if (tool.endsWith("pg_dump")) {
			command.add(url.group(3));
		}
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("PGPASSWORD", database.password());
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(tool + " cannot be run: install PostgreSQL's client programs", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The newest installed version of a PostgreSQL program, else the one on the PATH. */
	private static String tool(String name) {
		File[] versions = new File("/usr/lib/postgresql").listFiles();
		if (versions != null) {
			return Arrays.stream(versions)
				.filter((version) -> version.getName().matches("\\d+"))
				.sorted(Comparator.comparingInt((File version) -> Integer.parseInt(version.getName())).reversed())
				.map((version) -> new File(version, "bin/" + name))
				.filter(File::canExecute)
				.map(File::getPath)
				.findFirst()
				.orElse(name);
		}
		return name;
	}

	private static String databaseName(Connection database) {
		return matchUrl(database).group(3);
	}

	private static Matcher matchUrl(Connection database) {
		Matcher url = JDBC_URL.matcher(database.url());
		if (!url.matches()) {
			throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + database.url());
		}
		return url;
	}

}
