/**
 * Regional trajectories, their steps and the rules for moving through them. Other modules
 * ask {@link nl.nvp.goedegesprek.trajectory.Trajectories} for a
 * {@link nl.nvp.goedegesprek.trajectory.TrajectoryRef}: may this person see it, run it,
 * still change it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trajectories")
package nl.nvp.goedegesprek.trajectory;
