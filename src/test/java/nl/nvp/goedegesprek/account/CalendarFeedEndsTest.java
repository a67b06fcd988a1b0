package nl.nvp.goedegesprek.account;

import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's calendar feed is deleted, not just refused, when a national coordinator
 * deactivates the account or gives it another role, and when the person is erased on a
 * data request (issue 15): its address answers 404 also after the account is active
 * again, and the row is gone. A change that keeps the role keeps the feed.
 */
@IntegrationTest
class CalendarFeedEndsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private Accounts accountModule;

	@Autowired
	private CalendarFeeds feeds;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void deactivatingAnAccountDeletesItsFeed() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		String feed = makeFeed(coordinator);
		assertThat(answer(feed)).isEqualTo(200);

		asNational(national,
				post("/accounts/" + coordinator.id() + "/deactiveren").param("version", version(coordinator)));
		assertThat(rows(coordinator)).isZero();
		asNational(national,
				post("/accounts/" + coordinator.id() + "/activeren").param("version", version(coordinator)));
		assertThat(answer(feed)).isEqualTo(404);
	}

	@Test
	void anotherRoleDeletesTheFeedAndAnotherNameDoesNot() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		String feed = makeFeed(coordinator);

		asNational(national, change(coordinator, "Andere naam", Role.REGIONAL_COORDINATOR));
		assertThat(rows(coordinator)).isOne();
		assertThat(answer(feed)).isEqualTo(200);

		asNational(national, change(coordinator, "Andere naam", Role.POLICYMAKER));
		assertThat(rows(coordinator)).isZero();
		assertThat(answer(feed)).isEqualTo(404);
	}

	@Test
	void erasingThePersonDeletesTheirFeed() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		String feed = makeFeed(coordinator);
		assertThat(this.accountModule.forget(coordinator.id())).isTrue();
		assertThat(rows(coordinator)).isZero();
		assertThat(answer(feed)).isEqualTo(404);
	}

	private MockHttpServletRequestBuilder change(AccountPrincipal person, String name, Role role) {
		return post("/accounts/" + person.id()).param("email", person.getUsername())
			.param("displayName", name)
			.param("role", role.name())
			.param("regionCodes", "JZ32")
			.param("language", "nl")
			.param("version", version(person));
	}

	private void asNational(AccountPrincipal national, MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(user(national))).andExpect(status().is3xxRedirection());
	}

	private String version(AccountPrincipal person) {
		return String.valueOf(this.accounts.reload(person.id()).version());
	}

	/** Makes the person's feed; returns its path. */
	private String makeFeed(AccountPrincipal person) {
		String path = "/agenda/" + this.feeds.renew(person.id()) + ".ics";
		assertThat(rows(person)).isOne();
		return path;
	}

	private int rows(AccountPrincipal person) {
		return this.jdbc.sql("select count(*) from calendar_feed where account_id = ?")
			.param(person.id())
			.query(Integer.class)
			.single();
	}

	private int answer(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

}
