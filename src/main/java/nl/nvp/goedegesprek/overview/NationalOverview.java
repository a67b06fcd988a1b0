package nl.nvp.goedegesprek.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.region.RegionMap;
import nl.nvp.goedegesprek.region.RegionSummary;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;
import nl.nvp.goedegesprek.trajectory.RegionTrajectories;
import nl.nvp.goedegesprek.trajectory.RegionTrajectories.Phase;
import nl.nvp.goedegesprek.trajectory.RegionTrajectories.Standing;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national overview's pages. Who sees what (decision 40): everyone with an account
 * sees the map and every region's standing (a region's phase and year say nothing about
 * people); national coordinators open every region's page, others the pages of their own
 * regions (and a regional coordinator those of the trajectories assigned to them, where
 * they see only those).
 */
@Service
@Transactional(readOnly = true)
class NationalOverview {

	private final Regions regions;

	private final RegionMap map;

	private final RegionTrajectories trajectories;

	private final List<RegionSection> sections;

	private final ProjectTrajectories projects;

	NationalOverview(Regions regions, RegionMap map, RegionTrajectories trajectories, List<RegionSection> sections,
			ProjectTrajectories projects) {
		this.regions = regions;
		this.map = map;
		this.trajectories = trajectories;
		this.projects = projects;
		this.sections = sections.stream().sorted(Comparator.comparingInt(RegionSection::order)).toList();
	}

	/**
	 * The map and table of the current regions, by name, and the national projects this
	 * person sees (not a region: a list of their own, decision 45). A fixed number of
	 * statements.
	 */
	MapPage map(AccountPrincipal user) {
		RegionMap.Drawing drawing = this.map.drawing();
		Map<String, Standing> standings = this.trajectories.standings();
		Set<String> detailed = this.trajectories.regionsWithDetails(user);
		List<RegionRow> rows = new ArrayList<>();
		Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			counts.put(phase, 0);
		}
		for (RegionSummary region : this.regions.current()) {
			Standing standing = standings.getOrDefault(region.code(), Standing.NEVER);
			RegionMap.Shape shape = drawing.shapes().get(region.code());
			rows.add(new RegionRow(region.code(), region.name(), standing, (shape != null) ? shape.path() : null,
					detailed == null || detailed.contains(region.code())));
			counts.merge(standing.phase(), 1, Integer::sum);
		}
		List<LegendEntry> legend = new ArrayList<>();
		for (Phase phase : List.of(Phase.RUNNING, Phase.PLANNED, Phase.FINISHED, Phase.NEVER)) {
			legend.add(new LegendEntry(phase, counts.get(phase)));
		}
		Map<String, String> names = this.regions.namesByCode();
		List<ProjectRow> projects = this.projects.visibleTo(user)
			.stream()
			.map((project) -> new ProjectRow(project,
					project.reach().stream().map((code) -> names.getOrDefault(code, code)).sorted().toList()))
			.toList();
		return new MapPage(drawing.viewBox(), rows, legend, projects);
	}

	/**
	 * A region's page: its standing, its trajectories this person sees, and under each
	 * what the modules contribute. A fixed number of statements.
	 * @throws NotFoundException for a region that does not exist
	 * @throws AccessDeniedException for a region whose page this person may not open
	 */
	RegionPage region(String code, AccountPrincipal user) {
		RegionSummary region = this.regions.find(code).orElseThrow(NotFoundException::new);
		Set<String> detailed = this.trajectories.regionsWithDetails(user);
		if (detailed != null && !detailed.contains(code)) {
			throw new AccessDeniedException("Not this person's region");
		}
		Standing standing = this.trajectories.standings().getOrDefault(code, Standing.NEVER);
		List<RegionTrajectories.Outline> outlines = this.trajectories.inRegion(code, user);
		List<TrajectoryRef> refs = outlines.stream().map(RegionTrajectories.Outline::trajectory).toList();
		Map<Long, List<RegionSection.Section>> sections = new HashMap<>();
		if (!refs.isEmpty()) {
			for (RegionSection contribution : this.sections) {
				contribution.sections(refs)
					.forEach((id, section) -> sections.computeIfAbsent(id, (key) -> new ArrayList<>()).add(section));
			}
		}
		List<TrajectoryBlock> blocks = outlines.stream()
			.map((outline) -> new TrajectoryBlock(outline, sections.getOrDefault(outline.trajectory().id(), List.of())))
			.toList();
		return new RegionPage(region, standing, blocks);
	}

	/**
	 * The overview page.
	 *
	 * @param viewBox the map's SVG view box
	 * @param regions the current regions, by name
	 * @param legend per phase, how many regions are in it
	 * @param projects the national projects this person sees, by title
	 */
	record MapPage(String viewBox, List<RegionRow> regions, List<LegendEntry> legend, List<ProjectRow> projects) {
	}

	/**
	 * A national project in the overview's list of them.
	 *
	 * @param project the project as this person sees it
	 * @param regions the names of the regions it draws from; empty for the whole country
	 */
	record ProjectRow(ProjectTrajectories.Project project, List<String> regions) {

		public String activeStepKey() {
			return (this.project.activeStep() != null) ? "StepType." + this.project.activeStep().name() : null;
		}

	}

	/**
	 * A region on the map and in the table.
	 *
	 * @param code its CBS code
	 * @param name its name
	 * @param standing where it stands
	 * @param path its shape on the map, or {@code null} when the map has none
	 * @param linked whether this person may open its page
	 */
	record RegionRow(String code, String name, Standing standing, String path, boolean linked) {

		public String phaseClass() {
			return NationalOverview.phaseClass(this.standing.phase());
		}

		public String standingKey() {
			return NationalOverview.standingKey(this.standing);
		}

	}

	record LegendEntry(Phase phase, int regions) {

		public String phaseClass() {
			return NationalOverview.phaseClass(this.phase);
		}

	}

	record RegionPage(RegionSummary region, Standing standing, List<TrajectoryBlock> trajectories) {

		public String phaseClass() {
			return NationalOverview.phaseClass(this.standing.phase());
		}

		public String standingKey() {
			return NationalOverview.standingKey(this.standing);
		}

	}

	/** The CSS class of a phase's shapes and legend marks, e.g. {@code phase-running}. */
	static String phaseClass(Phase phase) {
		return "phase-" + phase.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The message key of a standing in words: with its year as argument where it has one
	 * ("Loopt, sinds 2025"), else the phase alone.
	 */
	static String standingKey(Standing standing) {
		return "overview.phase." + standing.phase() + ((standing.year() != null) ? ".year" : "");
	}

	record TrajectoryBlock(RegionTrajectories.Outline outline, List<RegionSection.Section> sections) {
	}

}
