package nl.nvp.goedegesprek.trajectory;

/**
 * What a public page shows of a trajectory whose coordinators published something of it
 * (an output): its title and region, nothing else.
 *
 * @param id the trajectory
 * @param title its title
 * @param regionCode its region's CBS code
 */
public record PublicTrajectory(long id, String title, String regionCode) {
}
