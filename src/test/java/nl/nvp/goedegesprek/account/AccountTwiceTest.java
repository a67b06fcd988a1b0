package nl.nvp.goedegesprek.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Account forms sent again from a page that is no longer current, or from two tabs at
 * once (decision 28): one link per reset, a one-time link used once.
 */
@IntegrationTest
class AccountTwiceTest {

	private static final String PASSWORD = "een heel goed wachtwoord";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private AccountRepository repository;

	@Autowired
	private OneTimeLinks links;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	/** An account that was invited and never set a password. */
	private Account invited() {
		return this.transactions.execute((status) -> this.repository
			.saveAndFlush(new Account("uitgenodigd-" + UUID.randomUUID() + "@test.example", "Uitgenodigd",
					Role.POLICYMAKER, Set.of("JZ32"))));
	}

	private long links(long account) {
		return this.jdbc.sql("select count(*) from account_invitation where account_id = ?")
			.param(account)
			.query(Long.class)
			.single();
	}

	@Test
	void resettingAnAccountWithoutPasswordAgainFromTheSamePageIsRefusedAsStale() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		Account account = invited();
		MockHttpServletRequestBuilder reset = post("/accounts/" + account.getId() + "/herstellen").with(csrf())
			.with(user(national))
			.param("version", String.valueOf(account.getVersion()));
		MvcResult first = this.mvc.perform(reset).andReturn();
		assertThat(first.getFlashMap().get("flashMessage")).isEqualTo("account.reset");
		MvcResult second = this.mvc.perform(reset).andReturn();
		assertThat(second.getResponse().getStatus()).isEqualTo(302);
		assertThat(second.getFlashMap().get("flashError")).isEqualTo("stale.account");
		assertThat(second.getFlashMap().get("linkMailed")).isNull();
		assertThat(links(account.getId())).as("one link, the one the first page showed").isEqualTo(1);
	}

	@Test
	void aPasswordSetFromTwoTabsAtOnceUsesTheLinkOnce() throws Exception {
		Account account = invited();
		String url = this.transactions
			.execute((status) -> this.links.issue(account.getId(), Invitation.Purpose.INVITATION).url());
		String path = url.substring(url.indexOf("/uitnodiging/"));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				MockHttpServletRequestBuilder request = post(path).with(csrf())
					.param("password", PASSWORD + i)
					.param("repeat", PASSWORD + i);
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc.perform(request).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
		}
		finally {
			pool.shutdown();
		}
		// The second finds the link used: the page that says so, not a conflict.
		assertThat(statuses).containsExactlyInAnyOrder(302, 404);
		assertThat(this.jdbc.sql("select count(*) from account_invitation where account_id = ? and used_at is not null")
			.param(account.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
