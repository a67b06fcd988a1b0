package nl.nvp.goedegesprek.privacy;

import java.time.LocalDate;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.dialogue.FacilitatorLinkFixture;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Personal data of participants and contact persons is removed a year after their
 * trajectory closed, as the privacy statement says; figures stay, and a trajectory that
 * closed recently keeps everything.
 */
@IntegrationTest
class RetentionTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private HarvestFixtures harvest;

	@Test
	void personalDataGoesAYearAfterTheTrajectoryClosed() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ25");
		long old = this.trajectories.createRunning("JZ25", "Lang geleden", coordinator.id());
		long recent = this.trajectories.createRunning("JZ25", "Net klaar", coordinator.id());
		MeetingFixtures.Created oldMeeting = this.meetings.create(old, "Oud", 20, Map.of());
		MeetingFixtures.Created recentMeeting = this.meetings.create(recent, "Recent", 20, Map.of());
		String oldToken = this.meetings.confirmedToken(oldMeeting.id(), "Anna de Vries", ParticipantRole.PARENT);
		this.meetings.confirmedToken(recentMeeting.id(), "Bert Jansen", ParticipantRole.FOSTER_PARENT);
		long oldTopic = this.harvest.choose(old, coordinator, "Transparantie").get(0);
		long recentTopic = this.harvest.choose(recent, coordinator, "Transparantie").get(0);
		long oldAction = this.actionPlan.actionWithContact(old, coordinator, oldTopic, "Oude actie",
				TestClock.today().minusYears(1), "oud@gemeente.example");
		long recentAction = this.actionPlan.actionWithContact(recent, coordinator, recentTopic, "Recente actie",
				TestClock.today(), "recent@gemeente.example");
		hostLink(old, "Tafel 1 oud");
		hostLink(recent, "Tafel 1 recent");
		FacilitatorLinkFixture.link(this.jdbcClient, old, oldMeeting.id(), "Gespreksleider Anna");
		FacilitatorLinkFixture.link(this.jdbcClient, recent, recentMeeting.id(), "Bert");
		long remark = FacilitatorLinkFixture.remark(this.jdbcClient,
				FacilitatorLinkFixture.link(this.jdbcClient, old, oldMeeting.id(), "Carla"), "IDEA", "Een buddy");
		this.jdbc.update(
				"update trajectory set status = 'CANCELLED', closed_at = now() - interval '13 months' where id = ?",
				old);
		this.jdbc.update(
				"update trajectory set status = 'CANCELLED', closed_at = now() - interval '1 month' where id = ?",
				recent);

		run("participantRetention");
		run("contactRetention");
		run("hostLinkRetention");
		run("facilitatorLinkRetention");

		Map<String, Object> gone = this.jdbc.queryForMap("select * from registration where meeting_id = ?",
				oldMeeting.id());
		assertThat(gone.get("name")).isEqualTo("-");
		assertThat((String) gone.get("email")).startsWith("geanonimiseerd-").doesNotContain("vries");
		assertThat(gone.get("phone")).isNull();
		assertThat(gone.get("anonymised_at")).isNotNull();
		assertThat(gone.get("role")).isEqualTo("PARENT");
		assertThat(gone.get("status")).isEqualTo("CONFIRMED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from registration_link l join registration r on r.id = l.registration_id where r.meeting_id = ?",
				Long.class, oldMeeting.id()))
			.isZero();
		assertThat(this.mvc.perform(get("/aanmelding/" + oldToken)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForMap("select contact_name, contact_email from improvement_action where id = ?",
				oldAction))
			.containsEntry("contact_name", null)
			.containsEntry("contact_email", null);

		Map<String, Object> kept = this.jdbc.queryForMap("select * from registration where meeting_id = ?",
				recentMeeting.id());
		assertThat(kept.get("name")).isEqualTo("Bert Jansen");
		assertThat(this.jdbc.queryForObject("select contact_email from improvement_action where id = ?", String.class,
				recentAction))
			.isEqualTo("recent@gemeente.example");

		assertThat(this.jdbc.queryForList("select label from harvest_entry_link where trajectory_id in (?, ?)",
				String.class, old, recent))
			.containsExactly("Tafel 1 recent");
		// A dialogue's facilitator links go with their labels; the remarks (a role, no
		// name) stay
		assertThat(this.jdbc.queryForList("select label from facilitator_link where trajectory_id in (?, ?)",
				String.class, old, recent))
			.containsExactly("Bert");
		assertThat(this.jdbc.queryForMap("select text, facilitator_link_id from dialogue_remark where id = ?", remark))
			.containsEntry("text", "Een buddy")
			.containsEntry("facilitator_link_id", null);

		// Running again changes nothing more.
		run("participantRetention");
		assertThat(this.jdbc.queryForObject("select name from registration where meeting_id = ?", String.class,
				oldMeeting.id()))
			.isEqualTo("-");
	}

	@Test
	void aQuoteNeverPublishedAndWhatWasLearnedGoWithThePersonalDataAPublishedQuoteStays() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ25");
		long old = this.trajectories.createRunning("JZ25", "Citaten lang geleden", coordinator.id());
		MeetingFixtures.Created meeting = this.meetings.create(old, "Oud met citaten", 20, Map.of());
		this.meetings.confirmedToken(meeting.id(), "Carla Citaat", ParticipantRole.PARENT);
		this.meetings.confirmedToken(meeting.id(), "Dirk Citaat", ParticipantRole.FOSTER_PARENT);
		long carla = this.jdbc.queryForObject("select id from registration where name = 'Carla Citaat'", Long.class);
		long dirk = this.jdbc.queryForObject("select id from registration where name = 'Dirk Citaat'", Long.class);
		this.jdbc.update(
				"insert into meeting_evaluation (registration_id, meeting_id, score, learned, quote, quote_consent, submitted_on)"
						+ " values (?, ?, 4, 'Dat mijn buurvrouw Ans ook pleegt', 'Nooit gepubliceerd', true, current_date),"
						+ " (?, ?, 5, 'Veel', 'Wel gepubliceerd', true, current_date)",
				carla, meeting.id(), dirk, meeting.id());
		this.jdbc.update(
				"update meeting_evaluation set quote_published_at = now(), quote_published_by = ? where registration_id = ?",
				coordinator.id(), dirk);
		this.jdbc.update(
				"update trajectory set status = 'CANCELLED', closed_at = now() - interval '13 months' where id = ?",
				old);

		run("participantRetention");

		assertThat(this.jdbc.queryForMap(
				"select learned, quote, quote_consent, score from meeting_evaluation where registration_id = ?", carla))
			.containsEntry("learned", null)
			.containsEntry("quote", null)
			.containsEntry("quote_consent", false)
			.containsEntry("score", 4);
		assertThat(this.jdbc.queryForMap(
				"select learned, quote, quote_consent from meeting_evaluation where registration_id = ?", dirk))
			.containsEntry("learned", null)
			.containsEntry("quote", "Wel gepubliceerd")
			.containsEntry("quote_consent", true);
	}

	private void hostLink(long trajectory, String label) {
		this.jdbc.update("""
				insert into harvest_entry_link (trajectory_id, label, token_hash, expires_at, created_at)
				values (?, ?, md5(random()::text) || md5(random()::text), now() + interval '3 days', now())""",
				trajectory, label);
	}

	private void run(String bean) throws Exception {
		Object job = this.context.getBean(bean);
		job.getClass().getMethod("removeDue").invoke(job);
	}

}
