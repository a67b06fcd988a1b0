package nl.nvp.goedegesprek.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration by national coordinators: list, view, create (with an invitation
 * link), change, deactivate, activate and reset accounts.
 */
@Service
@Transactional(readOnly = true)
class AccountAdministration {

	private final AccountRepository repository;

	private final OneTimeLinks links;

	private final Regions regions;

	private final EntityManager entityManager;

	private final AccountLinkMails mails;

	private final CalendarFeeds feeds;

	AccountAdministration(AccountRepository repository, OneTimeLinks links, Regions regions,
			EntityManager entityManager, AccountLinkMails mails, CalendarFeeds feeds) {
		this.repository = repository;
		this.links = links;
		this.regions = regions;
		this.entityManager = entityManager;
		this.mails = mails;
		this.feeds = feeds;
	}

	List<AccountView> all() {
		return this.repository.findAllByOrderByDisplayNameAsc().stream().map(AccountView::of).toList();
	}

	AccountView view(long id) {
		return AccountView.of(get(id));
	}

	AccountForm editForm(long id) {
		return AccountForm.of(get(id));
	}

	boolean emailTaken(String email) {
		return this.repository.existsByEmail(email);
	}

	boolean unknownRegion(Set<String> codes) {
		return codes.stream().anyMatch((code) -> !this.regions.exists(code));
	}

	/**
	 * Makes the account and its invitation link, and queues the mail with the link to the
	 * person, all in one transaction (decision 27).
	 */
	@Transactional
	CreatedAccount create(AccountForm form) {
		Account account = new Account(form.getEmail().trim(), form.getDisplayName(), form.getRole(),
				form.getRegionCodes());
		account.speaks(form.getLanguage());
		this.repository.save(account);
		InvitationLink link = this.links.issue(account.getId(), Invitation.Purpose.INVITATION);
		this.mails.queue(link, Invitation.Purpose.INVITATION, account.getId());
		return new CreatedAccount(account.getId(), link.expiresAt());
	}

	/**
	 * Changes the account. A new role ends its calendar feed: the address was made for
	 * what the person did in the old role (issue 15).
	 */
	@Transactional
	void change(long id, AccountForm form) {
		Account account = current(id, form.getVersion());
		if (account.getRole() != form.getRole()) {
			this.feeds.stop(id);
		}
		account.change(form.getDisplayName(), form.getRole(), form.getRegionCodes());
		account.speaks(form.getLanguage());
	}

	/** Deactivates the account and deletes its calendar feed (issue 15). */
	@Transactional
	void deactivate(long id, long version) {
		current(id, version).deactivate();
		this.feeds.stop(id);
	}

	@Transactional
	void activate(long id, long version) {
		current(id, version).activate();
	}

	/**
	 * Takes the password away and gives a new one-time link; open sessions end at the
	 * next request. A reset always makes a new version, also of an account that had no
	 * password yet, so that the button sent again (or from a second tab) is refused as
	 * stale instead of making a second link that ends the first (decision 28). The link
	 * is mailed to the person through the outbox, in the same transaction. Within a
	 * minute of the account's previous link nothing happens (an empty answer): a
	 * coordinator cannot flood someone's inbox (decision 27).
	 */
	@Transactional
	Optional<Instant> reset(long id, long version) {
		Account account = current(id, version);
		if (this.links.issuedRecently(account.getId())) {
			return Optional.empty();
		}
		this.entityManager.lock(account, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		account.resetPassword();
		InvitationLink link = this.links.issue(account.getId(), Invitation.Purpose.RESET);
		this.mails.queue(link, Invitation.Purpose.RESET, account.getId());
		return Optional.of(link.expiresAt());
	}

	private Account get(long id) {
		return this.repository.findById(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * The account as it is now, locked, if it is still the version the page showed:
	 * changes from two pages at once are made one after the other, and the second is
	 * refused as stale.
	 */
	private Account current(long id, long version) {
		Account account = this.repository.lockById(id).orElseThrow(NotFoundException::new);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Account.class, id);
		}
		return account;
	}

	/** The new account, and until when the link mailed to the person works. */
	record CreatedAccount(long id, Instant linkExpiresAt) {
	}

}
