package nl.nvp.goedegesprek.meeting.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.CalendarFeeds;
import nl.nvp.goedegesprek.meeting.planning.Meeting;
import nl.nvp.goedegesprek.meeting.planning.MeetingRepository;
import nl.nvp.goedegesprek.meeting.registration.RegistrationMail;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A coordinator's calendar feed (issue 15): the meetings of the trajectories they run,
 * from {@value #DAYS_BACK} days ago on, cancelled ones marked so, read by their calendar
 * program through the personal address made on "Mijn agenda" (account.CalendarFeeds). An
 * unknown or stopped address is not found. The feed holds no participant's data: titles,
 * times, places and a link to the meeting's page, which asks to log in.
 */
@Controller
class MeetingFeedController {

	static final int DAYS_BACK = 60;

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	private final Trajectories trajectories;

	private final MeetingRepository meetings;

	private final MeetingCalendar calendar;

	private final MessageSource messages;

	private final PublicUrls urls;

	private final Clock clock;

	MeetingFeedController(CalendarFeeds feeds, Trajectories trajectories, MeetingRepository meetings,
			MeetingCalendar calendar, MessageSource messages, PublicUrls urls, Clock clock) {
		this.feeds = feeds;
		this.trajectories = trajectories;
		this.meetings = meetings;
		this.calendar = calendar;
		this.messages = messages;
		this.urls = urls;
		this.clock = clock;
	}

	@GetMapping("/agenda/{token}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> feed(@PathVariable String token) {
		AccountPrincipal owner = this.feeds.owner(token).orElseThrow(NotFoundException::new);
		Map<Long, TrajectoryRef> run = this.trajectories.visibleTo(owner)
			.stream()
			.filter(TrajectoryRef::manageable)
			.collect(Collectors.toMap(TrajectoryRef::id, Function.identity()));
		Locale locale = Locale.forLanguageTag("nl");
		LocalDate from = LocalDate.now(this.clock).minusDays(DAYS_BACK);
		var entries = run.isEmpty() ? java.util.List.<MeetingCalendar.FeedEntry>of()
				: this.meetings.findFrom(run.keySet(), from)
					.stream()
					.map((meeting) -> entry(meeting, run.get(meeting.getTrajectoryId()), locale))
					.toList();
		String body = this.calendar.feed(this.messages.getMessage("calendarFeed.name", null, locale), entries);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex")
			.body(body);
	}

	private MeetingCalendar.FeedEntry entry(Meeting meeting, TrajectoryRef trajectory, Locale locale) {
		RegistrationMail.MeetingFacts facts = new RegistrationMail.MeetingFacts(meeting.getPublicId(),
				meeting.getTitle(), meeting.getDate(), meeting.getStartTime(), meeting.getEndTime(), meeting.isOnline(),
				meeting.getAddress(), meeting.getOnlineLink(), meeting.getCalendarSequence(),
				meeting.getCancellationReason());
		String description = this.messages.getMessage("calendarFeed.description",
				new Object[] { trajectory.title(), this.urls.of("/bijeenkomsten/" + meeting.getId()) }, locale);
		return new MeetingCalendar.FeedEntry(facts, description, meeting.isCancelled());
	}

}
