package nl.nvp.goedegesprek.meeting.registration;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page of a personal link that no longer works (410 Gone), for every page of the
 * meeting module behind a personal link: it says why (a newer mail has the link, or the
 * registration is cancelled) and where to register again, and nothing about the person.
 */
@ControllerAdvice(basePackages = "nl.nvp.goedegesprek.meeting")
class EndedLinks {

	@ExceptionHandler(LinkEndedException.class)
	@ResponseStatus(HttpStatus.GONE)
	String ended(LinkEndedException ex, Model model) {
		model.addAttribute("reason", ex.getReason().name());
		model.addAttribute("meetingPublicId", ex.getMeetingPublicId());
		return "meeting/link-ended";
	}

}
