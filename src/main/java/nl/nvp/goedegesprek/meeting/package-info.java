/**
 * Meetings of a trajectory: planning them ({@code planning}), public registration with
 * double opt-in, personal links, waitlist and quotas ({@code registration}), the
 * participants' mails, calendar files and reminders ({@code mail}), the coordinators'
 * attendee list, export and check-in ({@code attendance}), the table plan
 * ({@code tables}) and evaluations ({@code evaluation}). Other modules use only the types
 * in this package.
 */
@ApplicationModule(displayName = "Meetings")
package nl.nvp.goedegesprek.meeting;

import org.springframework.modulith.ApplicationModule;
