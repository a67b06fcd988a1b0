package nl.nvp.goedegesprek.meeting.mail;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A coordinator's calendar feed (issue 15): the meetings of the trajectories they run,
 * cancelled ones marked, nobody else's; a file a strict parser accepts, with the zone's
 * definition and no participant's data; the address is personal and revocable.
 */
@IntegrationTest
@ExtendWith(StrictCalendarParsing.class)
class CalendarFeedTest {

	private static final Pattern FEED = Pattern.compile("/agenda/([A-Za-z0-9_-]+)\\.ics");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theFeedHoldsTheMeetingsOfTheTrajectoriesOneRunsAndItsAddressCanBeReplacedAndStopped() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long own = this.trajectories.createRunning("JZ32", "Agenda Nijmegen", coordinator.id());
		long other = this.trajectories.createRunning("JZ33", "Agenda elders",
				this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ33").id());
		long planned = this.meetings.create(own, "Dialoog in de agenda", 20, Map.of()).id();
		long cancelled = this.meetings
			.create(own, "Afgezegde dialoog", 20, Map.of(), nl.nvp.goedegesprek.support.TestClock.today().plusWeeks(2))
			.id();
		this.jdbc.sql(
				"update meeting set cancelled = true, cancellation_reason = 'Zaal dicht', cancelled_at = now() where id = ?")
			.param(cancelled)
			.update();
		this.meetings.create(other, "Dialoog van een ander", 20, Map.of());
		this.meetings.confirmed(planned, "Marieke Deelnemer", ParticipantRole.FOSTER_PARENT);

		String token = makeAddress(coordinator);
		MockHttpServletResponse response = this.mvc.perform(get("/agenda/" + token + ".ics")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		String file = response.getContentAsString();
		assertThat(file).contains("Dialoog in de agenda", "Afgezegde dialoog")
			.doesNotContain("Dialoog van een ander")
			.doesNotContain("Marieke")
			.doesNotContain(token);

		Calendar calendar = new CalendarBuilder().build(new StringReader(file));
		ValidationResult validation = calendar.validate();
		assertThat(validation.hasErrors()).as("%s\n%s", validation, file).isFalse();
		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		VEvent off = events.stream()
			.filter((event) -> event.getSummary().getValue().equals("Afgezegde dialoog"))
			.findFirst()
			.orElseThrow();
		assertThat(off.getProperty(Property.STATUS).map(Property::getValue)).contains("CANCELLED");

		// A new address: the old one stops working.
		String renewed = makeAddress(coordinator);
		assertThat(renewed).isNotEqualTo(token);
		assertThat(status("/agenda/" + token + ".ics")).isEqualTo(404);
		assertThat(status("/agenda/" + renewed + ".ics")).isEqualTo(200);

		// Stopped: no address works; an inactive account's feed neither.
		this.mvc.perform(post("/mijn-agenda/stoppen").with(csrf()).with(user(coordinator)));
		assertThat(status("/agenda/" + renewed + ".ics")).isEqualTo(404);
		String again = makeAddress(coordinator);
		this.jdbc.sql("update account set active = false where id = ?").param(coordinator.id()).update();
		assertThat(status("/agenda/" + again + ".ics")).isEqualTo(404);
	}

	private String makeAddress(AccountPrincipal coordinator) throws Exception {
		// Shown once, on the page the browser is sent to.
		Object url = this.mvc.perform(post("/mijn-agenda").with(csrf()).with(user(coordinator)))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		Matcher matcher = FEED.matcher(String.valueOf(url));
		assertThat(matcher.find()).as(String.valueOf(url)).isTrue();
		return matcher.group(1);
	}

	private int status(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

}
