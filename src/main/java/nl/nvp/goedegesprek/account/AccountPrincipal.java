package nl.nvp.goedegesprek.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, as other modules see them: who, in which role, for which regions.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final Set<String> regionCodes;

	private final long version;

	private final boolean active;

	private String passwordHash;

	public AccountPrincipal(long id, String email, String displayName, Role role, Set<String> regionCodes, long version,
			boolean active, String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.regionCodes = Set.copyOf(regionCodes);
		this.version = version;
		this.active = active;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Set<String> regionCodes() {
		return this.regionCodes;
	}

	/**
	 * The account's version when this person logged in; a change by an administrator ends
	 * the session.
	 */
	public long version() {
		return this.version;
	}

	public boolean isNational() {
		return this.role == Role.NATIONAL_COORDINATOR;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	public boolean worksIn(String regionCode) {
		return regionCode != null && this.regionCodes.contains(regionCode);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.id + "]";
	}

}
