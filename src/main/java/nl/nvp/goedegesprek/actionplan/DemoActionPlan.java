package nl.nvp.goedegesprek.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.actionplan.action.ActionForm;
import nl.nvp.goedegesprek.actionplan.action.ActionRepository;
import nl.nvp.goedegesprek.actionplan.action.ActionScope;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.actionplan.action.Actions;
import nl.nvp.goedegesprek.actionplan.action.ProgressForm;
import nl.nvp.goedegesprek.actionplan.national.NationalActionForm;
import nl.nvp.goedegesprek.actionplan.national.NationalActions;
import nl.nvp.goedegesprek.actionplan.plan.PlanForm;
import nl.nvp.goedegesprek.actionplan.plan.PlanVersions;
import nl.nvp.goedegesprek.actionplan.plan.Plans;
import nl.nvp.goedegesprek.harvest.Harvests;
import nl.nvp.goedegesprek.harvest.IdeaRef;
import nl.nvp.goedegesprek.harvest.TopicRef;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's action plan for Rijk van Nijmegen, from the demo harvest: actions
 * with progress, and an adopted plan; the startwijzer handed to the NVP. Made on the
 * first demo start of a day, dated from that day: one action due in three months with
 * progress two weeks ago, one overdue by four days (decision 21).
 */
@Component
@Profile("demo")
@Order(6)
class DemoActionPlan implements ApplicationRunner {

	private static final String TOGETHER = "Samenwerken tussen pleegouders en ouders";

	private final Harvests harvests;

	private final ActionRepository actionRepository;

	private final Actions actions;

	private final Plans plans;

	private final PlanVersions versions;

	private final NationalActions nationalActions;

	private final DemoBasis demo;

	private final Clock clock;

	DemoActionPlan(Harvests harvests, ActionRepository actionRepository, Actions actions, Plans plans,
			PlanVersions versions, NationalActions nationalActions, DemoBasis demo, Clock clock) {
		this.harvests = harvests;
		this.actionRepository = actionRepository;
		this.actions = actions;
		this.plans = plans;
		this.versions = versions;
		this.nationalActions = nationalActions;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoBasis.Start nijmegen = this.demo.nijmegen().orElse(null);
		if (nijmegen == null || !this.actionRepository.findByTrajectory(nijmegen.id()).isEmpty()) {
			return;
		}
		long id = nijmegen.id();
		AccountPrincipal demo = nijmegen.coordinator();
		List<Long> chosen = this.harvests.chosenTopics(id).stream().map(TopicRef::id).toList();
		Long together = this.harvests.chosenTopics(id)
			.stream()
			.filter((topic) -> topic.name().equals(TOGETHER))
			.map(TopicRef::id)
			.findFirst()
			.orElse(null);
		Long idea = this.harvests.ideasOf(id)
			.stream()
			.filter((line) -> line.text().equals("Een startwijzer voor pleegouders en ouders."))
			.map(IdeaRef::id)
			.findFirst()
			.orElse(null);
		if (together == null || idea == null) {
			return;
		}

		ActionForm startwijzer = new ActionForm();
		startwijzer.setTopicId(together);
		startwijzer.setTitle("Startwijzer voor pleegouders en ouders");
		startwijzer.setDescription(
				"Een korte wijzer die pleegouders en ouders samen invullen bij de start van een plaatsing.");
		startwijzer.setOwnerOrganisation("NVP");
		startwijzer.setDeadline(LocalDate.now(this.clock).plusMonths(3));
		startwijzer.setStatus(ActionStatus.IN_PROGRESS);
		startwijzer.setScope(ActionScope.NATIONAL);
		startwijzer.setIdeaIds(Set.of(idea));
		long action = this.actions.create(id, startwijzer, demo);
		ProgressForm progress = new ProgressForm();
		progress.setReportedOn(LocalDate.now(this.clock).minusWeeks(2));
		progress.setText("Eerste versie besproken met pleegouders en ouders uit de regio.");
		this.actions.report(id, action, progress, demo);

		ActionForm respite = new ActionForm();
		respite.setTopicId(chosen.stream().filter((topic) -> !topic.equals(together)).findFirst().orElse(together));
		respite.setTitle("Respijtzorg vindbaar maken");
		respite.setOwnerOrganisation("Gemeente Nijmegen");
		// Overdue by a few days.
		respite.setDeadline(LocalDate.now(this.clock).minusDays(4));
		respite.setStatus(ActionStatus.AGREED);
		// Its contact person reports progress through the link a coordinator mails.
		respite.setContactName("Karin de Wit");
		respite.setContactEmail("karin.dewit@gemeente.example");
		this.actions.create(id, respite, demo);

		PlanForm plan = new PlanForm();
		plan.setIntroduction(
				"In twee dialoogbijeenkomsten spraken pleegouders, ouders, pleegkinderen, professionals en de gemeente over pleegzorg in Rijk van Nijmegen. Dit zijn de afspraken.");
		plan.setPublicPage(true);
		this.plans.describe(id, plan, demo);
		this.versions.adopt(id, this.plans.submitForReview(id, demo).orElseThrow(), demo);

		NationalActionForm form = new NationalActionForm();
		form.setTitle("Startwijzer (landelijk)");
		form.setDescription("Eén startwijzer voor het hele land, op basis van de wijzers uit de regio's.");
		long nationalAction = this.nationalActions.create(form);
		this.nationalActions.link(nationalAction, action);
	}

}
