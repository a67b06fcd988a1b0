/**
 * Regions ask to start (issue 16, "Doe mee"): a public page that explains Het goede
 * gesprek and its lighter forms, a public form with which someone from a region asks to
 * start or asks a question ({@code form}), and the national coordinators' inbox of those
 * requests, from which they answer by mail and turn a request into a trajectory
 * ({@code inbox}). The requests themselves, their mails, retention and data requests are
 * in {@code request}. Depends on the region, trajectory, account, privacy and shared
 * modules' APIs; the trajectory module knows this one only as a
 * {@link nl.nvp.goedegesprek.trajectory.TrajectoryOrigin} and a
 * {@link nl.nvp.goedegesprek.trajectory.TrajectoryAttention}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Doe mee")
package nl.nvp.goedegesprek.joining;
