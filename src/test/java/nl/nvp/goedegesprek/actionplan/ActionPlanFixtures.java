package nl.nvp.goedegesprek.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.action.ActionForm;
import nl.nvp.goedegesprek.actionplan.action.ActionScope;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.actionplan.action.Actions;
import nl.nvp.goedegesprek.actionplan.action.ProgressForm;
import nl.nvp.goedegesprek.actionplan.national.NationalActionForm;
import nl.nvp.goedegesprek.actionplan.national.NationalActions;
import nl.nvp.goedegesprek.actionplan.plan.PlanVersions;
import nl.nvp.goedegesprek.actionplan.plan.Plans;
import nl.nvp.goedegesprek.shared.RuleException;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Actions, national actions and plan versions for tests, made through the module's own
 * services (topics and harvest come from {@code HarvestFixtures}).
 */
@TestComponent
public class ActionPlanFixtures {

	private final Actions actions;

	private final Plans plans;

	private final NationalActions nationalActions;

	private final PlanVersions versions;

	private final JdbcTemplate jdbc;

	ActionPlanFixtures(Actions actions, Plans plans, PlanVersions versions, NationalActions nationalActions,
			JdbcTemplate jdbc) {
		this.actions = actions;
		this.plans = plans;
		this.versions = versions;
		this.nationalActions = nationalActions;
		this.jdbc = jdbc;
	}

	/** An action about a chosen topic, from these ideas; returns its id. */
	public long action(long trajectoryId, AccountPrincipal coordinator, long topicId, String title, LocalDate deadline,
			Long... ideaIds) {
		ActionForm form = new ActionForm();
		form.setTopicId(topicId);
		form.setTitle(title);
		form.setOwnerOrganisation("Pleegzorg Gelderland");
		form.setDeadline(deadline);
		form.setStatus(ActionStatus.AGREED);
		form.setIdeaIds(Set.of(ideaIds));
		return this.actions.create(trajectoryId, form, coordinator);
	}

	/** An action with a contact person who gets reminders. */
	public long actionWithContact(long trajectoryId, AccountPrincipal coordinator, long topicId, String title,
			LocalDate deadline, String email) {
		ActionForm form = new ActionForm();
		form.setTopicId(topicId);
		form.setTitle(title);
		form.setOwnerOrganisation("Gemeente Enschede");
		form.setContactName("Contactpersoon");
		form.setContactEmail(email);
		form.setDeadline(deadline);
		form.setStatus(ActionStatus.AGREED);
		return this.actions.create(trajectoryId, form, coordinator);
	}

	/**
	 * A national action with this title; national titles are unique, so a title that is
	 * taken (a fixture made twice in one run) gets a number.
	 */
	public long nationalAction(String title) {
		NationalActionForm form = new NationalActionForm();
		for (int attempt = 1;; attempt++) {
			form.setTitle((attempt == 1) ? title : title + " " + attempt);
			try {
				return this.nationalActions.create(form);
			}
			catch (RuleException ex) {
				// taken: try the next number
			}
		}
	}

	/** An action the region hands to the NVP. */
	public long nationalScopeAction(long trajectoryId, AccountPrincipal coordinator, long topicId, String title) {
		ActionForm form = new ActionForm();
		form.setTopicId(topicId);
		form.setTitle(title);
		form.setOwnerOrganisation("NVP");
		form.setStatus(ActionStatus.AGREED);
		form.setScope(ActionScope.NATIONAL);
		return this.actions.create(trajectoryId, form, coordinator);
	}

	/**
	 * Waits until every event publication is complete (the mails of the plan are sent on
	 * threads of their own), so that counting statements is not disturbed by them.
	 */
	public void awaitEvents() throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (this.jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class) > 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
	}

	/**
	 * Sends the plan for review; returns the new version's id (the latest one's, if
	 * nothing changed since).
	 */
	public long submitPlan(long trajectoryId, AccountPrincipal coordinator) {
		return this.plans.submitForReview(trajectoryId, coordinator)
			.orElseGet(() -> this.jdbc.queryForObject(
					"select id from plan_version where trajectory_id = ? order by number desc limit 1", Long.class,
					trajectoryId));
	}

	public void report(long trajectoryId, AccountPrincipal coordinator, long actionId, LocalDate on, String text) {
		ProgressForm form = new ProgressForm();
		form.setReportedOn(on);
		form.setText(text);
		this.actions.report(trajectoryId, actionId, form, coordinator);
	}

	/**
	 * Sends the plan for review, adopts it and makes it a public page; returns the public
	 * page's address.
	 */
	public String adoptPublicPlan(long trajectoryId, AccountPrincipal coordinator) {
		long version = submitPlan(trajectoryId, coordinator);
		this.versions.adopt(trajectoryId, version, coordinator);
		this.jdbc.update("update action_plan set public_page = true where trajectory_id = ?", trajectoryId);
		return "/actieplan/" + this.jdbc.queryForObject("select public_id from action_plan where trajectory_id = ?",
				Object.class, trajectoryId);
	}

	/** Sets an action's status without the history a coordinator's change leaves. */
	public void status(long actionId, ActionStatus status) {
		this.jdbc.update("update improvement_action set status = ? where id = ?", status.name(), actionId);
	}

}
