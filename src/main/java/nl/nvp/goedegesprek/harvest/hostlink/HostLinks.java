package nl.nvp.goedegesprek.harvest.hostlink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.harvest.item.HarvestForm;
import nl.nvp.goedegesprek.harvest.item.HarvestItem;
import nl.nvp.goedegesprek.harvest.item.HarvestItemRepository;
import nl.nvp.goedegesprek.harvest.topic.HarvestAccess;
import nl.nvp.goedegesprek.harvest.topic.Topic;
import nl.nvp.goedegesprek.harvest.topic.TopicRepository;
import nl.nvp.goedegesprek.meeting.MeetingPlanning;
import nl.nvp.goedegesprek.meeting.MeetingRef;
import nl.nvp.goedegesprek.shared.LinkExpiry;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Harvest entered by table hosts through a link (no account): a coordinator makes a link
 * per host (shown once), valid until two days after the meeting, for adding lines to the
 * trajectory's chosen topics. Coordinators see the links made (never their tokens) and
 * revoke them; a new link for the same table and meeting revokes the one before.
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

	private final Accounts accounts;

	private final Clock clock;

	private final PublicUrls urls;

	private final TransactionLocks locks;

	HostLinks(HostLinkRepository links, HarvestItemRepository items, TopicRepository topics, MeetingPlanning meetings,
			HarvestAccess access, Trajectories trajectories, Accounts accounts, Clock clock, PublicUrls urls,
			TransactionLocks locks) {
		this.locks = locks;
		this.links = links;
		this.items = items;
		this.topics = topics;
		this.meetings = meetings;
		this.access = access;
		this.trajectories = trajectories;
		this.accounts = accounts;
		this.clock = clock;
		this.urls = urls;
	}

	/**
	 * Makes a link for a table host, which ends an earlier link for the same table and
	 * meeting; returns its address, to pass on (shown once). Refused
	 * ({@code hostLink.justMade}) when a link for that table and meeting was made after
	 * the page was shown ({@link HostLinkForm#getSeen()}): the same form sent from two
	 * tabs makes one link, whose address the first tab shows (decision 28).
	 */
	@Transactional
	Created createLink(long trajectoryId, HostLinkForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.locks.lock("host-link", trajectoryId);
		Long meetingId = form.getMeetingId();
		MeetingRef meeting = (meetingId == null) ? null
				: this.meetings.meetingsOf(trajectoryId)
					.stream()
					.filter((m) -> m.id() == meetingId)
					.findFirst()
					.orElseThrow(NotFoundException::new);
		Instant now = this.clock.instant();
		Instant expires = (meeting != null) ? LinkExpiry.afterMeeting(meeting.date(), now)
				: now.plus(Duration.ofDays(7));
		List<HostLink> links = this.links.findByTrajectoryIdOrderByCreatedAtDescIdDesc(trajectoryId);
		if (form.getSeen() != null && links.stream()
			.anyMatch((earlier) -> earlier.getId() > form.getSeen() && earlier.isFor(form.getLabel(), meetingId))) {
			throw new RuleException("hostLink.justMade");
		}
		boolean replaced = false;
		for (HostLink earlier : links) {
			if (earlier.isFor(form.getLabel(), meetingId) && earlier.isValid(now)) {
				earlier.revoke(now, user.id());
				replaced = true;
			}
		}
		SecretToken token = SecretToken.generate();
		this.links.save(new HostLink(trajectoryId, meetingId, form.getLabel(), token.hash(), expires));
		return new Created(this.urls.of("/oogst-invoer/" + token.value()), replaced);
	}

	/** A new link's address (shown once) and whether it ended an earlier one. */
	record Created(String url, boolean replacedEarlier) {
	}

	/** A link as coordinators see it in the list (never its token). */
	record Row(long id, String label, String meetingTitle, Instant createdAt, String createdBy, Instant expiresAt,
			Instant revokedAt, boolean working) {
	}

	/** The page of a trajectory's links: the trajectory, its meetings and its links. */
	record Overview(TrajectoryRef trajectory, List<MeetingRef> meetings, List<Row> links) {
	}

	/**
	 * A trajectory's table-host links, newest first, for its coordinators: a fixed number
	 * of queries however many links there are.
	 */
	Overview overview(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.editable(trajectoryId, user);
		List<MeetingRef> meetings = this.meetings.meetingsOf(trajectoryId);
		Map<Long, String> meetingTitles = new HashMap<>();
		meetings.forEach((meeting) -> meetingTitles.put(meeting.id(), meeting.title()));
		List<HostLink> links = this.links.findByTrajectoryIdOrderByCreatedAtDescIdDesc(trajectoryId);
		Set<Long> makers = new HashSet<>();
		links.stream().map(HostLink::getCreatedBy).filter(Objects::nonNull).forEach(makers::add);
		Map<Long, String> names = makers.isEmpty() ? Map.of() : this.accounts.displayNames(makers);
		Instant now = this.clock.instant();
		List<Row> rows = links.stream()
			.map((link) -> new Row(link.getId(), link.getLabel(),
					(link.getMeetingId() != null) ? meetingTitles.get(link.getMeetingId()) : null, link.getCreatedAt(),
					(link.getCreatedBy() != null) ? names.get(link.getCreatedBy()) : null, link.getExpiresAt(),
					link.getRevokedAt(), link.isValid(now)))
			.toList();
		return new Overview(trajectory, meetings, rows);
	}

	/** Revokes one of the trajectory's links; revoking twice changes nothing. */
	@Transactional
	void revoke(long trajectoryId, long linkId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.links.findByIdAndTrajectoryId(linkId, trajectoryId)
			.orElseThrow(NotFoundException::new)
			.revoke(this.clock.instant(), user.id());
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

	/**
	 * Adds a line through a table host's link; false (and nothing added) when the same
	 * line came through this link already, as the same form sent from two tabs does.
	 */
	@Transactional
	boolean add(String token, HarvestForm form) {
		HostLink link = link(token);
		return this.items
			.addOnce(
					HarvestItem.throughLink(link.getId(), link.getTrajectoryId(), link.getMeetingId(),
							form.getTopicId(), form.getKind(), form.getText(), form.getSpeakerRole(), form.isConsent()),
					null, this.locks);
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
