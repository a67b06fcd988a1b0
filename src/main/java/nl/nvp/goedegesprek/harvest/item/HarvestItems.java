package nl.nvp.goedegesprek.harvest.item;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.harvest.HarvestUse;
import nl.nvp.goedegesprek.harvest.topic.HarvestAccess;
import nl.nvp.goedegesprek.harvest.topic.Topic;
import nl.nvp.goedegesprek.harvest.topic.TopicRepository;
import nl.nvp.goedegesprek.meeting.MeetingPlanning;
import nl.nvp.goedegesprek.meeting.MeetingRef;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The harvest of a trajectory's dialogue meetings, per topic: entered by its coordinators
 * during or after a meeting, read by everyone who sees the trajectory.
 */
@Service
@Transactional(readOnly = true)
public class HarvestItems {

	private final HarvestItemRepository items;

	private final TopicRepository topics;

	private final MeetingPlanning meetings;

	private final HarvestAccess access;

	private final ObjectProvider<HarvestUse> uses;

	private final TransactionLocks locks;

	HarvestItems(HarvestItemRepository items, TopicRepository topics, MeetingPlanning meetings, HarvestAccess access,
			ObjectProvider<HarvestUse> uses, TransactionLocks locks) {
		this.locks = locks;
		this.items = items;
		this.topics = topics;
		this.meetings = meetings;
		this.access = access;
		this.uses = uses;
	}

	public record TopicHarvest(Topic topic, Map<HarvestKind, List<HarvestItem>> byKind) {

		public List<HarvestItem> of(HarvestKind kind) {
			return this.byKind.getOrDefault(kind, List.of());
		}

		public boolean isEmpty() {
			return this.byKind.values().stream().allMatch(List::isEmpty);
		}

	}

	public record Overview(TrajectoryRef trajectory, List<MeetingRef> meetings, Long meetingId,
			List<TopicHarvest> topics) {

		public String meetingTitle(Long id) {
			return this.meetings.stream().filter((m) -> m.id() == id).map(MeetingRef::title).findFirst().orElse(null);
		}

	}

	/** The harvest per topic of the trajectory's chosen topics, of one meeting or all. */
	public Overview overview(long trajectoryId, Long meetingId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		List<MeetingRef> meetingRefs = this.meetings.meetingsOf(trajectoryId);
		Long shown = (meetingId != null && meetingRefs.stream().anyMatch((m) -> m.id() == meetingId)) ? meetingId
				: null;
		List<HarvestItem> all = (shown != null)
				? this.items.findByTrajectoryIdAndMeetingIdOrderByIdAsc(trajectoryId, shown)
				: this.items.findByTrajectoryIdOrderByIdAsc(trajectoryId);
		Map<Long, Map<HarvestKind, List<HarvestItem>>> grouped = new LinkedHashMap<>();
		for (HarvestItem item : all) {
			grouped.computeIfAbsent(item.getTopicId(), (id) -> new EnumMap<>(HarvestKind.class))
				.computeIfAbsent(item.getKind(), (kind) -> new ArrayList<>())
				.add(item);
		}
		List<TopicHarvest> perTopic = this.topics.findChosen(trajectoryId)
			.stream()
			.map((topic) -> new TopicHarvest(topic, grouped.getOrDefault(topic.getId(), Map.of())))
			.toList();
		return new Overview(trajectory, meetingRefs, shown, perTopic);
	}

	/** The topic must be one the trajectory chose; the meeting one of its own. */
	void check(long trajectoryId, HarvestForm form, Errors errors, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		form.check(errors);
		if (form.getTopicId() != null && !this.topics.findChosenIds(trajectoryId).contains(form.getTopicId())) {
			errors.rejectValue("topicId", "HarvestForm.topicId.unknown");
		}
		if (form.getMeetingId() != null
				&& this.meetings.meetingsOf(trajectoryId).stream().noneMatch((m) -> m.id() == form.getMeetingId())) {
			errors.rejectValue("meetingId", "HarvestForm.meetingId.unknown");
		}
	}

	/**
	 * Adds a line; false (and nothing added) when this coordinator added the same line
	 * already, as the same form sent from two tabs does.
	 */
	@Transactional
	public boolean add(long trajectoryId, HarvestForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		return this.items.addOnce(new HarvestItem(trajectoryId, form.getMeetingId(), form.getTopicId(), form.getKind(),
				form.getText(), form.getSpeakerRole(), form.isConsent()), user.id(), this.locks);
	}

	/** Removes a line; false if something (an action) is built on it (then it stays). */
	@Transactional
	boolean remove(long trajectoryId, long itemId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		HarvestItem item = this.items.findById(itemId)
			.filter((found) -> found.getTrajectoryId() == trajectoryId)
			.orElse(null);
		if (item == null) {
			return true;
		}
		if (this.uses.stream().anyMatch((use) -> use.ideaInUse(item.getId()))) {
			return false;
		}
		this.items.delete(item);
		this.items.flush();
		return true;
	}

}
