package nl.nvp.goedegesprek.actionplan.followup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.actionplan.Concurrently;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An owner's link and progress: no link for a stopped action, the owner page keeps the
 * status as it is, progress cannot be dated in the future, and a double submit of a
 * report or of "mail the link" saves one report and sends one mail.
 */
@IntegrationTest
class OwnerLinkRulesTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountPrincipal coordinator;

	private long trajectory;

	private long action;

	private String contact;

	@BeforeEach
	void action() {
		this.coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ31");
		this.trajectory = this.trajectories.createRunning("JZ31", "Eigenaars", this.coordinator.id());
		long topic = this.harvest.choose(this.trajectory, this.coordinator, "Transparantie").get(0);
		this.contact = "eigenaar-" + UUID.randomUUID() + "@gemeente.example";
		this.action = this.actionPlan.actionWithContact(this.trajectory, this.coordinator, topic, "Buddy",
				LocalDate.now(AMSTERDAM).plusMonths(3), this.contact);
	}

	@Test
	void aStoppedActionGetsNoOwnerLink() throws Exception {
		this.jdbc.update("update improvement_action set status = 'STOPPED' where id = ?", this.action);
		this.mvc.perform(get("/trajecten/" + this.trajectory + "/acties/" + this.action).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("link-versturen"))));
		this.mvc
			.perform(post("/trajecten/" + this.trajectory + "/acties/" + this.action + "/link-versturen").with(csrf())
				.with(user(this.coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "ownerLink.stopped"));
		this.actionPlan.awaitEvents();
		assertThat(this.mailbox.to(this.contact)).isEmpty();
		assertThat(this.jdbc.queryForObject("select owner_link_hash from improvement_action where id = ?", String.class,
				this.action))
			.isNull();
	}

	@Test
	void theOwnerPageKeepsAProposedActionProposed() throws Exception {
		this.jdbc.update("update improvement_action set status = 'PROPOSED' where id = ?", this.action);
		String token = ownerLink();
		ProgressLinkForm shown = (ProgressLinkForm) this.mvc.perform(get("/voortgang/" + token))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("form");
		assertThat(shown.getStatus()).isEqualTo(ActionStatus.PROPOSED);
		this.mvc
			.perform(post("/voortgang/" + token).with(csrf())
				.param("reportedOn", LocalDate.now(AMSTERDAM).toString())
				.param("text", "We zijn begonnen met gesprekken.")
				.param("status", "PROPOSED"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from improvement_action where id = ?", String.class,
				this.action))
			.isEqualTo("PROPOSED");
		assertThat(progressCount()).isOne();
	}

	@Test
	void progressCannotBeDatedInTheFuture() throws Exception {
		String token = ownerLink();
		String tomorrow = LocalDate.now(AMSTERDAM).plusDays(1).toString();
		this.mvc
			.perform(post("/voortgang/" + token).with(csrf())
				.param("reportedOn", tomorrow)
				.param("text", "Vooruit gedateerd")
				.param("status", "AGREED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "reportedOn", "Future.progress"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Vooruit gedateerd")));
		this.mvc
			.perform(post("/trajecten/" + this.trajectory + "/acties/" + this.action + "/voortgang").with(csrf())
				.with(user(this.coordinator))
				.param("reportedOn", "2030-01-01")
				.param("text", "Vooruit gedateerd"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("progress", "reportedOn", "Future.progress"));
		assertThat(progressCount()).isZero();
		this.mvc
			.perform(post("/voortgang/" + token).with(csrf())
				.param("reportedOn", LocalDate.now(AMSTERDAM).toString())
				.param("text", "Vandaag")
				.param("status", "AGREED"))
			.andExpect(status().is3xxRedirection());
		assertThat(progressCount()).isOne();
	}

	@Test
	void aDoubleSubmittedOwnerReportIsSavedOnce() throws Exception {
		String token = ownerLink();
		var statuses = Concurrently.twice(this.mvc,
				() -> post("/voortgang/" + token).with(csrf())
					.param("reportedOn", LocalDate.now(AMSTERDAM).toString())
					.param("text", "Twee keer geklikt")
					.param("status", "IN_PROGRESS"));
		assertThat(statuses).containsOnly(302);
		assertThat(progressCount()).isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from action_status_change where action_id = ? and status = 'IN_PROGRESS'", Long.class,
				this.action))
			.isOne();
	}

	@Test
	void aDoubleSubmittedCoordinatorReportIsSavedOnce() throws Exception {
		var statuses = Concurrently.twice(this.mvc,
				() -> post("/trajecten/" + this.trajectory + "/acties/" + this.action + "/voortgang").with(csrf())
					.with(user(this.coordinator))
					.param("reportedOn", LocalDate.now(AMSTERDAM).toString())
					.param("text", "Twee keer geklikt"));
		assertThat(statuses).containsOnly(302);
		assertThat(progressCount()).isOne();
	}

	@Test
	void aDoubleClickOnMailTheLinkSendsOneMail() throws Exception {
		var statuses = Concurrently.twice(this.mvc,
				() -> post("/trajecten/" + this.trajectory + "/acties/" + this.action + "/link-versturen").with(csrf())
					.with(user(this.coordinator)));
		assertThat(statuses).containsOnly(302);
		this.mailbox.await(this.contact, 1);
		this.actionPlan.awaitEvents();
		assertThat(this.mailbox.to(this.contact)).hasSize(1);
		// The link in that one mail works.
		String link = Mailbox.text(this.mailbox.latest(this.contact, 1))
			.replaceAll("(?s).*/voortgang/([A-Za-z0-9_-]+).*", "$1");
		this.mvc.perform(get("/voortgang/" + link)).andExpect(status().isOk());
	}

	/**
	 * Issue 10 point 7: a new link replaces the old one. Once a second link is mailed,
	 * the link from the first mail no longer opens the owner page, and no report can be
	 * sent with it; the new link works.
	 */
	@Test
	void anEarlierLinkStopsWorkingOnceANewOneIsMailed() throws Exception {
		String send = "/trajecten/" + this.trajectory + "/acties/" + this.action + "/link-versturen";
		this.mvc.perform(post(send).with(csrf()).with(user(this.coordinator))).andExpect(status().is3xxRedirection());
		String first = linkIn(this.mailbox.latest(this.contact, 1));
		this.mvc.perform(get("/voortgang/" + first)).andExpect(status().isOk());

		// Past the pause between two requests, the coordinator mails the link again.
		this.jdbc.update(
				"update improvement_action set owner_link_requested_at = owner_link_requested_at - interval '1 hour' where id = ?",
				this.action);
		this.mvc.perform(post(send).with(csrf()).with(user(this.coordinator))).andExpect(status().is3xxRedirection());
		String second = linkIn(this.mailbox.latest(this.contact, 2));
		assertThat(second).isNotEqualTo(first);

		this.mvc.perform(get("/voortgang/" + first)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/voortgang/" + first).with(csrf())
				.param("reportedOn", LocalDate.now(AMSTERDAM).toString())
				.param("text", "Met de oude link")
				.param("status", ActionStatus.IN_PROGRESS.name()))
			.andExpect(status().isNotFound());
		assertThat(progressCount()).isZero();
		this.mvc.perform(get("/voortgang/" + second)).andExpect(status().isOk());
	}

	private static String linkIn(jakarta.mail.internet.MimeMessage mail) {
		return Mailbox.text(mail).replaceAll("(?s).*/voortgang/([A-Za-z0-9_-]+).*", "$1");
	}

	private String ownerLink() {
		SecretToken token = SecretToken.generate();
		this.jdbc.update(
				"update improvement_action set owner_link_hash = ?, owner_link_expires_at = now() + interval '30 days' where id = ?",
				token.hash(), this.action);
		return token.value();
	}

	private long progressCount() {
		return this.jdbc.queryForObject("select count(*) from action_progress where action_id = ?", Long.class,
				this.action);
	}

}
