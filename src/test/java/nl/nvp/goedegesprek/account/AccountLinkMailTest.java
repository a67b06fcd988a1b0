package nl.nvp.goedegesprek.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.MailOutage;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.support.SentTwice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitations and new links to choose a password are mailed to the person through the
 * outbox (decision 27): once, in their language, with a link that works; not when the
 * link was replaced, or the account deactivated, before the mail could go; once when the
 * mail server is back; and one link and one mail however often the button is pressed at
 * once or within a minute.
 */
@IntegrationTest
class AccountLinkMailTest {

	private static final String PASSWORD = "een heel goed wachtwoord";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JavaMailSender mailSender;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccountForms forms;

	@Autowired
	private SentTwice sentTwice;

	private MvcResult invite(AccountPrincipal national, String email, String language) throws Exception {
		MockHttpServletRequestBuilder request = post("/accounts").with(csrf())
			.with(user(national))
			.param("email", email)
			.param("displayName", "Nina Nieuw")
			.param("role", "POLICYMAKER")
			.param("regionCodes", "JZ32");
		if (language != null) {
			request.param("language", language);
		}
		return this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
	}

	private MvcResult reset(AccountPrincipal national, long id) throws Exception {
		long version = this.accounts.reload(id).version();
		return this.mvc
			.perform(post("/accounts/" + id + "/herstellen").with(csrf())
				.with(user(national))
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
	}

	private long accountId(String email) {
		return this.jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
	}

	private List<String> outcomes(long account) {
		return this.jdbc.sql("select coalesce(outcome, 'queued') from mail_outbox where account_id = ? order by id")
			.param(account)
			.query(String.class)
			.list();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String email() {
		return "uitgenodigd-" + UUID.randomUUID() + "@test.example";
	}

	@Test
	void anInvitationIsMailedOnceAndItsLinkSetsThePassword() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String email = email();
		MvcResult created = invite(national, email, null);
		assertThat(created.getFlashMap().get("flashMessage")).isEqualTo("account.created");
		assertThat(created.getFlashMap().get("linkMailed")).isInstanceOf(Instant.class);
		long id = accountId(email);

		// Nothing handed to the page holds the link (AccountBrowserTest reads the page).
		assertThat(created.getFlashMap().values())
			.allSatisfy((value) -> assertThat(String.valueOf(value)).doesNotContain("/uitnodiging/"));

		MimeMessage mail = this.mailbox.latest(email, 1);
		assertThat(Mailbox.subject(mail)).isEqualTo("Uw account voor Goede Gesprek");
		assertThat(Mailbox.text(mail)).contains("Beste Nina Nieuw,").contains("De link werkt één keer");
		String link = Mailbox.link(mail, "/uitnodiging/", "");
		assertThat(MailOutage.await(() -> outcomes(id).contains("sent") ? "sent" : null)).isEqualTo("sent");
		assertThat(count("select count(*) from mail_outbox where account_id = ? and sealed_token is not null", id))
			.as("the token is cleared once sent")
			.isZero();
		assertThat(outcomes(id)).containsExactly("sent");
		assertThat(this.jdbc.sql("select kind from mail_outbox where account_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("account-link.invitation");

		// The link in the mail completes the set-up.
		this.mvc.perform(get(link)).andExpect(status().isOk());
		this.mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD))
			.andExpect(redirectedUrl("/inloggen"));
		assertThat(this.accounts.reload(id).isEnabled()).isTrue();
		Thread.sleep(500);
		assertThat(this.mailbox.to(email)).hasSize(1);
	}

	@Test
	void anAccountInEnglishGetsItsMailInEnglish() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String email = email();
		invite(national, email, "en");
		MimeMessage mail = this.mailbox.latest(email, 1);
		assertThat(Mailbox.subject(mail)).isEqualTo("Your account for Goede Gesprek");
		assertThat(Mailbox.text(mail)).contains("Dear Nina Nieuw,").contains("The link works once");
	}

	@Test
	void aNewLinkIsMailedAndAskingAgainWithinAMinuteDoesNothingNew() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal person = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		MvcResult first = reset(national, person.id());
		assertThat(first.getFlashMap().get("flashMessage")).isEqualTo("account.reset");
		MimeMessage mail = this.mailbox.latest(person.getUsername(), 1);
		assertThat(Mailbox.subject(mail)).isEqualTo("Kies een nieuw wachtwoord voor Goede Gesprek");
		assertThat(Mailbox.text(mail)).contains("Uw oude wachtwoord werkt niet meer");

		// From a fresh page, within a minute: no new link, no new mail, and the page says
		// so.
		MvcResult again = reset(national, person.id());
		assertThat(again.getFlashMap().get("flashMessage")).isEqualTo("account.reset.recent");
		assertThat(again.getFlashMap().get("linkMailed")).isNull();
		assertThat(count("select count(*) from account_invitation where account_id = ?", person.id())).isEqualTo(1);
		assertThat(outcomes(person.id())).hasSize(1);

		// The link in the mail still works.
		String link = Mailbox.link(mail, "/uitnodiging/", "");
		this.mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD))
			.andExpect(redirectedUrl("/inloggen"));
		Thread.sleep(500);
		assertThat(this.mailbox.to(person.getUsername())).hasSize(1);
	}

	@Test
	void whileTheMailServerIsDownAReplacedLinkAndADeactivatedAccountGetNoMailTheNewLinkArrivesOnce() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String replaced = email();
		String deactivated = email();
		try (MailOutage outage = MailOutage.begin(this.mailSender)) {
			invite(national, replaced, null);
			invite(national, deactivated, null);
			long replacedId = accountId(replaced);
			long deactivatedId = accountId(deactivated);
			// Both invitations failed at least once and wait for their retry.
			assertThat(MailOutage.await(() -> count(
					"select count(*) from mail_outbox where account_id in (?, ?) and last_error is not null",
					replacedId, deactivatedId) == 2 ? "failed" : null))
				.isEqualTo("failed");
			assertThat(this.jdbc.sql("select last_error from mail_outbox where account_id = ?")
				.param(replacedId)
				.query(String.class)
				.single()).doesNotContain("@").doesNotContain("uitnodiging");

			// A minute later the coordinator makes a new link for one and deactivates the
			// other.
			this.jdbc.sql(
					"update account_invitation set created_at = created_at - interval '2 minutes' where account_id = ?")
				.param(replacedId)
				.update();
			assertThat(reset(national, replacedId).getFlashMap().get("flashMessage")).isEqualTo("account.reset");
			this.mvc
				.perform(post("/accounts/" + deactivatedId + "/deactiveren").with(csrf())
					.with(user(national))
					.param("version", String.valueOf(this.accounts.reload(deactivatedId).version())))
				.andExpect(status().is3xxRedirection());

			GreenMail back = outage.start();
			assertThat(MailOutage.await(() -> outcomes(replacedId).stream().noneMatch("queued"::equals)
					&& outcomes(deactivatedId).stream().noneMatch("queued"::equals) ? "done" : null))
				.isEqualTo("done");
			assertThat(outcomes(replacedId)).containsExactly("dropped", "sent");
			assertThat(outcomes(deactivatedId)).containsExactly("dropped");
			assertThat(count("select count(*) from mail_outbox where account_id in (?, ?) and sealed_token is not null",
					replacedId, deactivatedId))
				.isZero();
			Thread.sleep(1000);
			assertThat(MailOutage.receivedBy(back, deactivated)).isEmpty();
			MimeMessage[] received = MailOutage.receivedBy(back, replaced);
			assertThat(received).hasSize(1);
			assertThat(Mailbox.subject(received[0])).isEqualTo("Kies een nieuw wachtwoord voor Goede Gesprek");
			String link = Mailbox.link(received[0], "/uitnodiging/", "");
			this.mvc.perform(post(link).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD))
				.andExpect(redirectedUrl("/inloggen"));
		}
	}

	@Test
	void aNewLinkAskedForFromTwoTabsAtOnceIsOneLinkAndOneMail() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal person = this.accounts.create(Role.POLICYMAKER, "JZ32");
		long version = this.accounts.reload(person.id()).version();
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			requests.add(post("/accounts/" + person.id() + "/herstellen").with(csrf())
				.with(user(national))
				.param("version", String.valueOf(version)));
		}
		List<MvcResult> results = atOnce(requests);
		assertThat(results.stream().map((result) -> result.getFlashMap().get("linkMailed")).filter((m) -> m != null))
			.hasSize(1);
		assertThat(count("select count(*) from account_invitation where account_id = ?", person.id())).isEqualTo(1);
		assertThat(outcomes(person.id())).hasSize(1);
		this.mailbox.await(person.getUsername(), 1);
		Thread.sleep(1000);
		assertThat(this.mailbox.to(person.getUsername())).hasSize(1);
	}

	@Test
	void theSameAccountMadeFromTwoTabsAtOnceIsOneAccountAndOneMail() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		String email = email();
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			requests.add(post("/accounts").with(csrf())
				.with(user(national))
				.param("email", email)
				.param("displayName", "Twee Tabs " + i)
				.param("role", "POLICYMAKER")
				.param("regionCodes", "JZ32"));
		}
		atOnce(requests);
		assertThat(count("select count(*) from account where lower(email) = lower(?)", email)).isEqualTo(1);
		assertThat(outcomes(accountId(email))).hasSize(1);
		this.mailbox.await(email, 1);
		Thread.sleep(1000);
		assertThat(this.mailbox.to(email)).hasSize(1);
	}

	/**
	 * The account forms that mail a link, through the double-submit check (decision 28):
	 * sent twice from one page or two, no more links and mails than one send.
	 */
	@Test
	void theFormsThatMailALinkSentTwiceMakeOneLinkAndOneMail() throws Exception {
		List<FormCase> mailing = this.forms.forms()
			.stream()
			.filter((form) -> form.route().equals("POST /accounts") || form.route().endsWith("/herstellen"))
			.toList();
		assertThat(mailing).hasSize(2);
		for (FormCase form : mailing) {
			this.sentTwice.check(form);
		}
	}

	private List<MvcResult> atOnce(List<MockHttpServletRequestBuilder> requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		CountDownLatch start = new CountDownLatch(1);
		List<MvcResult> results = new ArrayList<>();
		try {
			List<Future<MvcResult>> answers = new ArrayList<>();
			for (MockHttpServletRequestBuilder request : requests) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc.perform(request).andReturn();
				}));
			}
			start.countDown();
			for (Future<MvcResult> answer : answers) {
				MvcResult result = answer.get();
				assertThat(result.getResponse().getStatus()).isLessThan(500);
				results.add(result);
			}
		}
		finally {
			pool.shutdown();
		}
		return results;
	}

}
