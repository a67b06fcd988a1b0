package nl.nvp.goedegesprek.harvest.priority;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ballot behind a participant's personal link: only at the second dialogue meeting,
 * only while the registration has a place, and at most {@value Priorities#DOTS} dots
 * however many ballots arrive at once.
 */
@IntegrationTest
class PriorityBallotTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Priorities priorities;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private JdbcClient jdbc;

	private AccountPrincipal coordinator;

	private long trajectory;

	private List<Long> ideas;

	private MeetingFixtures.Created dialogue;

	@BeforeEach
	void ideas() {
		this.coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ23");
		this.trajectory = this.trajectories.createRunning("JZ23", "Stemmen", this.coordinator.id());
		long topic = this.harvest.choose(this.trajectory, this.coordinator, "Perspectiefbepaling").get(0);
		this.ideas = new ArrayList<>();
		for (String idea : new String[] { "Idee A", "Idee B", "Idee C", "Idee D", "Idee E" }) {
			this.ideas.add(this.harvest.harvest(this.trajectory, this.coordinator, topic, HarvestKind.IDEA, idea));
		}
		this.dialogue = this.meetings.createSecondDialogue(this.trajectory, "Dialoog 2");
	}

	private Map<Long, Long> online() {
		Map<Long, Long> online = new HashMap<>();
		this.priorities.overview(this.trajectory, this.coordinator)
			.topics()
			.forEach((topic) -> topic.ideas().forEach((score) -> online.put(score.idea().getId(), score.online())));
		return online;
	}

	private void vote(String token, Long... ideas) throws Exception {
		var request = post("/stemmen/" + token).with(csrf());
		for (Long idea : ideas) {
			request.param("idee", idea.toString());
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	@Test
	void dotsOfACancelledRegistrationNoLongerCountSoRegisteringAgainGivesNoSecondVote() throws Exception {
		String first = this.meetings.confirmedToken(this.dialogue.id(), "Sanne", ParticipantRole.FOSTER_PARENT);
		vote(first, this.ideas.get(0), this.ideas.get(1));
		this.mvc.perform(post("/aanmelding/" + first + "/annuleren").with(csrf()))
			.andExpect(status().is3xxRedirection());
		String again = this.meetings.confirmedToken(this.dialogue.id(), "Sanne", ParticipantRole.FOSTER_PARENT);
		vote(again, this.ideas.get(0), this.ideas.get(1));

		assertThat(online()).containsEntry(this.ideas.get(0), 1L).containsEntry(this.ideas.get(1), 1L);
	}

	@Test
	void theBallotIsOnlyOpenAtTheSecondDialogueMeeting() throws Exception {
		MeetingFixtures.Created kickOff = this.meetings.create(this.trajectory, "Startbijeenkomst", 40, Map.of());
		String token = this.meetings.confirmedToken(kickOff.id(), "Kees", ParticipantRole.PARENT);

		this.mvc.perform(get("/stemmen/" + token)).andExpect(status().isNotFound());
		this.mvc.perform(post("/stemmen/" + token).with(csrf()).param("idee", this.ideas.get(0).toString()))
			.andExpect(status().isNotFound());
		assertThat(online()).containsEntry(this.ideas.get(0), 0L);
	}

	@Test
	void aCancelledMeetingHasNoBallotAndItsDotsNoLongerCount() throws Exception {
		String token = this.meetings.confirmedToken(this.dialogue.id(), "Ruben", ParticipantRole.FOSTER_PARENT);
		vote(token, this.ideas.get(0));
		assertThat(online()).containsEntry(this.ideas.get(0), 1L);
		this.jdbc.sql("""
				update meeting set cancelled = true, cancellation_reason = 'Zaal weg', cancelled_at = now()
				where id = ?""").param(this.dialogue.id()).update();

		this.mvc.perform(get("/stemmen/" + token)).andExpect(status().isNotFound());
		this.mvc.perform(post("/stemmen/" + token).with(csrf()).param("idee", this.ideas.get(1).toString()))
			.andExpect(status().isNotFound());
		assertThat(online()).containsEntry(this.ideas.get(0), 0L).containsEntry(this.ideas.get(1), 0L);
	}

	@Test
	void twoBallotsAtOnceLeaveOneOfThemWholeAndNeverMoreThanThreeDots() throws Exception {
		String token = this.meetings.confirmedToken(this.dialogue.id(), "Fenna", ParticipantRole.FOSTER_PARENT);
		long registration = this.jdbc.sql("select id from registration where meeting_id = ? and status = 'CONFIRMED'")
			.param(this.dialogue.id())
			.query(Long.class)
			.single();
		Set<Long> one = Set.of(this.ideas.get(0), this.ideas.get(1), this.ideas.get(2));
		Set<Long> other = Set.of(this.ideas.get(2), this.ideas.get(3), this.ideas.get(4));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 25; round++) {
				List<Callable<Boolean>> ballots = List.of(() -> this.priorities.giveDots(token, one),
						() -> this.priorities.giveDots(token, other));
				for (Future<Boolean> saved : pool.invokeAll(ballots)) {
					assertThat(saved.get()).isTrue();
				}
				Set<Long> dots = new HashSet<>(
						this.jdbc.sql("select harvest_item_id from idea_vote where registration_id = ?")
							.param(registration)
							.query(Long.class)
							.list());
				assertThat(dots).as("round %d", round).isIn(one, other);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void twoBallotFormsSentAtOnceNeverAnswerWithAServerError() throws Exception {
		String token = this.meetings.confirmedToken(this.dialogue.id(), "Joris", ParticipantRole.PARENT);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				List<Callable<Integer>> forms = List.of(
						() -> this.mvc
							.perform(post("/stemmen/" + token).with(csrf())
								.param("idee", this.ideas.get(0).toString(), this.ideas.get(1).toString(),
										this.ideas.get(2).toString()))
							.andReturn()
							.getResponse()
							.getStatus(),
						() -> this.mvc
							.perform(post("/stemmen/" + token).with(csrf())
								.param("idee", this.ideas.get(1).toString(), this.ideas.get(2).toString(),
										this.ideas.get(3).toString()))
							.andReturn()
							.getResponse()
							.getStatus());
				for (Future<Integer> answer : pool.invokeAll(forms)) {
					assertThat(answer.get()).isEqualTo(302);
				}
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(online().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
	}

}
