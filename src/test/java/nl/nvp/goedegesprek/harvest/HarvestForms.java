package nl.nvp.goedegesprek.harvest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
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
 * The harvest module's state-changing forms, for the double-submit test: the topic
 * catalogue and a trajectory's topics, harvest lines (by coordinators and through a table
 * host's link), the hosts' links, and the dots (on paper and by a participant's link).
 */
@TestComponent
public class HarvestForms implements FormCatalogue {

	private final AccountFixtures accounts;

	private final TrajectoryFixtures trajectories;

	private final HarvestFixtures harvest;

	private final MeetingFixtures meetings;

	private final JdbcClient jdbc;

	HarvestForms(AccountFixtures accounts, TrajectoryFixtures trajectories, HarvestFixtures harvest,
			MeetingFixtures meetings, JdbcClient jdbc) {
		this.accounts = accounts;
		this.trajectories = trajectories;
		this.harvest = harvest;
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /onderwerpen", () -> {
			AccountPrincipal nvp = this.accounts.create(Role.NATIONAL_COORDINATOR);
			String name = "Onderwerp " + UUID.randomUUID();
			return new Prepared("/onderwerpen", user(nvp),
					() -> post("/onderwerpen").param("name", name).param("description", "Nieuw in de catalogus."));
		}), FormCase.of("POST /onderwerpen/{topicId}", () -> {
			AccountPrincipal nvp = this.accounts.create(Role.NATIONAL_COORDINATOR);
			String name = "Onderwerp " + UUID.randomUUID();
			long topic = this.jdbc
				.sql("insert into topic (name, description, created_at, changed_at) values (?, 'Oud', now(), now()) "
						+ "returning id")
				.param(name)
				.query(Long.class)
				.single();
			long version = this.jdbc.sql("select version from topic where id = ?")
				.param(topic)
				.query(Long.class)
				.single();
			return new Prepared("/onderwerpen/" + topic, user(nvp),
					() -> post("/onderwerpen/" + topic).param("name", name + " (nieuw)")
						.param("description", "Beter beschreven.")
						.param("version", String.valueOf(version)));
		}), FormCase.of("POST /trajecten/{id}/onderwerpen", () -> {
			Running running = running();
			long first = this.harvest.catalogueTopic("Transparantie");
			long second = this.harvest.catalogueTopic("Perspectiefbepaling");
			return new Prepared(running.base() + "/onderwerpen", user(running.coordinator()),
					() -> post(running.base() + "/onderwerpen").param("topicIds", String.valueOf(first),
							String.valueOf(second)));
		}), FormCase.of("POST /trajecten/{id}/onderwerpen/eigen", () -> {
			Running running = running();
			String name = "Eigen " + UUID.randomUUID();
			return new Prepared(running.base() + "/onderwerpen", user(running.coordinator()),
					() -> post(running.base() + "/onderwerpen/eigen").param("name", name));
		}), FormCase.of("POST /trajecten/{id}/onderwerpen/{topicId}/landelijk", () -> {
			Running running = running();
			long own = this.harvest.ownTopic(running.trajectory(), running.coordinator(), "Eigen " + UUID.randomUUID());
			AccountPrincipal nvp = this.accounts.create(Role.NATIONAL_COORDINATOR);
			return new Prepared(running.base() + "/onderwerpen", user(nvp),
					() -> post(running.base() + "/onderwerpen/" + own + "/landelijk"));
		}), FormCase.of("POST /trajecten/{id}/oogst", () -> {
			Running running = running();
			long topic = chosen(running);
			return new Prepared(running.base() + "/oogst", user(running.coordinator()),
					() -> post(running.base() + "/oogst").param("topicId", String.valueOf(topic))
						.param("kind", "IDEA")
						.param("text", "Een vast aanspreekpunt per gezin."));
		}), FormCase.of("POST /trajecten/{id}/oogst/{itemId}/verwijderen", () -> {
			Running running = running();
			long item = this.harvest.harvest(running.trajectory(), running.coordinator(), chosen(running),
					HarvestKind.GOES_WELL, "Er wordt goed geluisterd.");
			return new Prepared(running.base() + "/oogst", user(running.coordinator()),
					() -> post(running.base() + "/oogst/" + item + "/verwijderen"));
		}), FormCase.of("POST /trajecten/{id}/oogst/invoerlinks", () -> {
			Running running = running();
			long meeting = this.meetings.create(running.trajectory(), "Dialoog", 30, Map.of()).id();
			return new Prepared(running.base() + "/oogst/invoerlinks", user(running.coordinator()),
					() -> post(running.base() + "/oogst/invoerlinks").param("label", "Tafel 1")
						.param("meetingId", String.valueOf(meeting))
						.param("seen", "0"));
		}), FormCase.of("POST /trajecten/{id}/oogst/invoerlinks/{linkId}/intrekken", () -> {
			Running running = running();
			HostLink link = hostLink(running);
			return new Prepared(running.base() + "/oogst/invoerlinks", user(running.coordinator()),
					() -> post(running.base() + "/oogst/invoerlinks/" + link.id() + "/intrekken"));
		}), FormCase.of("POST /oogst-invoer/{token}", () -> {
			Running running = running();
			long topic = chosen(running);
			HostLink link = hostLink(running);
			return new Prepared("/oogst-invoer/" + link.token(), null,
					() -> post("/oogst-invoer/" + link.token()).param("topicId", String.valueOf(topic))
						.param("kind", "CAN_BE_BETTER")
						.param("text", "Meer tijd voor de kinderen."));
		}), FormCase.of("POST /trajecten/{id}/prioriteiten", () -> {
			Running running = running();
			long idea = this.harvest.harvest(running.trajectory(), running.coordinator(), chosen(running),
					HarvestKind.IDEA, "Een buddy voor nieuwe pleegouders.");
			return new Prepared(running.base() + "/prioriteiten", user(running.coordinator()),
					() -> post(running.base() + "/prioriteiten").param("stippen-" + idea, "7"));
		}), FormCase.of("POST /stemmen/{token}", () -> {
			Running running = running();
			long topic = chosen(running);
			long first = this.harvest.harvest(running.trajectory(), running.coordinator(), topic, HarvestKind.IDEA,
					"Idee een");
			long second = this.harvest.harvest(running.trajectory(), running.coordinator(), topic, HarvestKind.IDEA,
					"Idee twee");
			long dialogue = this.meetings.createSecondDialogue(running.trajectory(), "Dialoog 2").id();
			String token = this.meetings.confirmedToken(dialogue, "Stemmer", ParticipantRole.FOSTER_PARENT);
			return new Prepared("/stemmen/" + token, null,
					() -> post("/stemmen/" + token).param("idee", String.valueOf(first), String.valueOf(second)));
		}));
	}

	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Oogst " + UUID.randomUUID(), coordinator.id());
		return new Running(trajectory, coordinator);
	}

	private long chosen(Running running) {
		return this.harvest.choose(running.trajectory(), running.coordinator(), "Transparantie").get(0);
	}

	/** A working link for a table host (made as the service makes it: only the hash). */
	private HostLink hostLink(Running running) {
		SecretToken token = SecretToken.generate();
		long id = this.jdbc.sql(
				"insert into harvest_entry_link (trajectory_id, label, token_hash, expires_at, created_at, created_by) "
						+ "values (?, 'Tafel 2', ?, now() + interval '7 days', now(), ?) returning id")
			.params(running.trajectory(), token.hash(), running.coordinator().id())
			.query(Long.class)
			.single();
		return new HostLink(id, token.value());
	}

	private record Running(long trajectory, AccountPrincipal coordinator) {

		String base() {
			return "/trajecten/" + this.trajectory;
		}

	}

	private record HostLink(long id, String token) {
	}

}
