package nl.nvp.goedegesprek.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the demo's story true whatever day it is started: the demo data is made relative
 * to the day it is made (a meeting next week, an action a few days overdue), and when the
 * demo starts on a later day than that, its schema is emptied (Flyway clean, allowed only
 * in application-demo.yml) and migrated again before the {@code Demo*} runners make the
 * data afresh. What someone tried in the demo on an earlier day is lost; a restart on the
 * same day keeps it. Only a schema that holds the demo's own national account is ever
 * emptied (decision 21).
 */
@Component
@Profile("demo")
@Order(0)
class DemoDay implements FlywayMigrationStrategy, ApplicationRunner {

	static final String DEMO_ACCOUNT = "landelijk@goedegesprek.example";

	private static final Logger log = LoggerFactory.getLogger(DemoDay.class);

	private final Clock clock;

	/**
	 * Asked for only after migrating: JDBC access waits for Flyway, which waits for this.
	 */
	private final ObjectProvider<JdbcClient> jdbc;

	DemoDay(Clock clock, ObjectProvider<JdbcClient> jdbc) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	public void migrate(Flyway flyway) {
		LocalDate today = LocalDate.now(this.clock);
		String schema = flyway.getConfiguration().getDefaultSchema();
		if (schema == null) {
			schema = "public";
		}
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
			if (holdsDemoData(connection, schema)) {
				LocalDate madeOn = madeOn(connection, schema);
				if (madeOn == null || madeOn.isBefore(today)) {
					log.info("Demo data was made on {}, not today: making it afresh", madeOn);
					flyway.clean();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the demo's day", ex);
		}
		flyway.migrate();
	}

	/** Records that the demo data is made today (the runners after this one make it). */
	@Override
	public void run(ApplicationArguments args) {
		this.jdbc.getObject()
			.sql("insert into demo_day (made_on) values (:today) on conflict do nothing")
			.param("today", LocalDate.now(this.clock))
			.update();
	}

	private static boolean holdsDemoData(Connection connection, String schema) throws SQLException {
		if (!exists(connection, schema, "account")) {
			return false;
		}
		try (PreparedStatement statement = connection
			.prepareStatement("select count(*) from " + quote(schema) + ".account where lower(email) = ?")) {
			statement.setString(1, DEMO_ACCOUNT);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getLong(1) > 0;
			}
		}
	}

	private static LocalDate madeOn(Connection connection, String schema) throws SQLException {
		if (!exists(connection, schema, "demo_day")) {
			return null;
		}
		try (PreparedStatement statement = connection
			.prepareStatement("select max(made_on) from " + quote(schema) + ".demo_day");
				ResultSet result = statement.executeQuery()) {
			return (result.next() && result.getDate(1) != null) ? result.getDate(1).toLocalDate() : null;
		}
	}

	private static boolean exists(Connection connection, String schema, String table) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select to_regclass(?) is not null")) {
			statement.setString(1, quote(schema) + "." + table);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
