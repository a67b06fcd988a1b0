package nl.nvp.goedegesprek.privacy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The access log for national coordinators (by the security configuration).
 */
@Controller
class AccessLogController {

	private final AccessLog log;

	AccessLogController(AccessLog log) {
		this.log = log;
	}

	@GetMapping("/inzagelog")
	String show(Model model) {
		model.addAttribute("entries", this.log.latest());
		model.addAttribute("shown", AccessLog.SHOWN);
		return "privacy/access-log";
	}

}
