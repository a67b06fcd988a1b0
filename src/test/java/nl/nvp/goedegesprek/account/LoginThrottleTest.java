package nl.nvp.goedegesprek.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The attacks of issue 10 on logging in: someone who guesses passwords for a known
 * address slows down themselves, not the account's owner (decision 15).
 */
@IntegrationTest
class LoginThrottleTest {

	private static final AtomicInteger NETWORK = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	/** A fresh /24 for each test, so that tests do not share client addresses. */
	private final String network = "10.77." + NETWORK.incrementAndGet() + ".";

	@Test
	void anAttackerGuessingFromOneAddressSlowsThemselvesButNotTheOwner() throws Exception {
		String owner = this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername();
		String attacker = this.network + "66";
		List<String> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 15; attempt++) {
			answers.add(login(owner, "geraden-" + attempt, attacker, null));
		}
		// Five guesses go through, then the attacker must wait.
		assertThat(answers.subList(0, 5)).containsOnly("/inloggen?fout");
		assertThat(answers.subList(5, 15)).allMatch((answer) -> answer.startsWith("/inloggen?geblokkeerd="));

		// The owner, at once from another address, without a device cookie yet.
		MvcResult result = attempt(owner, AccountFixtures.PASSWORD, this.network + "10", null);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		Cookie device = result.getResponse().getCookie(DeviceCookies.NAME);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		assertThat(device.getValue()).doesNotContain(owner).doesNotContain(owner.substring(0, owner.indexOf('@')));

		// The attacker stays slowed down, even with the right password.
		assertThat(login(owner, "nog-een-gok", attacker, null)).startsWith("/inloggen?geblokkeerd=");
		assertThat(login(owner, AccountFixtures.PASSWORD, attacker, null)).startsWith("/inloggen?geblokkeerd=");
		// The owner's browser with its device cookie logs in at once even from the
		// attacker's address (a shared network, say).
		assertThat(login(owner, AccountFixtures.PASSWORD, attacker, device)).isEqualTo("/");
	}

	@Test
	void guessingFromManyAddressesStopsBrowsersWithoutTheDeviceCookieButNotTheOwnersBrowser() throws Exception {
		String owner = this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername();
		Cookie device = attempt(owner, AccountFixtures.PASSWORD, this.network + "10", null).getResponse()
			.getCookie(DeviceCookies.NAME);
		int through = 0;
		for (int address = 100; address < 108; address++) {
			for (int attempt = 1; attempt <= 5; attempt++) {
				if (login(owner, "geraden-" + address + "-" + attempt, this.network + address, null)
					.equals("/inloggen?fout")) {
					through++;
				}
			}
		}
		// From the account's limit for browsers without its cookie on (30, refilling one
		// a
		// minute), every address waits.
		assertThat(through).isBetween(30, 31);
		assertThat(login(owner, AccountFixtures.PASSWORD, this.network + "200", null))
			.startsWith("/inloggen?geblokkeerd=");
		// The owner's own browser, wherever it is, is not affected.
		assertThat(login(owner, AccountFixtures.PASSWORD, this.network + "201", device)).isEqualTo("/");
	}

	@Test
	void aDeviceCookieCountsOnlyForItsOwnAccountAndCannotBeMadeUp() throws Exception {
		String attacker = this.network + "66";
		String victim = this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername();
		String own = this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername();
		// The attacker logs in to their own account and so holds a valid device cookie.
		Cookie ownDevice = attempt(own, AccountFixtures.PASSWORD, attacker, null).getResponse()
			.getCookie(DeviceCookies.NAME);
		assertThat(ownDevice).isNotNull();
		List<String> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 8; attempt++) {
			answers.add(login(victim, "geraden-" + attempt, attacker, ownDevice));
		}
		assertThat(answers.subList(0, 5)).containsOnly("/inloggen?fout");
		assertThat(answers.subList(5, 8)).allMatch((answer) -> answer.startsWith("/inloggen?geblokkeerd="));
		// A changed or made-up cookie is no device cookie either.
		String value = ownDevice.getValue();
		char last = value.charAt(value.length() - 1);
		Cookie changed = new Cookie(DeviceCookies.NAME,
				value.substring(0, value.length() - 1) + ((last == 'A') ? 'B' : 'A'));
		assertThat(login(victim, AccountFixtures.PASSWORD, attacker, changed)).startsWith("/inloggen?geblokkeerd=");
		assertThat(login(victim, AccountFixtures.PASSWORD, attacker, new Cookie(DeviceCookies.NAME, "x".repeat(75))))
			.startsWith("/inloggen?geblokkeerd=");
		// Their own account they may still use.
		assertThat(login(own, AccountFixtures.PASSWORD, attacker, ownDevice)).isEqualTo("/");
	}

	@Test
	void tryingOnePasswordOnManyAccountsFromOneAddressIsStopped() throws Exception {
		String sprayer = this.network + "66";
		List<String> victims = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			victims.add(this.accounts.create(Role.POLICYMAKER, "JZ32").getUsername());
		}
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String account = (i < victims.size()) ? victims.get(i)
					: "persoon-" + i + "-" + UUID.randomUUID() + "@test.example";
			answers.add(login(account, "Zomer2026!", sprayer, null));
		}
		// 20 at once, then one each 10 seconds.
		assertThat(answers.subList(0, 20)).containsOnly("/inloggen?fout");
		assertThat(answers.subList(20, 25)).filteredOn((answer) -> answer.startsWith("/inloggen?geblokkeerd="))
			.hasSizeGreaterThanOrEqualTo(4);
		// Now even a right password from there waits.
		assertThat(login(victims.get(0), AccountFixtures.PASSWORD, sprayer, null)).startsWith("/inloggen?geblokkeerd=");
	}

	@Test
	void addressesOfOneIpv6NetworkCountAsOne() throws Exception {
		String owner = this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername();
		String prefix = "2001:db8:" + Integer.toHexString(NETWORK.incrementAndGet()) + ":1:";
		List<String> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 7; attempt++) {
			answers.add(login(owner, "geraden-" + attempt, prefix + Integer.toHexString(attempt) + "::1", null));
		}
		assertThat(answers.subList(0, 5)).containsOnly("/inloggen?fout");
		assertThat(answers.subList(5, 7)).allMatch((answer) -> answer.startsWith("/inloggen?geblokkeerd="));
		assertThat(LoginThrottle.clientAddress("2001:db8:0:1:aaaa:bbbb:cccc:dddd"))
			.isEqualTo(LoginThrottle.clientAddress("2001:db8:0:1::1"))
			.isEqualTo(LoginThrottle.clientAddress("2001:db8:0:ff00::1"));
		assertThat(LoginThrottle.clientAddress("2001:db8:0:1::1"))
			.isNotEqualTo(LoginThrottle.clientAddress("2001:db8:1:1::1"));
		assertThat(LoginThrottle.clientAddress("192.0.2.7")).isEqualTo("192.0.2.7");
	}

	/**
	 * The attacker holds one /48 (as many connections do) and guesses from a different
	 * /64 each time: the network counts as one address, so the guesses stop at the
	 * per-address limits long before the account-wide one, and the owner, on a new
	 * browser elsewhere, logs in at once.
	 */
	@Test
	void guessesFromManyIpv6NetworksOfOneSiteDoNotReachTheAccountLimit() throws Exception {
		String owner = this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername();
		String site = "2001:db8:" + Integer.toHexString(NETWORK.incrementAndGet()) + ":";
		List<String> answers = new ArrayList<>();
		for (int network = 1; network <= 70; network++) {
			answers.add(login(owner, "geraden-" + network, site + Integer.toHexString(network) + "::1", null));
		}
		assertThat(answers.subList(0, 5)).containsOnly("/inloggen?fout");
		assertThat(answers.subList(5, 70)).allMatch((answer) -> answer.startsWith("/inloggen?geblokkeerd="));
		String elsewhere = "2001:db8:" + Integer.toHexString(NETWORK.incrementAndGet()) + ":1::1";
		assertThat(login(owner, AccountFixtures.PASSWORD, elsewhere, null)).isEqualTo("/");
	}

	@Test
	void guessesSentAllAtOnceCannotOutrunTheLimit() throws Exception {
		String owner = this.accounts.create(Role.NATIONAL_COORDINATOR).getUsername();
		String attacker = this.network + "66";
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<String>> guesses = new ArrayList<>();
			for (int attempt = 1; attempt <= 20; attempt++) {
				String guess = "geraden-" + attempt;
				guesses.add(() -> login(owner, guess, attacker, null));
			}
			int checked = 0;
			for (Future<String> answer : pool.invokeAll(guesses)) {
				if (answer.get().equals("/inloggen?fout")) {
					checked++;
				}
			}
			// Only as many passwords are checked as one at a time would get.
			assertThat(checked).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String login(String email, String password, String address, Cookie device) throws Exception {
		return attempt(email, password, address, device).getResponse().getRedirectedUrl();
	}

	private MvcResult attempt(String email, String password, String address, Cookie device) throws Exception {
		MockHttpServletRequestBuilder request = post("/inloggen").with(csrf())
			.param("username", email)
			.param("password", password)
			.with((MockHttpServletRequest mock) -> {
				mock.setRemoteAddr(address);
				return mock;
			});
		if (device != null) {
			request.cookie(device);
		}
		return this.mvc.perform(request).andReturn();
	}

}
