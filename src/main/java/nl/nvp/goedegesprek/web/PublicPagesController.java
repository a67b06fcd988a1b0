package nl.nvp.goedegesprek.web;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.trajectory.TrajectoryHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages everyone may read: the start page, the login page and the statements.
 */
@Controller
class PublicPagesController {

	private static final Logger logger = LoggerFactory.getLogger(PublicPagesController.class);

	private final PublicUrls urls;

	private final TrajectoryHome trajectories;

	private final MailOutbox outbox;

	PublicPagesController(PublicUrls urls, TrajectoryHome trajectories, MailOutbox outbox) {
		this.urls = urls;
		this.trajectories = trajectories;
		this.outbox = outbox;
	}

	/** Said once at the start when the public address is missing (see PublicUrls). */
	@EventListener(ApplicationReadyEvent.class)
	void warnWithoutPublicAddress() {
		if (!this.urls.configured()) {
			logger.warn("GG_BASE_URL (goedegesprek.base-url) is not set: links in mails start with {}",
					PublicUrls.UNTIL_KNOWN);
		}
	}

	/**
	 * The start page. For someone logged in, their running trajectories and what needs
	 * attention in them (TrajectoryHome), and for national coordinators the mails that
	 * keep failing and a warning while the public address is not set.
	 */
	@GetMapping("/")
	String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		if (!this.urls.configured()) {
			model.addAttribute("publicAddressInUse", PublicUrls.UNTIL_KNOWN);
		}
		if (user != null) {
			model.addAttribute("home", this.trajectories.of(user));
			if (user.isNational()) {
				model.addAttribute("failingMails", this.outbox.countFailing());
			}
		}
		return "home";
	}

	@GetMapping(SecurityConfiguration.LOGIN)
	String login() {
		return "login";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "privacy";
	}

	@GetMapping("/toegankelijkheid")
	String accessibility() {
		return "accessibility";
	}

}
