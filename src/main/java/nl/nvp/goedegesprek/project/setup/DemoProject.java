package nl.nvp.goedegesprek.project.setup;

import java.time.Clock;
import java.time.LocalDate;

import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's national project, modelled on "Samenwerken binnen pleegzorg" (which
 * ran from September 2020 to June 2021): the four roles, 43 dialogues as its target, from
 * the whole country, run by the demo's national coordinator. So that the demo shows a
 * project under way, it started five months before the day the demo data is made and ends
 * five months after it (decision 21). Its trajectory, in its dialogues step, is the
 * trajectory module's demo (DemoTrajectories); this adds its settings. Its dialogues are
 * the meeting module's demo (DemoDialogues); what was said in them, its codebook and its
 * advice are this module's (DemoDialogueHarvest, DemoCodebook, DemoAdvice), its podcast
 * episode and travel story the output module's (DemoOutputs).
 */
@Component
@Profile("demo")
@Order(8)
class DemoProject implements ApplicationRunner {

	private final DemoBasis demo;

	private final NationalProjectRepository repository;

	private final Clock clock;

	DemoProject(DemoBasis demo, NationalProjectRepository repository, Clock clock) {
		this.demo = demo;
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(this.clock);
		this.demo.project().filter((project) -> !this.repository.existsById(project.id())).ifPresent((project) -> {
			NationalProject settings = new NationalProject(project.id());
			settings.settle(today.minusMonths(5), today.plusMonths(5), 43, NationalProject.DEFAULT_ROLES);
			this.repository.save(settings);
		});
	}

}
