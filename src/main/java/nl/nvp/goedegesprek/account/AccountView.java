package nl.nvp.goedegesprek.account;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * An account as the administration pages show it.
 */
record AccountView(long id, String email, String displayName, Role role, Set<String> regionCodes, boolean active,
		boolean hasPassword, String language, long version, Instant createdAt) {

	static AccountView of(Account account) {
		return new AccountView(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
				new TreeSet<>(account.getRegionCodes()), account.isActive(), account.hasPassword(),
				account.getLanguage(), account.getVersion(), account.getCreatedAt());
	}

}
