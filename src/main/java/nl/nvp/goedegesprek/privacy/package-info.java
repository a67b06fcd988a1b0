/**
 * The record of who viewed, printed or exported participants' personal data, and its page
 * for national coordinators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.nvp.goedegesprek.privacy;
