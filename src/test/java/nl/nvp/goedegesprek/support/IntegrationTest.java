package nl.nvp.goedegesprek.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.output.OutputFixtures;
import nl.nvp.goedegesprek.project.codebook.CodebookFixtures;
import nl.nvp.goedegesprek.project.advice.AdviceFixtures;
import nl.nvp.goedegesprek.project.placement.PlacementFixtures;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.project.signup.SignUpFixtures;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one test configuration of the suite: the whole application on a random port, on
 * real PostgreSQL, with MockMvc. Every integration and browser test uses it, so the
 * application context starts once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestMailConfiguration.class, TestClockConfiguration.class, Mailbox.class,
		SentTwice.class, FormCatalogues.class, AccountFixtures.class, TrajectoryFixtures.class, MeetingFixtures.class,
		ResearchFixtures.class, HarvestFixtures.class, ActionPlanFixtures.class, OutputFixtures.class,
		ProjectFixtures.class, SignUpFixtures.class, CodebookFixtures.class, AdviceFixtures.class,
		PlacementFixtures.class })
public @interface IntegrationTest {

}
