package nl.nvp.goedegesprek.joining.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's requests to start (decision 21): a new one from Twente that waits for an
 * answer (the national coordinator's start page says so), and one from Utrecht Stad that
 * the national coordinator answered, in conversation. Dates relative to the demo's day;
 * no mails (they would have gone out days ago).
 */
@Component
@Profile("demo")
@Order(7)
class DemoJoinRequests implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final DemoBasis demo;

	private final Clock clock;

	DemoJoinRequests(JdbcClient jdbc, DemoBasis demo, Clock clock) {
		this.jdbc = jdbc;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from join_request").query(Long.class).single() > 0) {
			return;
		}
		Instant now = this.clock.instant();
		request("JZ14", "Gemeente Enschede", "MUNICIPALITY", "Fatima El Amrani", "f.elamrani@gemeente.example",
				"Wij willen graag met pleegouders en aanbieders in gesprek. Kan dat eerst met één dialoogtafel?",
				"DIALOGUE_TABLE", "NEW", now.minus(Duration.ofDays(2)));
		long utrecht = request("JZ22", "Pleegzorg Utrecht", "PROVIDER", "Joost Verbeek", "j.verbeek@pleegzorg.example",
				"Wij horen graag wat een volledig traject vraagt van onze medewerkers en hoe lang het duurt.", "WHOLE",
				"IN_CONVERSATION", now.minus(Duration.ofDays(9)));
		Long national = this.demo.coordinator().map(AccountPrincipal::id).orElse(null);
		this.jdbc.sql("""
				insert into join_request_answer (request_id, text, answered_by, answered_at) values (?, ?, ?, ?)""")
			.params(utrecht,
					"Dank voor uw vraag. Een volledig traject duurt ongeveer een jaar. Zullen we volgende week bellen?",
					national, Timestamp.from(now.minus(Duration.ofDays(7))))
			.update();
	}

	private long request(String region, String organisation, String role, String name, String email, String message,
			String interest, String status, Instant at) {
		return this.jdbc.sql("""
				insert into join_request (region_code, organisation, role, name, email, message, interest, language,
				  status, created_at, status_changed_at)
				values (?, ?, ?, ?, ?, ?, ?, 'nl', ?, ?, ?) returning id""")
			.params(region, organisation, role, name, email, message, interest, status, Timestamp.from(at),
					Timestamp.from(at))
			.query(Long.class)
			.single();
	}

}
