package nl.nvp.goedegesprek.web;

import nl.nvp.goedegesprek.shared.PublicUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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

	PublicPagesController(PublicUrls urls) {
		this.urls = urls;
	}

	/** Said once at the start when the public address is missing (see PublicUrls). */
	@EventListener(ApplicationReadyEvent.class)
	void warnWithoutPublicAddress() {
		if (!this.urls.configured()) {
			logger.warn("GG_BASE_URL (goedegesprek.base-url) is not set: links in mails use the address of the "
					+ "last logged-in request, {} until someone logs in", PublicUrls.UNTIL_KNOWN);
		}
	}

	/**
	 * The start page; for national coordinators also a warning while the public address
	 * is not set (the layout shows it only to them).
	 */
	@GetMapping("/")
	String home(Model model) {
		if (!this.urls.configured()) {
			model.addAttribute("publicAddressInUse", this.urls.base());
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
