package nl.nvp.goedegesprek.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's action plan: Rijk van Nijmegen's three topics (as the region chose
 * them), harvest, actions with progress, and an adopted plan; the startwijzer handed to
 * the NVP. Made once, on the first demo start.
 */
@Component
@Profile("demo")
@Order(5)
class DemoActionPlan implements ApplicationRunner {

	private static final String NATIONAL = "landelijk@goedegesprek.example";

	private final Topics topics;

	private final TopicRepository topicRepository;

	private final Harvests harvests;

	private final Actions actions;

	private final Plans plans;

	private final PlanVersionRepository versions;

	private final NationalActions nationalActions;

	private final Trajectories trajectories;

	private final Accounts accounts;

	private final Clock clock;

	DemoActionPlan(Topics topics, TopicRepository topicRepository, Harvests harvests, Actions actions, Plans plans,
			PlanVersionRepository versions, NationalActions nationalActions, Trajectories trajectories,
			Accounts accounts, Clock clock) {
		this.topics = topics;
		this.topicRepository = topicRepository;
		this.harvests = harvests;
		this.actions = actions;
		this.plans = plans;
		this.versions = versions;
		this.nationalActions = nationalActions;
		this.trajectories = trajectories;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long national = this.accounts.idOf(NATIONAL).orElse(null);
		if (national == null) {
			return;
		}
		AccountPrincipal demo = new AccountPrincipal(national, NATIONAL, "Demo", Role.NATIONAL_COORDINATOR, Set.of(), 0,
				true, null);
		TrajectoryRef nijmegen = this.trajectories.visibleTo(demo)
			.stream()
			.filter((trajectory) -> "JZ32".equals(trajectory.regionCode()))
			.findFirst()
			.orElse(null);
		if (nijmegen == null || !this.topicRepository.findChosenIds(nijmegen.id()).isEmpty()) {
			return;
		}
		long id = nijmegen.id();
		List<String> names = List.of("Samenwerken tussen pleegouders en ouders",
				"Voorkomen van overbelasting van pleegouders", "Impact op eigen kinderen");
		List<Long> chosen = this.topicRepository.findCatalogue()
			.stream()
			.filter((topic) -> names.contains(topic.getName()))
			.map(Topic::getId)
			.toList();
		this.topics.choose(id, Set.copyOf(chosen), demo);
		long together = this.topicRepository.findCatalogue()
			.stream()
			.filter((topic) -> topic.getName().equals(names.get(0)))
			.findFirst()
			.orElseThrow()
			.getId();
		line(id, together, HarvestKind.GOES_WELL,
				"Pleegouders en ouders die elkaar voor de plaatsing ontmoeten, werken beter samen.", demo);
		line(id, together, HarvestKind.CAN_BE_BETTER, "Ouders weten vaak niet wat ze van pleegouders mogen verwachten.",
				demo);
		long idea = line(id, together, HarvestKind.IDEA, "Een startwijzer voor pleegouders en ouders.", demo);
		HarvestForm quote = new HarvestForm();
		quote.setTopicId(together);
		quote.setKind(HarvestKind.QUOTE);
		quote.setText("Ik kwam meer dingen te weten en kon mijn stem laten horen.");
		quote.setSpeakerRole(nl.nvp.goedegesprek.meeting.ParticipantRole.PLEEGKIND);
		quote.setConsent(true);
		this.harvests.add(id, quote, demo);

		ActionForm startwijzer = new ActionForm();
		startwijzer.setTopicId(together);
		startwijzer.setTitle("Startwijzer voor pleegouders en ouders");
		startwijzer.setDescription(
				"Een korte wijzer die pleegouders en ouders samen invullen bij de start van een plaatsing.");
		startwijzer.setOwnerOrganisation("NVP");
		startwijzer.setDeadline(LocalDate.now(this.clock).plusMonths(3));
		startwijzer.setStatus(ActionStatus.IN_UITVOERING);
		startwijzer.setScope(ActionScope.NATIONAL);
		startwijzer.setIdeaIds(Set.of(idea));
		long action = this.actions.create(id, startwijzer, demo);
		ProgressForm progress = new ProgressForm();
		progress.setReportedOn(LocalDate.now(this.clock).minusWeeks(2));
		progress.setText("Eerste versie besproken met pleegouders en ouders uit de regio.");
		this.actions.report(id, action, progress, demo);

		ActionForm respite = new ActionForm();
		respite.setTopicId(chosen.stream().filter((topic) -> topic != together).findFirst().orElse(together));
		respite.setTitle("Respijtzorg vindbaar maken");
		respite.setOwnerOrganisation("Gemeente Nijmegen");
		respite.setDeadline(LocalDate.now(this.clock).minusWeeks(1));
		respite.setStatus(ActionStatus.AFGESPROKEN);
		this.actions.create(id, respite, demo);

		PlanForm plan = new PlanForm();
		plan.setIntroduction(
				"In twee dialoogbijeenkomsten spraken pleegouders, ouders, pleegkinderen, professionals en de gemeente over pleegzorg in Rijk van Nijmegen. Dit zijn de afspraken.");
		plan.setPublicPage(true);
		this.plans.describe(id, plan, demo);
		int number = this.plans.submitForReview(id, demo);
		this.plans.adopt(id, this.versions.findByNumber(id, number).orElseThrow().getId(), demo);

		NationalActionForm form = new NationalActionForm();
		form.setTitle("Startwijzer (landelijk)");
		form.setDescription("Eén startwijzer voor het hele land, op basis van de wijzers uit de regio's.");
		long nationalAction = this.nationalActions.create(form);
		this.nationalActions.link(nationalAction, action);
	}

	private long line(long trajectoryId, long topicId, HarvestKind kind, String text, AccountPrincipal demo) {
		HarvestForm form = new HarvestForm();
		form.setTopicId(topicId);
		form.setKind(kind);
		form.setText(text);
		this.harvests.add(trajectoryId, form, demo);
		return this.harvests.overview(trajectoryId, null, demo)
			.topics()
			.stream()
			.flatMap((topic) -> topic.of(kind).stream())
			.filter((item) -> item.getText().equals(text))
			.findFirst()
			.orElseThrow()
			.getId();
	}

}
