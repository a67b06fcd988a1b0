package nl.nvp.goedegesprek.account;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import nl.nvp.goedegesprek.shared.Audited;

@Entity
class Account extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String passwordHash;

	private boolean active = true;

	/** The language of the person's mails: "nl" or "en" (decision 27). */
	private String language = "nl";

	@ElementCollection
	@CollectionTable(name = "account_region", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "region_code")
	@BatchSize(size = 100)
	private Set<String> regionCodes = new HashSet<>();

	@Version
	private long version;

	/**
	 * A hash that no password matches, for accounts without one: checking it costs the
	 * same time as a real one, so a login attempt does not reveal invited or reset
	 * accounts.
	 */
	private static final String NO_PASSWORD = "{bcrypt}$2a$10$5ilfZnLwYs4O.kX5dw8.Je41XafeLjbuQ5GUwCV20oYvNlfdW14R6";

	protected Account() {
	}

	Account(String email, String displayName, Role role, Set<String> regionCodes) {
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.regionCodes = new HashSet<>(role.needsRegions() ? regionCodes : Set.of());
	}

	void change(String displayName, Role role, Set<String> regionCodes) {
		this.displayName = displayName;
		this.role = role;
		this.regionCodes.clear();
		if (role.needsRegions()) {
			this.regionCodes.addAll(regionCodes);
		}
	}

	/** The language of the person's mails. */
	void speaks(String language) {
		this.language = language;
	}

	void setPassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * A reset takes the old password away at once: only the new link lets the person in
	 * again.
	 */
	void resetPassword() {
		this.passwordHash = null;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	/**
	 * Erases the person from the account (a data request): name, address, password and
	 * regions go, the account is deactivated. The row stays, so that what the person did
	 * (comments, changes) keeps an author, now without a name. A new version ends any
	 * session at its next request.
	 */
	void forget() {
		this.displayName = "-";
		this.email = "verwijderd-" + this.id + "@invalid";
		this.passwordHash = null;
		this.active = false;
		this.regionCodes.clear();
	}

	AccountPrincipal toPrincipal() {
		return new AccountPrincipal(this.id, this.email, this.displayName, this.role, this.regionCodes, this.version,
				this.active && this.passwordHash != null,
				(this.passwordHash != null) ? this.passwordHash : NO_PASSWORD);
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	Role getRole() {
		return this.role;
	}

	Set<String> getRegionCodes() {
		return this.regionCodes;
	}

	String getLanguage() {
		return this.language;
	}

	boolean isActive() {
		return this.active;
	}

	boolean hasPassword() {
		return this.passwordHash != null;
	}

	long getVersion() {
		return this.version;
	}

}
