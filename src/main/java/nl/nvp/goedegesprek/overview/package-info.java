/**
 * The national overview (issue 16): the map of the youth-care regions with where each
 * stands, and a page per region with its trajectories, their steps, and what the other
 * modules contribute ({@link nl.nvp.goedegesprek.overview.RegionSection}: topics chosen,
 * actions), and the recurring topics ({@link nl.nvp.goedegesprek.overview.TopicChoices},
 * {@link nl.nvp.goedegesprek.overview.TopicActions}), and the annual numbers
 * ({@code annual}: {@link nl.nvp.goedegesprek.overview.AnnualMeetings},
 * {@link nl.nvp.goedegesprek.overview.AnnualActions}). Depends on the region, trajectory
 * and account modules' APIs; the harvest, meeting and action-plan modules depend on it,
 * not the other way round (decision 40).
 */
@org.springframework.modulith.ApplicationModule(displayName = "National overview")
package nl.nvp.goedegesprek.overview;
