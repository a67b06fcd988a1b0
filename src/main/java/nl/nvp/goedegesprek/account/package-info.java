/**
 * Accounts, roles, one-time links (invitations, password resets, first start), login
 * throttling and the session checks. {@link nl.nvp.goedegesprek.account.Accounts} and
 * {@link nl.nvp.goedegesprek.account.AccountPrincipal} are what other modules use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package nl.nvp.goedegesprek.account;
