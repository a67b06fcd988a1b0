package nl.nvp.goedegesprek.project.signup;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.privacy.PersonalDataAccess;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The coordinators' list of a project's confirmed sign-ups
 * ({@code /projecten/{id}/aanmeldingen}), by role and region, with how many each role has
 * against what the project needs. Only whoever runs the project sees it (national
 * coordinators and its team); every view is logged as access to personal data, as for a
 * meeting's registrations.
 */
@Controller
class SignUpListController {

	static final String SIGN_UPS = "PROJECT_SIGN_UPS";

	private final SignUps signUps;

	private final Trajectories trajectories;

	private final PersonalDataAccess access;

	private final PublicUrls urls;

	SignUpListController(SignUps signUps, Trajectories trajectories, PersonalDataAccess access, PublicUrls urls) {
		this.signUps = signUps;
		this.trajectories = trajectories;
		this.access = access;
		this.urls = urls;
	}

	@GetMapping("/projecten/{id}/aanmeldingen")
	String list(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		TrajectoryRef trajectory = this.trajectories.find(id, user).orElseThrow(NotFoundException::new);
		if (trajectory.regionCode() != null) {
			throw new NotFoundException();
		}
		if (!trajectory.manageable()) {
			throw new AccessDeniedException("Only whoever runs the project sees its sign-ups");
		}
		SignUps.Project project = this.signUps.projectOf(id).orElseThrow(NotFoundException::new);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("overview", this.signUps.overview(project, this.signUps.targetDialogues(id)));
		model.addAttribute("publicLink", this.urls.of("/project-aanmelden/" + project.publicId()));
		this.access.record(user.id(), PersonalDataAccess.Action.VIEW, SIGN_UPS, id);
		return "project/signup/list";
	}

}
