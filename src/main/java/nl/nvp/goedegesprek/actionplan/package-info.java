/**
 * The action plan of a trajectory: improvement actions made from the harvest's ideas,
 * their follow-up (owners' links, reminders), the NVP's national actions, and the plan in
 * reviewed versions. Reads topics and ideas through the harvest module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plan")
package nl.nvp.goedegesprek.actionplan;
