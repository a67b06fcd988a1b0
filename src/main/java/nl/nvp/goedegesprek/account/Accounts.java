package nl.nvp.goedegesprek.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API (names and coordinators for other modules) and the national
 * coordinator's account administration.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final AccountRepository repository;

	private final OneTimeLinks links;

	private final PasswordEncoder passwordEncoder;

	private final Regions regions;

	Accounts(AccountRepository repository, OneTimeLinks links, PasswordEncoder passwordEncoder, Regions regions) {
		this.repository = repository;
		this.links = links;
		this.passwordEncoder = passwordEncoder;
		this.regions = regions;
	}

	/** Display names by account id, in one query. */
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.repository.findByIdIn(ids).forEach((account) -> names.put(account.getId(), account.getDisplayName()));
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

	/** Someone with an account, to write to. */
	public record Person(long id, String displayName, String email) {
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

	// Administration by national coordinators, used by this module's controllers.

	List<AccountView> all() {
		return this.repository.findAllByOrderByDisplayNameAsc().stream().map(AccountView::of).toList();
	}

	AccountView view(long id) {
		return AccountView.of(get(id));
	}

	AccountForm editForm(long id) {
		return AccountForm.of(get(id));
	}

	private Account get(long id) {
		return this.repository.findById(id).orElseThrow(NotFoundException::new);
	}

	boolean emailTaken(String email) {
		return this.repository.existsByEmail(email);
	}

	boolean unknownRegion(Set<String> codes) {
		return codes.stream().anyMatch((code) -> !this.regions.exists(code));
	}

	@Transactional
	CreatedAccount create(AccountForm form) {
		Account account = this.repository
			.save(new Account(form.getEmail().trim(), form.getDisplayName(), form.getRole(), form.getRegionCodes()));
		return new CreatedAccount(account.getId(), this.links.issue(account.getId(), Invitation.Purpose.INVITATION));
	}

	@Transactional
	void change(long id, AccountForm form) {
		Account account = current(id, form.getVersion());
		account.change(form.getDisplayName(), form.getRole(), form.getRegionCodes());
	}

	@Transactional
	void deactivate(long id, long version) {
		current(id, version).deactivate();
	}

	@Transactional
	void activate(long id, long version) {
		current(id, version).activate();
	}

	/**
	 * Takes the password away and gives a new one-time link; open sessions end at the
	 * next request.
	 */
	@Transactional
	InvitationLink reset(long id, long version) {
		Account account = current(id, version);
		account.resetPassword();
		return this.links.issue(account.getId(), Invitation.Purpose.RESET);
	}

	@Transactional
	boolean setPassword(String token, String password) {
		Optional<Invitation> invitation = this.links.findUsable(token, Invitation.Purpose.INVITATION,
				Invitation.Purpose.RESET);
		if (invitation.isEmpty()) {
			return false;
		}
		Account account = get(invitation.get().getAccountId());
		if (!account.isActive()) {
			return false;
		}
		account.setPassword(this.passwordEncoder.encode(password));
		invitation.get().use(this.links.now());
		return true;
	}

	Optional<String> invitedAccountEmail(String token) {
		return this.links.findUsable(token, Invitation.Purpose.INVITATION, Invitation.Purpose.RESET)
			.map((invitation) -> get(invitation.getAccountId()))
			.filter(Account::isActive)
			.map(Account::getEmail);
	}

	boolean setupLinkValid(String token) {
		return !hasAccounts() && this.links.findUsable(token, Invitation.Purpose.SETUP).isPresent();
	}

	/**
	 * The first national coordinator, through the set-up link; only while no account
	 * exists.
	 */
	@Transactional
	boolean setUp(String token, SetupForm form) {
		Optional<Invitation> invitation = this.links.findUsable(token, Invitation.Purpose.SETUP);
		if (invitation.isEmpty() || hasAccounts()) {
			return false;
		}
		Account account = new Account(form.getEmail().trim(), form.getDisplayName(), Role.NATIONAL_COORDINATOR,
				Set.of());
		account.setPassword(this.passwordEncoder.encode(form.getPassword()));
		this.repository.save(account);
		invitation.get().use(this.links.now());
		return true;
	}

	@Transactional
	InvitationLink issueSetupLink() {
		return this.links.issue(null, Invitation.Purpose.SETUP);
	}

	private Account current(long id, long version) {
		Account account = get(id);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Account.class, id);
		}
		return account;
	}

	AccountRepository repository() {
		return this.repository;
	}

	record CreatedAccount(long id, InvitationLink link) {
	}

}
