package nl.nvp.goedegesprek.project.placement;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.privacy.PersonalDataAccess;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grouping page of a national project ({@code /projecten/{id}/indeling}, issue 17):
 * its upcoming dialogues with their groups and who is not placed; the assistant's
 * proposal, moving and fixing people, the region of an in-person dialogue, and confirming
 * a dialogue's group. Only whoever runs the project (national coordinators and its team);
 * every view is logged as access to personal data, as the sign-ups list is. Every action
 * is a plain form that redirects back to the page.
 */
@Controller
class DialogueGroupsController {

	static final String GROUPS = "PROJECT_GROUPS";

	private final DialogueGroups groups;

	private final Trajectories trajectories;

	private final PersonalDataAccess access;

	DialogueGroupsController(DialogueGroups groups, Trajectories trajectories, PersonalDataAccess access) {
		this.groups = groups;
		this.trajectories = trajectories;
		this.access = access;
	}

	private TrajectoryRef project(long id, AccountPrincipal user) {
		TrajectoryRef trajectory = this.trajectories.find(id, user).orElseThrow(NotFoundException::new);
		if (trajectory.regionCode() != null) {
			throw new NotFoundException();
		}
		if (!trajectory.manageable()) {
			throw new AccessDeniedException("Only whoever runs the project groups its sign-ups");
		}
		return trajectory;
	}

	private static String page(long id) {
		return "redirect:/projecten/" + id + "/indeling";
	}

	@GetMapping("/projecten/{id}/indeling")
	String board(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		TrajectoryRef trajectory = project(id, user);
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("board", this.groups.board(id));
		this.access.record(user.id(), PersonalDataAccess.Action.VIEW, GROUPS, id);
		return "project/placement/board";
	}

	@PostMapping("/projecten/{id}/indeling/voorstel")
	String propose(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		editable(project(id, user));
		return act(redirect, id, () -> {
			int groups = this.groups.propose(id);
			return (groups == 0) ? "placement.proposedNone" : "placement.proposed";
		});
	}

	@PostMapping("/projecten/{id}/indeling/verplaatsen")
	String move(@PathVariable long id, @RequestParam(required = false) Long signUp,
			@RequestParam(required = false) Long meeting, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		editable(project(id, user));
		return act(redirect, id, () -> {
			if (signUp == null) {
				throw new RuleException("placement.unknownPerson");
			}
			return this.groups.move(id, signUp, meeting) ? "placement.movedWithWarning" : "placement.moved";
		});
	}

	@PostMapping("/projecten/{id}/indeling/vastzetten")
	String fix(@PathVariable long id, @RequestParam(required = false) Long signUp,
			@RequestParam(defaultValue = "false") boolean fixed, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		editable(project(id, user));
		return act(redirect, id, () -> {
			if (signUp == null) {
				throw new RuleException("placement.unknownPerson");
			}
			this.groups.fix(id, signUp, fixed);
			return fixed ? "placement.fixed" : "placement.unfixed";
		});
	}

	@PostMapping("/projecten/{id}/indeling/bevestigen")
	String confirm(@PathVariable long id, @RequestParam(required = false) Long meeting,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		editable(project(id, user));
		return act(redirect, id, () -> {
			if (meeting == null) {
				throw new RuleException("placement.closed");
			}
			PlacementViews.Confirmed confirmed = this.groups.confirm(id, meeting);
			if (confirmed.full() > 0) {
				return "placement.confirmedSomeFull";
			}
			return (confirmed.placed() == 0) ? "placement.nothingToConfirm" : "placement.confirmed";
		});
	}

	@PostMapping("/projecten/{id}/indeling/bevestigen-compleet")
	String confirmComplete(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		editable(project(id, user));
		return act(redirect, id, () -> {
			PlacementViews.Confirmed confirmed = this.groups.confirmComplete(id);
			if (confirmed.full() > 0) {
				return "placement.confirmedSomeFull";
			}
			if (confirmed.skipped() > 0) {
				return "placement.confirmedAllButWarned";
			}
			return (confirmed.placed() == 0) ? "placement.nothingToConfirm" : "placement.confirmedAll";
		});
	}

	@PostMapping("/projecten/{id}/indeling/regio")
	String region(@PathVariable long id, @RequestParam(required = false) Long meeting,
			@RequestParam(required = false) String regionCode, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		editable(project(id, user));
		return act(redirect, id, () -> {
			this.groups.region(id, meeting, regionCode);
			return "placement.regionSet";
		});
	}

	private static void editable(TrajectoryRef trajectory) {
		if (!trajectory.editable()) {
			throw new AccessDeniedException("A closed project is not grouped any more");
		}
	}

	private static String act(RedirectAttributes redirect, long id, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("flashMessage", action.get());
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return page(id);
	}

}
