package nl.nvp.goedegesprek.account;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import nl.nvp.goedegesprek.shared.IdArray;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API: names, coordinators and policymakers for other modules. The
 * national coordinator's account administration is {@link AccountAdministration}, setting
 * a password or the first account through a one-time link {@link AccountSetup}.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final AccountRepository repository;

	private final InvitationRepository invitations;

	private final CalendarFeeds feeds;

	private final JdbcClient jdbc;

	Accounts(AccountRepository repository, InvitationRepository invitations, CalendarFeeds feeds, JdbcClient jdbc) {
		this.repository = repository;
		this.invitations = invitations;
		this.feeds = feeds;
		this.jdbc = jdbc;
	}

	/** Display names by account id, in one query. */
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.repository.findDisplayNames(IdArray.of(ids))
				.forEach((row) -> names.put(((Number) row[0]).longValue(), (String) row[1]));
		}
		return names;
	}

	/** Active regional coordinators with their regions, to assign to a trajectory. */
	public List<CoordinatorOption> regionalCoordinators() {
		return this.repository.findByRoleAndActiveTrueOrderByDisplayNameAsc(Role.REGIONAL_COORDINATOR)
			.stream()
			.map((account) -> new CoordinatorOption(account.getId(), account.getDisplayName(),
					Set.copyOf(account.getRegionCodes())))
			.toList();
	}

	/** Active policymakers of a region, to invite them to review its action plan. */
	public List<Person> policymakersOf(String regionCode) {
		return this.repository.findByRoleAndActiveTrueOrderByDisplayNameAsc(Role.POLICYMAKER)
			.stream()
			.filter((account) -> account.getRegionCodes().contains(regionCode))
			.map((account) -> new Person(account.getId(), account.getDisplayName(), account.getEmail()))
			.toList();
	}

	/**
	 * The active policymaker with this id who still has this region, to write to now (a
	 * review invitation waiting in the mail outbox); empty otherwise.
	 */
	public Optional<Person> activePolicymaker(long id, String regionCode) {
		return this.repository.findById(id)
			.filter((account) -> account.isActive() && account.getRole() == Role.POLICYMAKER)
			.filter((account) -> account.getRegionCodes().contains(regionCode))
			.map((account) -> new Person(account.getId(), account.getDisplayName(), account.getEmail()));
	}

	/** E-mail addresses by account id, in one query. */
	public Map<Long, String> emails(Collection<Long> ids) {
		Map<Long, String> emails = new HashMap<>();
		if (!ids.isEmpty()) {
			this.repository.findByIdIn(ids).forEach((account) -> emails.put(account.getId(), account.getEmail()));
		}
		return emails;
	}

	/** Someone with an account, to write to. */
	public record Person(long id, String displayName, String email) {
	}

	/**
	 * The account with this address as the person acting, for work done outside a request
	 * (the demo data); empty when there is no such account.
	 */
	public Optional<AccountPrincipal> principalOf(String email) {
		return this.repository.findByEmail(email).map(Account::toPrincipal);
	}

	/** The id of the account with this e-mail address, if there is one. */
	public Optional<Long> idOf(String email) {
		return this.repository.findByEmail(email).map(Account::getId);
	}

	public boolean hasAccounts() {
		return this.repository.count() > 0;
	}

	/** A regional coordinator and the regions they work for. */
	public record CoordinatorOption(long id, String displayName, Set<String> regionCodes) {
	}

	/** What an account holds about its person, for a data request. */
	public record AccountData(long id, String displayName, String email, Role role, Set<String> regionCodes,
			boolean active, Instant createdAt) {
	}

	/** The account with this e-mail address, for a data request; empty without one. */
	public Optional<AccountData> personalData(String email) {
		return this.repository.findByEmail(email)
			.map((account) -> new AccountData(account.getId(), account.getDisplayName(), account.getEmail(),
					account.getRole(), Set.copyOf(account.getRegionCodes()), account.isActive(),
					account.getCreatedAt()));
	}

	/**
	 * Erases the person from this account (see {@code Account.forget}) and removes its
	 * one-time links and its calendar feed; its sessions end. Returns whether there was
	 * such an account.
	 */
	@Transactional
	public boolean forget(long accountId) {
		return this.repository.findById(accountId).map((account) -> {
			account.forget();
			this.invitations.deleteByAccountId(accountId);
			this.feeds.stop(accountId);
			return true;
		}).orElse(false);
	}

	AccountRepository repository() {
		return this.repository;
	}

	/**
	 * The check {@link AccountSessionFilter} makes at every request of someone logged in:
	 * one plain statement on the connection pool, without a transaction or an entity
	 * manager (it was about a tenth of a small page's work through JPA,
	 * docs/performance.md).
	 */
	LongFunction<Optional<SessionCheck>> sessionChecks() {
		// Called once, on the bean itself through its proxy; never null.
		JdbcClient client = Objects.requireNonNull(this.jdbc,
				"Accounts.sessionChecks() called on an uninitialised proxy");
		return (id) -> client.sql("select version, active from account where id = ?")
			.param(id)
			.query((row, number) -> new SessionCheck(row.getLong(1), row.getBoolean(2)))
			.optional();
	}

	/**
	 * What the check at every request needs of an account.
	 *
	 * @param version its version, raised by every change
	 * @param active whether it may log in
	 */
	record SessionCheck(long version, boolean active) {
	}

}
