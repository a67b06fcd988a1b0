package nl.nvp.goedegesprek.meeting.registration;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changes that touch places: a participant switching role, a coordinator shrinking the
 * meeting or moving it, and one address asking for many mails.
 */
@IntegrationTest
class MeetingChangeTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private Registrations registrations;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void someoneWithAPlaceCannotSwitchIntoAFullRoleAndAFreedQuotaPlaceGoesToTheWaitlist() {
		long trajectory = this.trajectories.create("JZ32", "Rollen");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Rollen", 10,
				Map.of(ParticipantRole.FOSTER_CARE_WORKER, 1));
		String worker = this.meetings.pending(meeting.id(), "Begeleider", ParticipantRole.FOSTER_CARE_WORKER);
		String waiting = this.meetings.pending(meeting.id(), "Wachtend", ParticipantRole.FOSTER_CARE_WORKER);
		String parent = this.meetings.pending(meeting.id(), "Ouder", ParticipantRole.PARENT);
		assertThat(this.registrations.confirm(worker)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.registrations.confirm(waiting)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(this.registrations.confirm(parent)).isEqualTo(RegistrationStatus.CONFIRMED);

		RegistrationForm toWorker = this.registrations.changeForm(parent);
		toWorker.setRole(ParticipantRole.FOSTER_CARE_WORKER);
		toWorker.setOrganisation("Pleegzorg Oost");
		assertThatThrownBy(() -> this.registrations.change(parent, toWorker)).isInstanceOf(RoleFullException.class);
		assertThat(this.registrations.personal(parent).role()).isEqualTo(ParticipantRole.PARENT);

		RegistrationForm toOther = this.registrations.changeForm(worker);
		toOther.setRole(ParticipantRole.OTHER);
		toOther.setRoleOther("Vrijwilliger");
		this.registrations.change(worker, toOther);
		// The one waiting moved up (and got a new link by mail, which ended the old one).
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.WAITLISTED)).isZero();
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(3);
		assertThatThrownBy(() -> this.registrations.personal(waiting)).isInstanceOf(LinkEndedException.class);
	}

	private MockHttpServletRequestBuilder edit(long id, AccountPrincipal user, String capacity, String date) {
		return edit(id, user, capacity, date, "0");
	}

	private MockHttpServletRequestBuilder edit(long id, AccountPrincipal user, String capacity, String date,
			String version) {
		return post("/bijeenkomsten/" + id).with(csrf())
			.with(user(user))
			.param("title", "Krimp")
			.param("type", "DIALOGUE_MEETING")
			.param("date", date)
			.param("startTime", "13:00")
			.param("endTime", "16:00")
			.param("address", "Stadhuis")
			.param("capacity", capacity)
			.param("version", version);
	}

	@Test
	void capacityCannotDropBelowThePlacesTakenAndLinksFollowTheMeetingDate() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.create("JZ32", "Krimp", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Krimp", 10, Map.of(),
				TestClock.today().plusDays(3));
		String token = this.meetings.pending(meeting.id(), "Een", ParticipantRole.FOSTER_PARENT);
		this.registrations.confirm(token);
		this.meetings.confirmed(meeting.id(), "Twee", ParticipantRole.FOSTER_PARENT);
		this.meetings.confirmed(meeting.id(), "Drie", ParticipantRole.FOSTER_PARENT);

		String page = this.mvc.perform(edit(meeting.id(), coordinator, "2", TestClock.today().plusDays(3).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"capacity-error\"").contains("Er hebben al 3 mensen een plek.");
		assertThat(this.meetings.count(meeting.id(), RegistrationStatus.CONFIRMED)).isEqualTo(3);

		String email = this.jdbc.sql("select email from registration where meeting_id = ? and name = 'Een'")
			.param(meeting.id())
			.query(String.class)
			.single();
		// Moved to a later date: the mail about the move holds the new link, which works
		// after the old date; the old link is replaced.
		this.mvc.perform(edit(meeting.id(), coordinator, "3", TestClock.today().plusMonths(2).toString()))
			.andExpect(redirectedUrlPattern("/bijeenkomsten/*"));
		String moved = newestToken(email);
		assertThat(this.registrations.personal(moved).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThatThrownBy(() -> this.registrations.personal(token)).isInstanceOf(LinkEndedException.class);
		// Links end the day after the meeting as it is planned now, not as it was
		// planned.
		// planned. (A coordinator cannot move a meeting into the past: the date is set
		// here as time would pass.)
		this.mvc.perform(edit(meeting.id(), coordinator, "3", TestClock.today().minusDays(5).toString(), "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze datum is al voorbij.")));
		this.jdbc.sql("update meeting set meeting_date = ? where id = ?")
			.params(TestClock.today().minusDays(5), meeting.id())
			.update();
		assertThatThrownBy(() -> this.registrations.personal(moved)).isInstanceOf(NotFoundException.class);
	}

	private String newestToken(String email) {
		String link = Mailbox.personalLink(this.mailbox.newestSettled(email), "");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	@Test
	void oneAddressGetsOnlyAFewMailsADay() throws Exception {
		long trajectory = this.trajectories.create("JZ32", "Postvak");
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Postvak", 10, Map.of());
		String email = "doelwit-" + UUID.randomUUID() + "@test.example";
		for (int i = 0; i < 7; i++) {
			String address = "10.66." + i + "." + (int) (Math.random() * 250);
			this.mvc.perform(post("/aanmelden/" + meeting.publicId()).with(csrf()).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}).param("name", "Doelwit").param("email", email).param("role", "FOSTER_PARENT").param("consent", "true"))
				.andExpect(redirectedUrlPattern("/aanmelden/*/verstuurd"));
		}
		// Five mails are queued; one whose link a newer mail replaced before it went out
		// is
		// not sent (it no longer applies).
		assertThat(this.jdbc.sql("""
				select count(*) from mail_outbox o join registration r on r.id = o.subject_id
				where o.kind like 'registration.%' and r.email = ?""").param(email).query(Long.class).single())
			.isEqualTo(5);
		this.mailbox.await(email, 1);
		Thread.sleep(1000);
		assertThat(this.mailbox.to(email)).hasSizeBetween(1, 5);
	}

}
