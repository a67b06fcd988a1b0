package nl.nvp.goedegesprek.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.national.NationalActions;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The action plan module's state-changing forms, for the double-submit test: actions and
 * their progress (by coordinators and by the owner's link), the plan, its review and
 * adoption, and the NVP's national list.
 */
@TestComponent
public class ActionPlanForms implements FormCatalogue {

	private final AccountFixtures accounts;

	private final TrajectoryFixtures trajectories;

	private final HarvestFixtures harvest;

	private final ActionPlanFixtures actions;

	private final NationalActions national;

	private final JdbcClient jdbc;

	private final Clock clock;

	private AccountPrincipal policymaker;

	ActionPlanForms(AccountFixtures accounts, TrajectoryFixtures trajectories, HarvestFixtures harvest,
			ActionPlanFixtures actions, NationalActions national, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.trajectories = trajectories;
		this.harvest = harvest;
		this.actions = actions;
		this.national = national;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /trajecten/{id}/acties", () -> {
			Running running = running();
			String title = "Actie " + UUID.randomUUID();
			return new Prepared(running.base() + "/acties/nieuw", user(running.coordinator()),
					() -> post(running.base() + "/acties").param("topicId", String.valueOf(running.topic()))
						.param("title", title)
						.param("ownerOrganisation", "Pleegzorg Gelderland")
						.param("status", "AGREED")
						.param("scope", "REGIONAL"));
		}), FormCase.of("POST /trajecten/{id}/acties/{actionId}", () -> {
			Running running = running();
			long action = action(running);
			long version = this.jdbc.sql("select version from improvement_action where id = ?")
				.param(action)
				.query(Long.class)
				.single();
			return new Prepared(running.base() + "/acties/" + action + "/bewerken", user(running.coordinator()),
					() -> post(running.base() + "/acties/" + action).param("topicId", String.valueOf(running.topic()))
						.param("title", "Nieuwe titel")
						.param("ownerOrganisation", "Gemeente Nijmegen")
						.param("status", "IN_PROGRESS")
						.param("scope", "REGIONAL")
						.param("version", String.valueOf(version)));
		}), FormCase.of("POST /trajecten/{id}/acties/{actionId}/voortgang", () -> {
			Running running = running();
			long action = action(running);
			return new Prepared(running.base() + "/acties/" + action, user(running.coordinator()),
					() -> post(running.base() + "/acties/" + action + "/voortgang")
						.param("reportedOn", today().toString())
						.param("text", "De eerste gesprekken zijn gevoerd."));
		}), FormCase.of("POST /trajecten/{id}/acties/{actionId}/link-versturen", () -> {
			Running running = running();
			long action = this.actions.actionWithContact(running.trajectory(), running.coordinator(), running.topic(),
					"Met contact", today().plusMonths(2), "eigenaar-" + UUID.randomUUID() + "@test.example");
			return new Prepared(running.base() + "/acties/" + action, user(running.coordinator()),
					() -> post(running.base() + "/acties/" + action + "/link-versturen"));
		}), FormCase.of("POST /voortgang/{token}", () -> {
			Running running = running();
			long action = action(running);
			String token = ownerLink(action);
			return new Prepared("/voortgang/" + token, null,
					() -> post("/voortgang/" + token).param("reportedOn", today().toString())
						.param("text", "Het loopt goed.")
						.param("status", "IN_PROGRESS"));
		}), FormCase.of("POST /trajecten/{id}/actieplan", () -> {
			Running running = running();
			return new Prepared(running.base() + "/actieplan", user(running.coordinator()),
					() -> post(running.base() + "/actieplan").param("introduction", "Wat we samen gaan doen.")
						.param("publicPage", "true")
						.param("version", "0"));
		}), FormCase.of("POST /trajecten/{id}/actieplan/ter-review", () -> {
			Running running = running();
			action(running);
			policymaker();
			return new Prepared(running.base() + "/actieplan", user(running.coordinator()),
					() -> post(running.base() + "/actieplan/ter-review"));
		}), FormCase.of("POST /trajecten/{id}/actieplan/versies/{versionId}/vaststellen", () -> {
			Reviewed reviewed = reviewed();
			return new Prepared(reviewed.page(), user(reviewed.running().coordinator()),
					() -> post(reviewed.page() + "/vaststellen"));
		}), FormCase.of("POST /trajecten/{id}/actieplan/versies/{versionId}/reacties", () -> {
			Reviewed reviewed = reviewed();
			return new Prepared(reviewed.page(), user(reviewed.policymaker()),
					() -> post(reviewed.page() + "/reacties").param("tekst", "Wie betaalt dit?"));
		}), FormCase.of("POST /trajecten/{id}/actieplan/versies/{versionId}/oordeel", () -> {
			Reviewed reviewed = reviewed();
			return new Prepared(reviewed.page(), user(reviewed.policymaker()),
					() -> post(reviewed.page() + "/oordeel").param("oordeel", "onderschrijven")
						.param("toelichting", "Goed plan."));
		}), FormCase.of("POST /landelijke-acties", () -> {
			AccountPrincipal nvp = this.accounts.create(Role.NATIONAL_COORDINATOR);
			String title = "Landelijk " + UUID.randomUUID();
			return new Prepared("/landelijke-acties", user(nvp),
					() -> post("/landelijke-acties").param("title", title).param("description", "Voor alle regio's."));
		}), FormCase.of("POST /landelijke-acties/{nationalActionId}/koppelen", () -> {
			Handed handed = handed();
			return new Prepared("/landelijke-acties/" + handed.nationalAction(), user(handed.nvp()),
					() -> post("/landelijke-acties/" + handed.nationalAction() + "/koppelen").param("actie",
							String.valueOf(handed.action())));
		}), FormCase.of("POST /landelijke-acties/{nationalActionId}/ontkoppelen", () -> {
			Handed handed = handed();
			this.national.link(handed.nationalAction(), handed.action());
			return new Prepared("/landelijke-acties/" + handed.nationalAction(), user(handed.nvp()),
					() -> post("/landelijke-acties/" + handed.nationalAction() + "/ontkoppelen").param("actie",
							String.valueOf(handed.action())));
		}), FormCase.of("POST /landelijke-acties/{nationalActionId}/voortgang", () -> {
			Handed handed = handed();
			return new Prepared("/landelijke-acties/" + handed.nationalAction(), user(handed.nvp()),
					() -> post("/landelijke-acties/" + handed.nationalAction() + "/voortgang")
						.param("reportedOn", today().toString())
						.param("text", "Besproken met het ministerie.")
						.param("status", "IN_PROGRESS"));
		}));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A running trajectory of a coordinator, with one chosen topic. */
	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Actieplan " + UUID.randomUUID(), coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		return new Running(trajectory, coordinator, topic);
	}

	private long action(Running running) {
		return this.actions.action(running.trajectory(), running.coordinator(), running.topic(),
				"Actie " + UUID.randomUUID(), today().plusMonths(3));
	}

	/** A plan with one action, sent for review to a policymaker of the region. */
	private Reviewed reviewed() {
		Running running = running();
		action(running);
		AccountPrincipal policymaker = policymaker();
		long version = this.actions.submitPlan(running.trajectory(), running.coordinator());
		return new Reviewed(running, policymaker, running.base() + "/actieplan/versies/" + version);
	}

	/**
	 * A policymaker of the region, made once: a plan sent for review mails every
	 * policymaker of the region, so their number must stay the same between the sends
	 * that are compared.
	 */
	private synchronized AccountPrincipal policymaker() {
		if (this.policymaker == null) {
			this.policymaker = this.accounts.create(Role.POLICYMAKER, "JZ32");
		}
		return this.policymaker;
	}

	/** A regional action handed to the NVP, and a national action to put it under. */
	private Handed handed() {
		Running running = running();
		long action = this.actions.nationalScopeAction(running.trajectory(), running.coordinator(), running.topic(),
				"Naar de NVP " + UUID.randomUUID());
		long nationalAction = this.actions.nationalAction("Landelijk " + UUID.randomUUID());
		return new Handed(this.accounts.create(Role.NATIONAL_COORDINATOR), nationalAction, action);
	}

	private String ownerLink(long action) {
		SecretToken token = SecretToken.generate();
		this.jdbc.sql(
				"update improvement_action set owner_link_hash = ?, owner_link_expires_at = now() + interval '30 days' "
						+ "where id = ?")
			.params(token.hash(), action)
			.update();
		return token.value();
	}

	private record Running(long trajectory, AccountPrincipal coordinator, long topic) {

		String base() {
			return "/trajecten/" + this.trajectory;
		}

	}

	private record Reviewed(Running running, AccountPrincipal policymaker, String page) {
	}

	private record Handed(AccountPrincipal nvp, long nationalAction, long action) {
	}

}
