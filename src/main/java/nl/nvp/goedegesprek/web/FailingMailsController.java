package nl.nvp.goedegesprek.web;

import nl.nvp.goedegesprek.shared.MailOutbox;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mails that keep failing, for national coordinators (by the security configuration):
 * address (read from its record now), kind, attempts, last try and last error; never the
 * text. National only: a failing mail is mostly the mail relay's trouble, which is the
 * same for every region.
 */
@Controller
class FailingMailsController {

	private final MailOutbox outbox;

	FailingMailsController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/beheer/mails")
	String show(Model model) {
		model.addAttribute("mails", this.outbox.failing());
		return "failing-mails";
	}

}
