package nl.nvp.goedegesprek.overview;

import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

/**
 * What a module shows under each trajectory on a region's page (the topics chosen, the
 * actions), drawn with its own template fragment, so that the overview knows none of its
 * tables or URLs. Each contribution costs a fixed number of SQL statements however many
 * trajectories the region has.
 */
public interface RegionSection {

	/**
	 * Sections are shown in this order, lowest first.
	 * @return the position of this module's section
	 */
	int order();

	/**
	 * The sections for these trajectories, which the person was allowed to see.
	 * @param trajectories the region's trajectories as this person sees them
	 * @return by trajectory id, the section (absent to show none)
	 */
	Map<Long, Section> sections(List<TrajectoryRef> trajectories);

	/**
	 * What to draw.
	 *
	 * @param template the template whose fragment {@code section(section)} draws it, e.g.
	 * {@code harvest/region-section}
	 * @param model what the fragment shows, built by the contributing module
	 */
	record Section(String template, Object model) {
	}

}
