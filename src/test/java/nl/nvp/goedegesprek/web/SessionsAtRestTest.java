package nl.nvp.goedegesprek.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.shared.KeyedHash;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a copy of the session tables is worth to an attacker: nothing. The rows hold keyed
 * hashes of the session ids, not the ids the cookies carry, and an attribute sealed for
 * one session does not open in another (decision 18). Each test performs the attack with
 * what the database holds.
 */
@IntegrationTest
class SessionsAtRestTest {

	private static final String CONTEXT = "SPRING_SECURITY_CONTEXT";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private KeyedHash hash;

	@Test
	void theDatabaseHoldsNoWorkingSessionId() throws Exception {
		Cookie session = logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), "10.44.0.1");
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		assertThat(loggedIn(session)).as("the cookie works").isTrue();

		// Neither the cookie's value nor the id in it is anywhere in the session tables.
		String everything = this.jdbc
			.queryForList("select s.*, encode(a.attribute_bytes, 'escape') as bytes from spring_session s "
					+ "left join spring_session_attributes a on a.session_primary_id = s.primary_id")
			.toString();
		String rows = String.join("\n", this.jdbc.queryForList(
				"select concat_ws(' ', primary_id, session_id, principal_name) from spring_session", String.class));
		assertThat(rows).doesNotContain(id).doesNotContain(session.getValue());
		assertThat(everything).doesNotContain(id);
		assertThat(primaryId(session)).as("the row holds the id's keyed hash").isNotNull();

		// The attacker with a copy sends each stored id as a cookie: none is logged in.
		for (String stored : this.jdbc.queryForList("select trim(session_id) from spring_session", String.class)) {
			Cookie copied = new Cookie("SESSION",
					Base64.getEncoder().encodeToString(stored.getBytes(StandardCharsets.UTF_8)));
			assertThat(loggedIn(copied)).as("stored id %s as a cookie", stored).isFalse();
		}
	}

	@Test
	void aSecurityContextCopiedIntoAnotherSessionDoesNotOpen() throws Exception {
		Cookie coordinator = logIn(this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername(), "10.44.0.2");
		// The attacker's own session: a failed login leaves one behind.
		Cookie attacker = this.mvc.perform(post("/inloggen").with(csrf())
			.param("username", "niemand@example.org")
			.param("password", "fout")
			.with((MockHttpServletRequest request) -> {
				request.setRemoteAddr("10.44.0.3");
				return request;
			})).andReturn().getResponse().getCookie("SESSION");
		assertThat(attacker).isNotNull();
		assertThat(loggedIn(attacker)).isFalse();
		String coordinatorRow = primaryId(coordinator);
		String attackerRow = primaryId(attacker);
		assertThat(attackerRow).isNotEqualTo(coordinatorRow);

		// With write access to the database the attacker copies the coordinator's
		// security context into their own session.
		this.jdbc
			.update("""
					insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
					select ?, attribute_name, attribute_bytes from spring_session_attributes
					where session_primary_id = ? and attribute_name = ?
					on conflict (session_primary_id, attribute_name) do update set attribute_bytes = excluded.attribute_bytes""",
					attackerRow, coordinatorRow, CONTEXT);
		assertThat(loggedIn(attacker)).as("a moved security context").isFalse();
		assertThat(loggedIn(coordinator)).isTrue();
	}

	private Cookie logIn(String username, String address) throws Exception {
		Cookie session = this.mvc.perform(post("/inloggen").with(csrf())
			.param("username", username)
			.param("password", AccountFixtures.PASSWORD)
			.with((MockHttpServletRequest request) -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private boolean loggedIn(Cookie session) throws Exception {
		return this.mvc.perform(get("/trajecten").cookie(session)).andReturn().getResponse().getStatus() == 200;
	}

	/** The session's row, found by the keyed hash of the cookie's id. */
	private String primaryId(Cookie session) {
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		return this.jdbc.queryForObject("select primary_id from spring_session where session_id = ?", String.class,
				HashedSessionIds.storedId(this.hash, id));
	}

}
