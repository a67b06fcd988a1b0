package nl.nvp.goedegesprek.project.advice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.NationalActionProposals;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A national project's advice per theme (decision 48): whoever sees the project reads it;
 * whoever runs it (and while it is open) writes it. The themes (codebook) and the
 * dialogues with their remarks belong to other parts of the project module; they are read
 * here with SQL.
 */
@Service
@Transactional(readOnly = true)
class ProjectAdvices {

	private final ProjectTrajectories projects;

	private final ProjectAdviceRepository advices;

	private final JdbcClient jdbc;

	private final TransactionLocks locks;

	private final NationalActionProposals nationalActions;

	private final Trajectories trajectories;

	ProjectAdvices(ProjectTrajectories projects, ProjectAdviceRepository advices, JdbcClient jdbc,
			TransactionLocks locks, NationalActionProposals nationalActions, Trajectories trajectories) {
		this.nationalActions = nationalActions;
		this.trajectories = trajectories;
		this.projects = projects;
		this.advices = advices;
		this.jdbc = jdbc;
		this.locks = locks;
	}

	/** The project, if this person sees it (else not found). */
	ProjectTrajectories.Project visible(long projectId, AccountPrincipal user) {
		return this.projects.find(projectId, user).orElseThrow(NotFoundException::new);
	}

	/**
	 * The project, if this person runs it and it is open (else forbidden or not found).
	 */
	ProjectTrajectories.Project editable(long projectId, AccountPrincipal user) {
		ProjectTrajectories.Project project = visible(projectId, user);
		if (!project.editable()) {
			throw new AccessDeniedException("Only whoever runs the open project writes its advice");
		}
		return project;
	}

	/**
	 * The project, if this person runs it, also after it closed (else forbidden or not
	 * found): publishing and withdrawing the advice is allowed then, as for any output of
	 * a closed trajectory (a report often comes later); writing it is not.
	 */
	ProjectTrajectories.Project runBy(long projectId, AccountPrincipal user) {
		ProjectTrajectories.Project project = visible(projectId, user);
		if (!runs(projectId, user)) {
			throw new AccessDeniedException("Only whoever runs the project publishes its advice");
		}
		return project;
	}

	/** Whether this person runs the project (open or closed). */
	boolean runs(long projectId, AccountPrincipal user) {
		return this.trajectories.find(projectId, user).map((trajectory) -> trajectory.manageable()).orElse(false);
	}

	/**
	 * The project's advice, by title, and its themes that have none yet: a fixed number
	 * of statements however many there are.
	 */
	Overview overview(long projectId, AccountPrincipal user) {
		ProjectTrajectories.Project project = visible(projectId, user);
		Map<Long, String> themes = themes(projectId);
		List<ProjectAdvice> found = this.advices.findByTrajectory(projectId);
		List<Row> rows = rows(found, themes);
		Set<Long> covered = new LinkedHashSet<>();
		found.forEach((advice) -> covered.add(advice.getThemeId()));
		List<Theme> open = themes.entrySet()
			.stream()
			.filter((theme) -> !covered.contains(theme.getKey()))
			.map((theme) -> new Theme(theme.getKey(), theme.getValue()))
			.toList();
		return new Overview(project, rows, open);
	}

	/**
	 * A new advice's form: on this theme (if it is one of the project's), with the
	 * dialogues in which it came up.
	 */
	AdviceForm newForm(long projectId, Long themeId, AccountPrincipal user) {
		editable(projectId, user);
		AdviceForm form = new AdviceForm();
		if (themeId != null && themes(projectId).containsKey(themeId)) {
			form.setThemeId(themeId);
			form.setTitle(themes(projectId).get(themeId));
			form.setDialogues(new LinkedHashSet<>(dialoguesOfTheme(projectId, themeId)));
		}
		return form;
	}

	AdviceForm editForm(long projectId, long adviceId, AccountPrincipal user) {
		editable(projectId, user);
		return AdviceForm.of(advice(projectId, adviceId));
	}

	/** The themes and dialogues to choose from. */
	Options options(long projectId) {
		Map<Long, String> themes = themes(projectId);
		return new Options(
				themes.entrySet().stream().map((theme) -> new Theme(theme.getKey(), theme.getValue())).toList(),
				dialogues(projectId));
	}

	/**
	 * Checks what Bean Validation cannot: the theme and the dialogues are the project's.
	 */
	void checkReferences(long projectId, AdviceForm form, Errors errors) {
		if (form.getThemeId() != null && !errors.hasFieldErrors("themeId")
				&& !themes(projectId).containsKey(form.getThemeId())) {
			errors.rejectValue("themeId", "AdviceForm.themeId.unknown");
		}
		form.getDialogues().remove(null);
		if (!form.getDialogues().isEmpty() && !errors.hasFieldErrors("dialogues")) {
			Set<Long> known = new LinkedHashSet<>();
			dialogues(projectId).forEach((dialogue) -> known.add(dialogue.id()));
			if (!known.containsAll(form.getDialogues())) {
				errors.rejectValue("dialogues", "AdviceForm.dialogues.unknown");
			}
		}
	}

	/**
	 * Writes an advice; refused ({@code AdviceForm.themeId.taken}) when its theme has one
	 * already: the same form sent from two tabs makes one.
	 */
	@Transactional
	long create(long projectId, AdviceForm form, AccountPrincipal user) {
		editable(projectId, user);
		this.locks.lock("project-advice-theme", form.getThemeId());
		if (this.advices.existsByThemeId(form.getThemeId())) {
			throw new RuleException("AdviceForm.themeId.taken");
		}
		ProjectAdvice advice = new ProjectAdvice(projectId);
		advice.describe(form.getThemeId(), form.getTitle().strip(), form.getText().strip(), form.getDialogues());
		return this.advices.saveAndFlush(advice).getId();
	}

	/** Changes an advice, if it is still the version this person saw. */
	@Transactional
	void update(long projectId, long adviceId, AdviceForm form, AccountPrincipal user) {
		editable(projectId, user);
		ProjectAdvice advice = advice(projectId, adviceId);
		if (advice.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ProjectAdvice.class, adviceId);
		}
		if (!form.getThemeId().equals(advice.getThemeId())) {
			this.locks.lock("project-advice-theme", form.getThemeId());
			if (this.advices.existsByThemeId(form.getThemeId())) {
				throw new RuleException("AdviceForm.themeId.taken");
			}
		}
		advice.describe(form.getThemeId(), form.getTitle().strip(), form.getText().strip(), form.getDialogues());
		this.advices.flush();
	}

	/**
	 * Makes a national action of an advice (national coordinators, in a project they
	 * run), with its title and text; once: the advice remembers the action.
	 * @throws RuleException ({@code advice.action.exists}) when it became one already, or
	 * ({@code NationalActionForm.title.exists}) when a national action has its title
	 */
	@Transactional
	long makeNationalAction(long projectId, long adviceId, AccountPrincipal user) {
		editable(projectId, user);
		if (!user.isNational()) {
			throw new AccessDeniedException("Only national coordinators make national actions");
		}
		this.locks.lock("project-advice-action", adviceId);
		ProjectAdvice advice = advice(projectId, adviceId);
		if (advice.getNationalActionId() != null) {
			throw new RuleException("advice.action.exists");
		}
		long actionId = this.nationalActions.propose(advice.getTitle(), advice.getText());
		advice.becameNationalAction(actionId);
		this.advices.flush();
		return actionId;
	}

	private ProjectAdvice advice(long projectId, long adviceId) {
		return this.advices.findInTrajectory(projectId, adviceId).orElseThrow(NotFoundException::new);
	}

	/** The project's themes, by name. */
	private Map<Long, String> themes(long projectId) {
		Map<Long, String> themes = new LinkedHashMap<>();
		this.jdbc.sql("select id, name from project_theme where trajectory_id = ? order by lower(name), id")
			.param(projectId)
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
			.list()
			.forEach((entry) -> themes.put(entry.getKey(), entry.getValue()));
		return themes;
	}

	/**
	 * The project's dialogues (its meetings of type dialogue session, not cancelled), by
	 * date: an advice rests on dialogues, not on other meetings of the project.
	 */
	List<Dialogue> dialogues(long projectId) {
		return this.jdbc.sql("""
				select id, meeting_date, online, address from meeting
				where trajectory_id = ? and type = 'DIALOGUE_SESSION' and not cancelled
				order by meeting_date, start_time, id""")
			.param(projectId)
			.query((rs, n) -> new Dialogue(rs.getLong("id"), rs.getObject("meeting_date", LocalDate.class),
					rs.getBoolean("online") ? null : rs.getString("address")))
			.list();
	}

	/** The dialogues in which a theme came up: those with a remark coded with it. */
	List<Long> dialoguesOfTheme(long projectId, long themeId) {
		return this.jdbc.sql("""
				select distinct r.meeting_id from dialogue_remark r
				join dialogue_remark_theme t on t.remark_id = r.id
				where r.trajectory_id = ? and t.theme_id = ? order by r.meeting_id""")
			.params(projectId, themeId)
			.query(Long.class)
			.list();
	}

	/** The project's advice, by title, with its theme's name. */
	List<Row> rows(long projectId) {
		return rows(this.advices.findByTrajectory(projectId), themes(projectId));
	}

	private static List<Row> rows(List<ProjectAdvice> advices, Map<Long, String> themes) {
		return advices.stream()
			.map((advice) -> new Row(advice.getId(), advice.getTitle(), themes.get(advice.getThemeId()),
					advice.getText(), advice.getDialogues().size(), advice.getNationalActionId()))
			.toList();
	}

	/**
	 * An advice as listed.
	 *
	 * @param id its id
	 * @param title its title
	 * @param theme the name of its theme
	 * @param text the advice itself
	 * @param dialogueCount on how many dialogues it rests
	 * @param nationalActionId the national action it became, or {@code null}
	 */
	record Row(long id, String title, String theme, String text, int dialogueCount, Long nationalActionId) {
	}

	record Theme(long id, String name) {
	}

	/**
	 * A dialogue to choose.
	 *
	 * @param id the meeting's id
	 * @param date its day
	 * @param place its address, or {@code null} when it is online
	 */
	record Dialogue(long id, LocalDate date, String place) {
	}

	record Options(List<Theme> themes, List<Dialogue> dialogues) {
	}

	record Overview(ProjectTrajectories.Project project, List<Row> advices, List<Theme> themesWithout) {
	}

}
