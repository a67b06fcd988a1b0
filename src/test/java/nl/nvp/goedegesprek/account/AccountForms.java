package nl.nvp.goedegesprek.account;

import java.util.List;
import java.util.UUID;

import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The account module's state-changing forms, for the double-submit test. Making an
 * account and a new link each queue one mail (a row of the outbox, counted with the other
 * rows): sent twice, one link and one mail (decision 27). The first-start set-up
 * ({@code POST /instellen/{token}}) works only while no account exists, so it is checked
 * on a database of its own in {@link FirstStartSetupTest}.
 */
@TestComponent
public class AccountForms implements FormCatalogue {

	private static final String PASSWORD = "een heel goed wachtwoord";

	private final AccountFixtures accounts;

	private final AccountRepository repository;

	private final OneTimeLinks links;

	private final TransactionTemplate transactions;

	private final CalendarFeeds feeds;

	AccountForms(AccountFixtures accounts, AccountRepository repository, OneTimeLinks links,
			TransactionTemplate transactions, CalendarFeeds feeds) {
		this.feeds = feeds;
		this.accounts = accounts;
		this.repository = repository;
		this.links = links;
		this.transactions = transactions;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /mijn-agenda", () -> {
			AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
			// Sent twice, one address (a row per account): the last one shown works.
			return new Prepared("/mijn-agenda", user(coordinator), () -> post("/mijn-agenda"));
		}), FormCase.of("POST /mijn-agenda/stoppen", () -> {
			AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
			this.feeds.renew(coordinator.id());
			return new Prepared("/mijn-agenda", user(coordinator), () -> post("/mijn-agenda/stoppen"));
		}), FormCase.of("POST /accounts", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			String email = "nieuw-" + UUID.randomUUID() + "@test.example";
			return new Prepared("/accounts/nieuw", user(national),
					() -> post("/accounts").param("email", email)
						.param("displayName", "Nieuwe coördinator")
						.param("role", "REGIONAL_COORDINATOR")
						.param("regionCodes", "JZ32")
						.param("language", "en"));
		}), FormCase.of("POST /accounts/{id}", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			AccountPrincipal target = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
			long id = target.id();
			long version = this.accounts.reload(id).version();
			// The page sends the address along in a hidden field, as the browser does.
			return new Prepared("/accounts/" + id + "/bewerken", user(national),
					() -> post("/accounts/" + id).param("email", target.getUsername())
						.param("displayName", "Andere naam")
						.param("role", "REGIONAL_COORDINATOR")
						.param("regionCodes", "JZ32", "JZ33")
						.param("language", "en")
						.param("version", String.valueOf(version)));
		}), button("deactiveren", true), button("activeren", false), button("herstellen", true),
				FormCase.of("POST /uitnodiging/{token}", () -> {
					long id = this.accounts.create(Role.POLICYMAKER, "JZ32").id();
					String url = this.transactions
						.execute((status) -> this.links.issue(id, Invitation.Purpose.INVITATION).url());
					String path = url.substring(url.indexOf("/uitnodiging/"));
					return new Prepared(path, null,
							() -> post(path).param("password", PASSWORD).param("repeat", PASSWORD));
				}));
	}

	/**
	 * A button on an account's page (deactivate, activate, reset), on an account that is
	 * active or not.
	 */
	private FormCase button(String action, boolean active) {
		return FormCase.of("POST /accounts/{id}/" + action, () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			long id = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32").id();
			if (!active) {
				this.transactions
					.executeWithoutResult((status) -> this.repository.findById(id).orElseThrow().deactivate());
			}
			long version = this.accounts.reload(id).version();
			return new Prepared("/accounts/" + id, user(national),
					() -> post("/accounts/" + id + "/" + action).param("version", String.valueOf(version)));
		});
	}

}
