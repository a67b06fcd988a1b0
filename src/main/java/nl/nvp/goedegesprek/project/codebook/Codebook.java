package nl.nvp.goedegesprek.project.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.harvest.Harvests;
import nl.nvp.goedegesprek.harvest.TopicRef;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.SmallGroups;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A national project's codebook (decision 47): its themes, with how many remarks and
 * dialogues each has. Whoever sees the project reads it; whoever runs it (and it is open)
 * changes it. Reads are SQL through the entity manager, so that the statement counter of
 * the tests sees them: a fixed number however many dialogues and remarks there are.
 */
@Service
@Transactional(readOnly = true)
class Codebook {

	private final ProjectTrajectories projects;

	private final ProjectThemeRepository themes;

	private final Harvests harvests;

	private final TransactionLocks locks;

	@PersistenceContext
	private EntityManager entityManager;

	Codebook(ProjectTrajectories projects, ProjectThemeRepository themes, Harvests harvests, TransactionLocks locks) {
		this.projects = projects;
		this.themes = themes;
		this.harvests = harvests;
		this.locks = locks;
	}

	/** The project, if this person sees it. */
	ProjectTrajectories.Project project(long id, AccountPrincipal user) {
		return this.projects.find(id, user).orElseThrow(NotFoundException::new);
	}

	/** The project, if this person runs it and it is open. */
	ProjectTrajectories.Project editable(long id, AccountPrincipal user) {
		ProjectTrajectories.Project project = project(id, user);
		if (!project.editable()) {
			throw new AccessDeniedException("Only who runs an open project changes its codebook");
		}
		return project;
	}

	/** The project's themes by name, with their counts: one statement. */
	List<ThemeRow> themes(long trajectoryId) {
		List<Tuple> rows = this.entityManager.createNativeQuery("""
				select t.id as id, t.name as name, t.description as description,
				       count(x.remark_id) as remarks, count(distinct r.meeting_id) as dialogues,
				       exists (select 1 from project_advice a where a.theme_id = t.id) as advised
				from project_theme t
				left join dialogue_remark_theme x on x.theme_id = t.id
				left join dialogue_remark r on r.id = x.remark_id
				where t.trajectory_id = :trajectory
				group by t.id, t.name, t.description
				order by lower(t.name), t.id""", Tuple.class).setParameter("trajectory", trajectoryId).getResultList();
		return rows.stream()
			.map((row) -> new ThemeRow(number(row, "id"), row.get("name", String.class),
					row.get("description", String.class), number(row, "remarks"), number(row, "dialogues"),
					Boolean.TRUE.equals(row.get("advised", Boolean.class))))
			.toList();
	}

	/** A theme of the project, to change. */
	ThemeForm editForm(long trajectoryId, long themeId) {
		return ThemeForm.of(theme(trajectoryId, themeId));
	}

	String name(long trajectoryId, long themeId) {
		return theme(trajectoryId, themeId).getName();
	}

	/**
	 * Adds a theme to the project's codebook.
	 * @throws RuleException ({@code ThemeForm.name.taken}) when the project has a theme
	 * of that name
	 */
	@Transactional
	long add(long trajectoryId, ThemeForm form, AccountPrincipal user) {
		editable(trajectoryId, user);
		this.locks.lock("project-theme", Long.toString(trajectoryId));
		if (this.themes.existsWithName(trajectoryId, form.getName().strip(), null)) {
			throw new RuleException("ThemeForm.name.taken");
		}
		ProjectTheme theme = new ProjectTheme(trajectoryId);
		theme.describe(form.getName(), form.getDescription());
		return this.themes.save(theme).getId();
	}

	/**
	 * Renames or describes a theme, if it is still the version this person saw.
	 */
	@Transactional
	void change(long trajectoryId, long themeId, ThemeForm form, AccountPrincipal user) {
		editable(trajectoryId, user);
		ProjectTheme theme = theme(trajectoryId, themeId);
		if (theme.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ProjectTheme.class, themeId);
		}
		this.locks.lock("project-theme", Long.toString(trajectoryId));
		if (this.themes.existsWithName(trajectoryId, form.getName().strip(), themeId)) {
			throw new RuleException("ThemeForm.name.taken");
		}
		theme.describe(form.getName(), form.getDescription());
		this.themes.saveAndFlush(theme);
	}

	/**
	 * Deletes a theme no remark was coded with and no advice was written on (a theme in
	 * use is renamed instead, so that no coding or advice is lost unseen).
	 * @return whether it was deleted (false: it is in use, or was already gone)
	 */
	@Transactional
	boolean delete(long trajectoryId, long themeId, AccountPrincipal user) {
		editable(trajectoryId, user);
		this.locks.lock("project-theme", Long.toString(trajectoryId));
		return this.entityManager.createNativeQuery("""
				delete from project_theme t where t.id = :theme and t.trajectory_id = :trajectory
				and not exists (select 1 from dialogue_remark_theme x where x.theme_id = t.id)
				and not exists (select 1 from project_advice a where a.theme_id = t.id)""")
			.setParameter("theme", themeId)
			.setParameter("trajectory", trajectoryId)
			.executeUpdate() > 0;
	}

	/**
	 * Takes over the topics of the national catalogue (only those: not a trajectory's own
	 * harvest topics) as themes, skipping names the codebook already has.
	 * @return how many themes were added
	 */
	@Transactional
	int adoptCatalogue(long trajectoryId, AccountPrincipal user) {
		editable(trajectoryId, user);
		this.locks.lock("project-theme", Long.toString(trajectoryId));
		Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		themes(trajectoryId).forEach((theme) -> taken.add(theme.name()));
		List<ProjectTheme> added = new ArrayList<>();
		for (TopicRef topic : this.harvests.catalogueTopics()) {
			if (taken.add(topic.name().strip())) {
				ProjectTheme theme = new ProjectTheme(trajectoryId);
				theme.describe(topic.name(), null);
				added.add(theme);
			}
		}
		this.themes.saveAll(added);
		return added.size();
	}

	private ProjectTheme theme(long trajectoryId, long themeId) {
		return this.themes.findByIdAndTrajectoryId(themeId, trajectoryId).orElseThrow(NotFoundException::new);
	}

	static long number(Tuple row, String alias) {
		Object value = row.get(alias);
		return (value == null) ? 0 : ((Number) value).longValue();
	}

	/**
	 * A theme in the codebook.
	 *
	 * @param id its id
	 * @param name its name
	 * @param description what it covers, or {@code null}
	 * @param remarks how many remarks were coded with it
	 * @param dialogues in how many dialogues those were made
	 * @param advised whether an advice was written on it
	 */
	record ThemeRow(long id, String name, String description, long remarks, long dialogues, boolean advised) {

		public boolean used() {
			return this.remarks > 0 || this.advised;
		}

		/** Whether a reader who does not run the project sees "fewer than 5" remarks. */
		public boolean fewRemarks() {
			return SmallGroups.hidden(this.remarks);
		}

		/**
		 * Whether a reader who does not run the project sees "fewer than 5" dialogues.
		 */
		public boolean fewDialogues() {
			return SmallGroups.hidden(this.dialogues);
		}

	}

}
