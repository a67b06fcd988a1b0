package nl.nvp.goedegesprek.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.Accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's trajectories, modelled on the first two regions of "Het goede
 * gesprek": Rijk van Nijmegen (following up its action plan) and West Brabant Oost (in
 * its second dialogue meeting), plus a planned dialoogtafel. Made on the first demo start
 * of a day, with dates relative to that day: Nijmegen has been following up its action
 * plan for three months, Brabant's second dialogue meeting (next week) falls in its
 * step's period, the dialoogtafel is in two months (decision 21). And the national
 * project "Samenwerken binnen pleegzorg" in its dialogues (decision 45).
 */
@Component
@Profile("demo")
@Order(2)
class DemoTrajectories implements ApplicationRunner {

	private final TrajectoryRepository repository;

	private final Accounts accounts;

	private final DemoBasis demo;

	private final Clock clock;

	DemoTrajectories(TrajectoryRepository repository, Accounts accounts, DemoBasis demo, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.repository.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		// Six months of steps, the action plan taking two: follow-up started three months
		// ago.
		Trajectory nijmegen = trajectory(DemoBasis.NIJMEGEN, "Het goede gesprek Rijk van Nijmegen",
				"Samenwerken tussen pleegouders en ouders, overbelasting van pleegouders voorkomen en aandacht voor eigen kinderen.",
				"nijmegen@goedegesprek.example", today.minusMonths(9));
		for (StepType step : new StepType[] { StepType.KICK_OFF, StepType.RESEARCH_FIGURES,
				StepType.RESEARCH_EXPERIENCE, StepType.DIALOGUE_MEETING_1, StepType.DIALOGUE_MEETING_2,
				StepType.ACTION_PLAN }) {
			nijmegen.startStep(step);
			nijmegen.completeStep(step);
		}
		nijmegen.startStep(StepType.FOLLOW_UP);
		this.repository.save(nijmegen);

		Trajectory brabant = trajectory(DemoBasis.BRABANT, "Het goede gesprek West Brabant Oost",
				"Een grote groep: de stem van het pleegkind, de pleegouder en de ouder; perspectiefbepaling; verschillen tussen gemeenten en aanbieders.",
				"brabant@goedegesprek.example", brabantStart(today));
		for (StepType step : new StepType[] { StepType.KICK_OFF, StepType.RESEARCH_FIGURES,
				StepType.RESEARCH_EXPERIENCE, StepType.DIALOGUE_MEETING_1 }) {
			brabant.startStep(step);
			brabant.completeStep(step);
		}
		brabant.startStep(StepType.DIALOGUE_MEETING_2);
		this.repository.save(brabant);

		Trajectory table = new Trajectory("JZ38", TrajectoryVariant.DIALOGUE_TABLE, Set.of());
		table.describe("Regionale dialoogtafel Zeeland", "Een eerste gesprek van een middag met alle partijen.", null,
				null, null);
		LocalDate day = today.plusMonths(2);
		table.plan(Map.of(StepType.DIALOGUE_TABLE, new Trajectory.Period(day, day)));
		this.repository.save(table);

		this.repository.save(nationalProject(today));
	}

	/**
	 * The national project "Samenwerken binnen pleegzorg" (decision 45; its settings are
	 * the project module's DemoProject): started five months ago, sign-up done, its
	 * dialogues running from four months ago until three months from now, then analysis
	 * and advice until five months from now (ten months, as the real project ran). From
	 * the whole country, run by the national demo account.
	 */
	private Trajectory nationalProject(LocalDate today) {
		Trajectory project = new Trajectory(null, TrajectoryVariant.NATIONAL_PROJECT, Set.of());
		project.describe(DemoBasis.PROJECT,
				"Pleegouders, ouders, pleegzorgbegeleiders en jeugdbeschermers praten in kleine dialogen over hoe de samenwerking rond een pleegkind beter kan. Uit de dialogen komen terugkerende thema's en een advies per thema.",
				null, null, null);
		this.demo.coordinator().ifPresent((coordinator) -> project.assign(Set.of(coordinator.id())));
		LocalDate start = today.minusMonths(5);
		project.plan(Map.of(StepType.SIGN_UP, new Trajectory.Period(start, start.plusMonths(1).minusDays(1)),
				StepType.DIALOGUES, new Trajectory.Period(start.plusMonths(1), today.plusMonths(3)), StepType.ANALYSIS,
				new Trajectory.Period(today.plusMonths(2), today.plusMonths(4)), StepType.ADVICE,
				new Trajectory.Period(today.plusMonths(4), today.plusMonths(5))));
		project.startStep(StepType.SIGN_UP);
		project.completeStep(StepType.SIGN_UP);
		project.startStep(StepType.DIALOGUES);
		return project;
	}

	/**
	 * West Brabant Oost started so that its second dialogue meeting's month runs from a
	 * week ago: the demo meeting, next week, falls in it.
	 */
	static LocalDate brabantStart(LocalDate today) {
		return today.minusWeeks(1).minusMonths(4);
	}

	private Trajectory trajectory(String region, String title, String description, String coordinatorEmail,
			LocalDate start) {
		Trajectory trajectory = new Trajectory(region, TrajectoryVariant.FULL, StepType.FULL);
		trajectory.describe(title, description, null, null, null);
		this.accounts.idOf(coordinatorEmail).ifPresent((id) -> trajectory.assign(Set.of(id)));
		Map<StepType, Trajectory.Period> periods = new EnumMap<>(StepType.class);
		LocalDate month = start;
		for (StepType step : StepType.FULL) {
			periods.put(step, new Trajectory.Period(month, month.plusMonths(1).minusDays(1)));
			month = month.plusMonths((step == StepType.ACTION_PLAN) ? 2 : 1);
		}
		periods.put(StepType.FOLLOW_UP, new Trajectory.Period(month.minusMonths(2), month.plusYears(1)));
		trajectory.plan(periods);
		return trajectory;
	}

}
