/**
 * Privacy: the record of who viewed, printed, exported or erased personal data, and a
 * person's data requests (see everything kept about an address, export it as JSON and
 * PDF, erase it), for national coordinators. Modules that keep personal data implement
 * {@link nl.nvp.goedegesprek.privacy.PersonalDataHolder}; the account module answers
 * through its own API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.nvp.goedegesprek.privacy;
