package nl.nvp.goedegesprek.meeting.attendance;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.privacy.PersonalDataAccess;
import nl.nvp.goedegesprek.shared.PublicUrls;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The meeting page for the coordinators who run the trajectory: who registered, the
 * printable list and spreadsheet of attendees, and check-in on the day. Every view of
 * participants' data is recorded.
 */
@Controller
class AttendanceController {

	private static final String REGISTRATIONS = "MEETING_REGISTRATIONS";

	private final Attendees attendees;

	private final AttendeeCsv csv;

	private final PersonalDataAccess access;

	private final PublicUrls urls;

	AttendanceController(Attendees attendees, AttendeeCsv csv, PersonalDataAccess access, PublicUrls urls) {
		this.attendees = attendees;
		this.csv = csv;
		this.access = access;
		this.urls = urls;
	}

	@GetMapping("/bijeenkomsten/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		AttendanceViews.Details details = this.attendees.details(id, user);
		model.addAttribute("meeting", details);
		// Whole, so that it can be pasted into an e-mail (issue 15).
		model.addAttribute("publicLink", this.urls.of("/aanmelden/" + details.meeting().publicId()));
		this.access.record(user.id(), PersonalDataAccess.Action.VIEW, REGISTRATIONS, id);
		return "meeting/show";
	}

	@GetMapping("/bijeenkomsten/{id}/deelnemerslijst")
	String printList(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meeting", this.attendees.details(id, user));
		this.access.record(user.id(), PersonalDataAccess.Action.PRINT, REGISTRATIONS, id);
		return "meeting/print";
	}

	@GetMapping("/bijeenkomsten/{id}/deelnemers.csv")
	ResponseEntity<String> export(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			Locale locale) {
		AttendanceViews.Details meeting = this.attendees.details(id, user);
		String body = this.csv.write(meeting, locale);
		this.access.record(user.id(), PersonalDataAccess.Action.EXPORT, REGISTRATIONS, id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("deelnemers-" + id + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	@GetMapping("/bijeenkomsten/{id}/inchecken")
	String checkInList(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meeting", this.attendees.details(id, user));
		this.access.record(user.id(), PersonalDataAccess.Action.VIEW, REGISTRATIONS, id);
		return "meeting/check-in";
	}

	@PostMapping("/bijeenkomsten/{id}/inchecken/{registrationId}")
	String checkIn(@PathVariable long id, @PathVariable long registrationId, @RequestParam boolean present,
			@AuthenticationPrincipal AccountPrincipal user) {
		this.attendees.checkIn(id, registrationId, present, user);
		return "redirect:/bijeenkomsten/" + id + "/inchecken#aanmelding-" + registrationId;
	}

	/** htmx: only the row of the person checked in. */
	@HxRequest
	@PostMapping("/bijeenkomsten/{id}/inchecken/{registrationId}")
	String checkInRow(@PathVariable long id, @PathVariable long registrationId, @RequestParam boolean present,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		this.attendees.checkIn(id, registrationId, present, user);
		AttendanceViews.Details meeting = this.attendees.details(id, user);
		model.addAttribute("meeting", meeting);
		model.addAttribute("attendee",
				meeting.confirmedAttendees()
					.stream()
					.filter((attendee) -> attendee.id() == registrationId)
					.findFirst()
					.orElseThrow());
		return "meeting/check-in :: row";
	}

}
