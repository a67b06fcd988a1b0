package nl.nvp.goedegesprek.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.boot.test.context.TestComponent;

/**
 * Topics, harvest and actions for tests, made through the module's own services.
 */
@TestComponent
public class ActionPlanFixtures {

	private final Topics topics;

	private final TopicRepository topicRepository;

	private final Harvests harvests;

	private final Actions actions;

	@org.springframework.beans.factory.annotation.Autowired
	private Plans plans;

	@org.springframework.beans.factory.annotation.Autowired
	private PlanVersionRepository versions;

	ActionPlanFixtures(Topics topics, TopicRepository topicRepository, Harvests harvests, Actions actions) {
		this.topics = topics;
		this.topicRepository = topicRepository;
		this.harvests = harvests;
		this.actions = actions;
	}

	/** The catalogue topic with this name. */
	public long catalogueTopic(String name) {
		return this.topicRepository.findCatalogue()
			.stream()
			.filter((topic) -> topic.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/** The trajectory chooses these catalogue topics; returns their ids. */
	public List<Long> choose(long trajectoryId, AccountPrincipal coordinator, String... names) {
		List<Long> ids = java.util.Arrays.stream(names).map(this::catalogueTopic).toList();
		this.topics.choose(trajectoryId, Set.copyOf(ids), coordinator);
		return ids;
	}

	public long ownTopic(long trajectoryId, AccountPrincipal coordinator, String name) {
		TopicForm form = new TopicForm();
		form.setName(name);
		this.topics.addOwn(trajectoryId, form, coordinator);
		return this.topicRepository.findAvailableTo(trajectoryId)
			.stream()
			.filter((topic) -> topic.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/** A line of harvest (not a quote) about a chosen topic; returns its id. */
	public long harvest(long trajectoryId, AccountPrincipal coordinator, long topicId, HarvestKind kind, String text) {
		HarvestForm form = new HarvestForm();
		form.setTopicId(topicId);
		form.setKind(kind);
		form.setText(text);
		this.harvests.add(trajectoryId, form, coordinator);
		return this.harvests.overview(trajectoryId, null, coordinator)
			.topics()
			.stream()
			.flatMap((topic) -> topic.of(kind).stream())
			.filter((item) -> item.getText().equals(text))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/** An action about a chosen topic, from these ideas; returns its id. */
	public long action(long trajectoryId, AccountPrincipal coordinator, long topicId, String title, LocalDate deadline,
			Long... ideaIds) {
		ActionForm form = new ActionForm();
		form.setTopicId(topicId);
		form.setTitle(title);
		form.setOwnerOrganisation("Pleegzorg Gelderland");
		form.setDeadline(deadline);
		form.setStatus(ActionStatus.AFGESPROKEN);
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
		form.setStatus(ActionStatus.AFGESPROKEN);
		return this.actions.create(trajectoryId, form, coordinator);
	}

	@org.springframework.beans.factory.annotation.Autowired
	private NationalActions nationalActions;

	public long nationalAction(String title) {
		NationalActionForm form = new NationalActionForm();
		form.setTitle(title);
		return this.nationalActions.create(form);
	}

	/** An action the region hands to the NVP. */
	public long nationalScopeAction(long trajectoryId, AccountPrincipal coordinator, long topicId, String title) {
		ActionForm form = new ActionForm();
		form.setTopicId(topicId);
		form.setTitle(title);
		form.setOwnerOrganisation("NVP");
		form.setStatus(ActionStatus.AFGESPROKEN);
		form.setScope(ActionScope.NATIONAL);
		return this.actions.create(trajectoryId, form, coordinator);
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	/**
	 * Waits until every event publication is complete (the mails of the plan are sent on
	 * threads of their own), so that counting statements is not disturbed by them.
	 */
	public void awaitEvents() throws InterruptedException {
		java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
		while (this.jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class) > 0 && java.time.Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
	}

	/** Sends the plan for review; returns the new version's id. */
	public long submitPlan(long trajectoryId, AccountPrincipal coordinator) {
		int number = this.plans.submitForReview(trajectoryId, coordinator);
		return this.versions.findByNumber(trajectoryId, number).orElseThrow().getId();
	}

	public void report(long trajectoryId, AccountPrincipal coordinator, long actionId, LocalDate on, String text) {
		ProgressForm form = new ProgressForm();
		form.setReportedOn(on);
		form.setText(text);
		this.actions.report(trajectoryId, actionId, form, coordinator);
	}

}
