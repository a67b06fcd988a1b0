package nl.nvp.goedegesprek.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages everyone may read: the start page, the login page and the statements.
 */
@Controller
class PublicPagesController {

	@GetMapping("/")
	String home() {
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
