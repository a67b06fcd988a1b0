package nl.nvp.goedegesprek.account;

import nl.nvp.goedegesprek.shared.PublicUrls;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator's own calendar feed: make its address (shown once, as only its hash is
 * kept), make a new one, or stop it. The feed itself is served by the meeting module.
 */
@Controller
class CalendarFeedController {

	private final CalendarFeeds feeds;

	private final PublicUrls urls;

	CalendarFeedController(CalendarFeeds feeds, PublicUrls urls) {
		this.feeds = feeds;
		this.urls = urls;
	}

	@GetMapping("/mijn-agenda")
	String show(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("hasFeed", this.feeds.has(user.id()));
		return "account/calendar-feed";
	}

	/**
	 * Makes a new address and shows it once, on the page the browser is sent to (a flash
	 * attribute, kept in the encrypted session until that page is shown, as a table
	 * host's link is). Sent twice, the last address works.
	 */
	@PostMapping("/mijn-agenda")
	String renew(@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		String token = this.feeds.renew(user.id());
		redirect.addFlashAttribute("feedUrl", this.urls.of("/agenda/" + token + ".ics"));
		return "redirect:/mijn-agenda";
	}

	@PostMapping("/mijn-agenda/stoppen")
	String stop(@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		this.feeds.stop(user.id());
		redirect.addFlashAttribute("flashMessage", "calendarFeed.stopped");
		return "redirect:/mijn-agenda";
	}

}
