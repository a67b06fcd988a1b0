package nl.nvp.goedegesprek.harvest.priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.harvest.item.HarvestItem;
import nl.nvp.goedegesprek.harvest.item.HarvestItemRepository;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.harvest.topic.HarvestAccess;
import nl.nvp.goedegesprek.harvest.topic.Topic;
import nl.nvp.goedegesprek.harvest.topic.TopicRepository;
import nl.nvp.goedegesprek.meeting.MeetingRegistrations;
import nl.nvp.goedegesprek.meeting.ParticipantRef;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prioritising ideas with dots (dialoogbijeenkomst 2): a participant with a place at that
 * meeting gives up to {@value #DOTS} dots, one per idea, through their personal link;
 * only registrations that have a place now count; a coordinator enters the dots given on
 * paper. The result per topic is visible to everyone who sees the trajectory.
 */
@Service
@Transactional(readOnly = true)
class Priorities {

	static final int DOTS = 3;

	private final HarvestItemRepository harvest;

	private final DotRepository dots;

	private final TopicRepository topics;

	private final MeetingRegistrations registrations;

	private final HarvestAccess access;

	Priorities(HarvestItemRepository harvest, DotRepository dots, TopicRepository topics,
			MeetingRegistrations registrations, HarvestAccess access) {
		this.harvest = harvest;
		this.dots = dots;
		this.topics = topics;
		this.registrations = registrations;
		this.access = access;
	}

	record Score(HarvestItem idea, long online, long paper) {

		public long total() {
			return this.online + this.paper;
		}

	}

	record TopicScores(Topic topic, List<Score> ideas) {
	}

	record Overview(TrajectoryRef trajectory, List<TopicScores> topics) {
	}

	Overview overview(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		return new Overview(trajectory, scores(trajectoryId));
	}

	private List<TopicScores> scores(long trajectoryId) {
		Map<Long, Long> online = new HashMap<>();
		this.dots.countOnlineDots(trajectoryId).forEach((row) -> online.put(row.getIdeaId(), row.getCount()));
		Map<Long, Long> paper = new HashMap<>();
		this.dots.findPaperDots(trajectoryId).forEach((row) -> paper.put(row.getIdeaId(), row.getCount()));
		Map<Long, List<Score>> byTopic = new LinkedHashMap<>();
		for (HarvestItem idea : this.harvest.findByTrajectoryIdAndKindOrderByIdAsc(trajectoryId, HarvestKind.IDEA)) {
			byTopic.computeIfAbsent(idea.getTopicId(), (id) -> new ArrayList<>())
				.add(new Score(idea, online.getOrDefault(idea.getId(), 0L), paper.getOrDefault(idea.getId(), 0L)));
		}
		List<TopicScores> result = new ArrayList<>();
		for (Topic topic : this.topics.findChosen(trajectoryId)) {
			List<Score> scores = new ArrayList<>(byTopic.getOrDefault(topic.getId(), List.of()));
			scores.sort(Comparator.comparingLong(Score::total).reversed().thenComparing((s) -> s.idea().getId()));
			result.add(new TopicScores(topic, scores));
		}
		return result;
	}

	/** The dots a coordinator counted on paper, per idea of this trajectory. */
	@Transactional
	void savePaperDots(long trajectoryId, Map<Long, Integer> dots, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		Set<Long> ideas = ideaIds(trajectoryId);
		dots.forEach((ideaId, count) -> {
			if (ideas.contains(ideaId)) {
				this.dots.setPaperDots(ideaId, count);
			}
		});
	}

	private Set<Long> ideaIds(long trajectoryId) {
		Set<Long> ids = new HashSet<>();
		this.harvest.findByTrajectoryIdAndKindOrderByIdAsc(trajectoryId, HarvestKind.IDEA)
			.forEach((idea) -> ids.add(idea.getId()));
		return ids;
	}

	record Ballot(ParticipantRef participant, List<TopicScores> topics, Set<Long> chosen) {

		public boolean isChosen(long ideaId) {
			return this.chosen.contains(ideaId);
		}

	}

	/**
	 * The participant with a place behind this link, at the meeting where ideas are
	 * prioritised; not found otherwise (a link to another meeting of the trajectory has
	 * no ballot).
	 */
	private ParticipantRef voter(String token) {
		return this.registrations.participant(token)
			.filter(ParticipantRef::prioritises)
			.orElseThrow(NotFoundException::new);
	}

	/** What the participant behind this link may give dots to, with their dots so far. */
	Ballot ballot(String token) {
		ParticipantRef participant = voter(token);
		return new Ballot(participant, scores(participant.trajectoryId()),
				new HashSet<>(this.dots.findDotsOf(participant.registrationId())));
	}

	/**
	 * Replaces the participant's dots; false when there are too many or unknown ideas.
	 * Ballots of one registration are saved one at a time (a row lock), so that two sent
	 * at once never add up: the last one wins.
	 */
	@Transactional
	boolean giveDots(String token, Set<Long> ideaIds) {
		ParticipantRef participant = voter(token);
		if (ideaIds.size() > DOTS || !ideaIds(participant.trajectoryId()).containsAll(ideaIds)) {
			return false;
		}
		if (!this.registrations.lockPlace(participant.registrationId())) {
			throw new NotFoundException();
		}
		this.dots.clearDotsOf(participant.registrationId());
		ideaIds.forEach((ideaId) -> this.dots.giveDot(ideaId, participant.registrationId()));
		return true;
	}

}
