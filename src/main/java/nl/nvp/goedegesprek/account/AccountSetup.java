package nl.nvp.goedegesprek.account;

import java.util.Optional;
import java.util.Set;

import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one-time links set up: a password after an invitation or a reset, and the first
 * national coordinator's account through the set-up link.
 */
@Service
@Transactional(readOnly = true)
class AccountSetup {

	private final AccountRepository repository;

	private final Accounts accounts;

	private final OneTimeLinks links;

	private final PasswordEncoder passwordEncoder;

	AccountSetup(AccountRepository repository, Accounts accounts, OneTimeLinks links, PasswordEncoder passwordEncoder) {
		this.repository = repository;
		this.accounts = accounts;
		this.links = links;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	boolean setPassword(String token, String password) {
		Optional<Invitation> invitation = this.links.findUsableToUse(token, Invitation.Purpose.INVITATION,
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
		return !this.accounts.hasAccounts() && this.links.findUsable(token, Invitation.Purpose.SETUP).isPresent();
	}

	/**
	 * The first national coordinator, through the set-up link; only while no account
	 * exists.
	 */
	@Transactional
	boolean setUp(String token, SetupForm form) {
		Optional<Invitation> invitation = this.links.findUsableToUse(token, Invitation.Purpose.SETUP);
		if (invitation.isEmpty() || this.accounts.hasAccounts()) {
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

	private Account get(long id) {
		return this.repository.findById(id).orElseThrow(NotFoundException::new);
	}

}
