package nl.nvp.goedegesprek.project.setup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.MeetingPlanning;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.region.RegionSummary;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;
import nl.nvp.goedegesprek.trajectory.StepType;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * National projects: the list of those a person sees, making one (national coordinators)
 * and changing its settings (who runs it), each in one transaction with its trajectory
 * ({@link ProjectTrajectories}).
 */
@Service
@Transactional(readOnly = true)
class ProjectSetup {

	private final ProjectTrajectories trajectories;

	private final NationalProjectRepository repository;

	private final Regions regions;

	private final MeetingPlanning meetings;

	ProjectSetup(ProjectTrajectories trajectories, NationalProjectRepository repository, Regions regions,
			MeetingPlanning meetings) {
		this.trajectories = trajectories;
		this.repository = repository;
		this.regions = regions;
		this.meetings = meetings;
	}

	/**
	 * The national projects this person sees, by title, with their settings: a fixed
	 * number of statements however many projects there are.
	 */
	List<Row> list(AccountPrincipal user) {
		List<ProjectTrajectories.Project> projects = this.trajectories.visibleTo(user);
		Map<Long, NationalProject> settings = new HashMap<>();
		if (!projects.isEmpty()) {
			this.repository.findAllById(projects.stream().map(ProjectTrajectories.Project::id).toList())
				.forEach((project) -> settings.put(project.getTrajectoryId(), project));
		}
		Map<String, String> names = this.regions.namesByCode();
		return projects.stream()
			.map((project) -> new Row(project, View.of(settings.get(project.id())),
					regionNames(project.reach(), names)))
			.toList();
	}

	/**
	 * The card on a national project's trajectory page, with how many dialogues are
	 * planned against its target; empty for any other trajectory.
	 */
	Optional<Card> card(long trajectoryId, boolean editable) {
		Optional<NationalProject> settings = this.repository.findById(trajectoryId);
		List<String> reach = this.trajectories.reach(trajectoryId);
		return Optional
			.of(new Card(trajectoryId, View.of(settings.orElse(null)), regionNames(reach, this.regions.namesByCode()),
					editable, this.meetings.countPlannedDialogues(trajectoryId)));
	}

	/** The regions a project may draw from. */
	List<RegionSummary> regionOptions() {
		return this.regions.current();
	}

	/** Checks what Bean Validation cannot: that the regions exist today. */
	void checkReferences(ProjectForm form, Errors errors) {
		if (form.getReach() == ProjectForm.Reach.REGIONS && !errors.hasFieldErrors("regionCodes")
				&& !form.getRegionCodes().stream().allMatch(this.regions::isCurrent)) {
			errors.rejectValue("regionCodes", "ProjectForm.regionCodes.unknown");
		}
	}

	/**
	 * Makes a national project: its trajectory and its settings, in one transaction.
	 * @return the trajectory's id
	 */
	@Transactional
	long create(ProjectForm form, AccountPrincipal user) {
		if (!user.isNational()) {
			throw new AccessDeniedException("Only national coordinators make a national project");
		}
		long id = this.trajectories.create(form.draft(), user);
		NationalProject project = new NationalProject(id);
		project.settle(form.getStartsOn(), form.getEndsOn(), form.getTargetDialogues(), Set.copyOf(form.getRoles()));
		this.repository.save(project);
		return id;
	}

	/** The settings form of a project this person runs. */
	ProjectForm editForm(long id, AccountPrincipal user) {
		ProjectTrajectories.Project project = editable(id, user);
		return ProjectForm.of(project, this.repository.findById(id).orElse(null));
	}

	/** Whether the project (that this person sees) is finished or cancelled. */
	boolean isClosed(long id, AccountPrincipal user) {
		return visible(id, user).closed();
	}

	/**
	 * Changes a project's settings and its trajectory's title, aim and reach, in one
	 * transaction, if it is still the version this person saw.
	 */
	@Transactional
	void update(long id, ProjectForm form, AccountPrincipal user) {
		editable(id, user);
		this.trajectories.change(id, form.getVersion(), form.draft(), user);
		NationalProject project = this.repository.findById(id).orElseGet(() -> new NationalProject(id));
		project.settle(form.getStartsOn(), form.getEndsOn(), form.getTargetDialogues(), Set.copyOf(form.getRoles()));
		this.repository.save(project);
	}

	private ProjectTrajectories.Project visible(long id, AccountPrincipal user) {
		return this.trajectories.find(id, user).orElseThrow(NotFoundException::new);
	}

	private ProjectTrajectories.Project editable(long id, AccountPrincipal user) {
		ProjectTrajectories.Project project = visible(id, user);
		if (!project.editable() && !project.closed()) {
			throw new AccessDeniedException("Read-only for this person");
		}
		return project;
	}

	private static List<String> regionNames(List<String> codes, Map<String, String> names) {
		return codes.stream().map((code) -> names.getOrDefault(code, code)).sorted().toList();
	}

	/**
	 * A project's settings as shown, or none filled in yet (a project from before they
	 * existed).
	 *
	 * @param startsOn its first day
	 * @param endsOn its last day
	 * @param targetDialogues how many dialogues it aims for
	 * @param roles the message keys of the roles of a dialogue, in order
	 */
	record View(LocalDate startsOn, LocalDate endsOn, Integer targetDialogues, List<String> roles) {

		static View of(NationalProject project) {
			if (project == null) {
				return null;
			}
			return new View(project.getStartsOn(), project.getEndsOn(), project.getTargetDialogues(),
					project.getRoles().stream().map((role) -> "ParticipantRole." + role.name()).toList());
		}

	}

	/**
	 * A project in the list.
	 *
	 * @param project its trajectory as this person sees it
	 * @param settings its settings, or {@code null} when none are filled in
	 * @param regions the names of the regions it draws from; empty for the whole country
	 */
	record Row(ProjectTrajectories.Project project, View settings, List<String> regions) {

		public String activeStepKey() {
			StepType step = this.project.activeStep();
			return (step != null) ? "StepType." + step.name() : null;
		}

	}

	/**
	 * The card on the trajectory page.
	 *
	 * @param id the trajectory's id
	 * @param settings its settings, or {@code null} when none are filled in
	 * @param regions the names of the regions it draws from; empty for the whole country
	 * @param editable whether this person runs it and it is open (may change its
	 * settings)
	 * @param plannedDialogues how many dialogues are planned (not cancelled)
	 */
	record Card(long id, View settings, List<String> regions, boolean editable, long plannedDialogues) {
	}

	/** The roles to choose from, in order. */
	static List<ParticipantRole> roleOptions() {
		return List.of(ParticipantRole.values());
	}

}
