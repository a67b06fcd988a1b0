package nl.nvp.goedegesprek.harvest.hostlink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.harvest.item.HarvestForm;
import nl.nvp.goedegesprek.harvest.item.HarvestItem;
import nl.nvp.goedegesprek.harvest.item.HarvestItemRepository;
import nl.nvp.goedegesprek.harvest.topic.HarvestAccess;
import nl.nvp.goedegesprek.harvest.topic.Topic;
import nl.nvp.goedegesprek.harvest.topic.TopicRepository;
import nl.nvp.goedegesprek.meeting.MeetingPlanning;
import nl.nvp.goedegesprek.meeting.MeetingRef;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Harvest entered by table hosts through a link (no account): a coordinator makes a link
 * per host (shown once), valid until two days after the meeting, for adding lines to the
 * trajectory's chosen topics.
 */
@Service
@Transactional(readOnly = true)
class HostLinks {

	private final HostLinkRepository links;

	private final HarvestItemRepository items;

	private final TopicRepository topics;

	private final MeetingPlanning meetings;

	private final HarvestAccess access;

	private final Trajectories trajectories;

	private final Clock clock;

	private final PublicUrls urls;

	HostLinks(HostLinkRepository links, HarvestItemRepository items, TopicRepository topics, MeetingPlanning meetings,
			HarvestAccess access, Trajectories trajectories, Clock clock, PublicUrls urls) {
		this.links = links;
		this.items = items;
		this.topics = topics;
		this.meetings = meetings;
		this.access = access;
		this.trajectories = trajectories;
		this.clock = clock;
		this.urls = urls;
	}

	/** Only the trajectory's coordinators make links. */
	void check(long trajectoryId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
	}

	/** Makes a link for a table host; returns its address, to pass on (shown once). */
	@Transactional
	String createLink(long trajectoryId, Long meetingId, String label, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		MeetingRef meeting = (meetingId == null) ? null
				: this.meetings.meetingsOf(trajectoryId)
					.stream()
					.filter((m) -> m.id() == meetingId)
					.findFirst()
					.orElseThrow(NotFoundException::new);
		Instant expires = (meeting != null)
				? meeting.date().plusDays(3).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant()
				: this.clock.instant().plus(Duration.ofDays(7));
		if (expires.isBefore(this.clock.instant())) {
			expires = this.clock.instant().plus(Duration.ofDays(1));
		}
		SecretToken token = SecretToken.generate();
		this.links.save(new HostLink(trajectoryId, meetingId, label, token.hash(), expires));
		return this.urls.of("/oogst-invoer/" + token.value());
	}

	record View(String trajectoryTitle, String label, List<Topic> topics) {
	}

	View view(String token) {
		HostLink link = link(token);
		return new View(this.trajectories.publicTitle(link.getTrajectoryId()), link.getLabel(),
				this.topics.findChosen(link.getTrajectoryId()));
	}

	/** The topic must be one of the trajectory's; a quote needs role and consent. */
	void check(String token, HarvestForm form, Errors errors) {
		HostLink link = link(token);
		form.check(errors);
		if (form.getTopicId() != null
				&& !this.topics.findChosenIds(link.getTrajectoryId()).contains(form.getTopicId())) {
			errors.rejectValue("topicId", "HarvestForm.topicId.unknown");
		}
	}

	@Transactional
	void add(String token, HarvestForm form) {
		HostLink link = link(token);
		this.items.save(new HarvestItem(link.getTrajectoryId(), link.getMeetingId(), form.getTopicId(), form.getKind(),
				form.getText(), form.getSpeakerRole(), form.isConsent()));
	}

	private HostLink link(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		return this.links.findByTokenHash(SecretToken.sha256(token))
			.filter((link) -> link.isValid(this.clock.instant()))
			.filter((link) -> !this.trajectories.isClosed(link.getTrajectoryId()))
			.orElseThrow(NotFoundException::new);
	}

}
