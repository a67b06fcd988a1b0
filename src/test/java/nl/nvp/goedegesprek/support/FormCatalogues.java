package nl.nvp.goedegesprek.support;

import nl.nvp.goedegesprek.joining.JoinForms;
import nl.nvp.goedegesprek.account.AccountForms;
import nl.nvp.goedegesprek.actionplan.ActionPlanForms;
import nl.nvp.goedegesprek.harvest.HarvestForms;
import nl.nvp.goedegesprek.meeting.MeetingForms;
import nl.nvp.goedegesprek.output.OutputForms;
import nl.nvp.goedegesprek.privacy.PrivacyForms;
import nl.nvp.goedegesprek.project.ProjectForms;
import nl.nvp.goedegesprek.project.SignUpForms;
import nl.nvp.goedegesprek.project.advice.AdviceForms;
import nl.nvp.goedegesprek.project.placement.PlacementForms;
import nl.nvp.goedegesprek.region.RegionForms;
import nl.nvp.goedegesprek.research.ResearchForms;
import nl.nvp.goedegesprek.trajectory.TrajectoryForms;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Every module's {@link FormCatalogue}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ TrajectoryForms.class, AccountForms.class, MeetingForms.class, PrivacyForms.class, RegionForms.class,
		ActionPlanForms.class, HarvestForms.class, ResearchForms.class, JoinForms.class, OutputForms.class,
		ProjectForms.class, SignUpForms.class, AdviceForms.class, PlacementForms.class })
public class FormCatalogues {

}
