package nl.nvp.goedegesprek.project.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.meeting.MeetingAttendance;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.LinkExpiry;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The harvest of a national project's dialogue, recorded by its facilitator through a
 * link (no account), as table hosts do at a regional meeting: a coordinator of the
 * project makes the link (shown once), valid until a few days after the dialogue. Through
 * it the facilitator adds, changes and removes remarks, and records who came.
 * Coordinators see the links made (never their tokens) and the dialogue's remarks.
 */
@Service
@Transactional(readOnly = true)
class FacilitatorLinks {

	static final String PATH = "/gespreksleider/";

	private final FacilitatorLinkRepository links;

	private final DialogueRemarkRepository remarks;

	private final MeetingAttendance meetings;

	private final ProjectTrajectories projects;

	private final Trajectories trajectories;

	private final Clock clock;

	private final PublicUrls urls;

	private final TransactionLocks locks;

	FacilitatorLinks(FacilitatorLinkRepository links, DialogueRemarkRepository remarks, MeetingAttendance meetings,
			ProjectTrajectories projects, Trajectories trajectories, Clock clock, PublicUrls urls,
			TransactionLocks locks) {
		this.links = links;
		this.remarks = remarks;
		this.meetings = meetings;
		this.projects = projects;
		this.trajectories = trajectories;
		this.clock = clock;
		this.urls = urls;
		this.locks = locks;
	}

	/** A link as coordinators see it (never its token). */
	record Row(long id, String label, Instant createdAt, Instant expiresAt, boolean working) {
	}

	/** A remark as shown. */
	record Remark(long id, RemarkKind kind, String text, ParticipantRole speakerRole) {

		static Remark of(DialogueRemark remark) {
			return new Remark(remark.getId(), remark.getKind(), remark.getText(), remark.getSpeakerRole());
		}

	}

	/**
	 * The coordinators' page of a dialogue's harvest: its links, and its remarks by kind
	 * (a fixed number of statements however many there are).
	 */
	record Overview(ProjectTrajectories.Project project, MeetingAttendance.Session dialogue, List<Row> links,
			Map<RemarkKind, List<Remark>> remarks, long remarkCount) {

		long newestLink() {
			return this.links.stream().mapToLong(Row::id).max().orElse(0);
		}

	}

	/** A new link's address (shown once) and whether it ended an earlier one. */
	record Created(String url, boolean replacedEarlier) {
	}

	/** The facilitator's page. */
	record Page(String projectTitle, MeetingAttendance.Session dialogue, String label, Instant expiresAt,
			List<Remark> remarks, List<MeetingAttendance.Attendee> attendees) {
	}

	Overview overview(long meetingId, AccountPrincipal user) {
		Editable editable = editable(meetingId, user);
		Instant now = this.clock.instant();
		List<Row> rows = this.links.findByMeetingIdOrderByIdDesc(meetingId)
			.stream()
			.map((link) -> new Row(link.getId(), link.getLabel(), link.getCreatedAt(), link.getExpiresAt(),
					link.isValid(now)))
			.toList();
		List<DialogueRemark> all = this.remarks.findByMeetingIdOrderByIdAsc(meetingId);
		return new Overview(editable.project(), editable.dialogue(), rows, byKind(all), all.size());
	}

	/**
	 * Makes a facilitator's link for a dialogue, which ends an earlier working link with
	 * the same label; returns its address, to pass on (shown once). Only for the
	 * project's dialogue sessions ({@code facilitatorLink.notADialogue} for its other
	 * meetings). Refused ({@code facilitatorLink.justMade}) when a link with that label
	 * was made after the page was shown: the same form sent from two tabs makes one link
	 * (decision 28).
	 */
	@Transactional
	Created create(long meetingId, FacilitatorLinkForm form, AccountPrincipal user) {
		Editable editable = editable(meetingId, user);
		if (!editable.dialogue().dialogueSession()) {
			// Only a dialogue has a facilitator and a harvest by role: not the
			// project's other meetings (a kick-off, say).
			throw new RuleException("facilitatorLink.notADialogue");
		}
		this.locks.lock("facilitator-link", meetingId);
		Instant now = this.clock.instant();
		List<FacilitatorLink> earlier = this.links.findByMeetingIdOrderByIdDesc(meetingId);
		String label = form.getLabel().strip();
		if (form.getSeen() != null && earlier.stream()
			.anyMatch((link) -> link.getId() > form.getSeen() && link.getLabel().equalsIgnoreCase(label))) {
			throw new RuleException("facilitatorLink.justMade");
		}
		boolean replaced = false;
		for (FacilitatorLink link : earlier) {
			if (link.getLabel().equalsIgnoreCase(label) && link.isValid(now)) {
				link.end(now);
				replaced = true;
			}
		}
		SecretToken token = SecretToken.generate();
		this.links.save(new FacilitatorLink(editable.project().id(), meetingId, label, token.hash(),
				LinkExpiry.afterMeeting(editable.dialogue().date(), now)));
		return new Created(this.urls.of(PATH + token.value()), replaced);
	}

	/** Ends one of the dialogue's links; ending twice changes nothing. */
	@Transactional
	void end(long meetingId, long linkId, AccountPrincipal user) {
		editable(meetingId, user);
		this.links.findById(linkId)
			.filter((link) -> link.getMeetingId() == meetingId)
			.orElseThrow(NotFoundException::new)
			.end(this.clock.instant());
	}

	Page page(String token) {
		FacilitatorLink link = link(token);
		MeetingAttendance.Session dialogue = this.meetings.session(link.getMeetingId())
			.orElseThrow(NotFoundException::new);
		List<Remark> own = this.remarks.findByFacilitatorLinkIdOrderByIdAsc(link.getId())
			.stream()
			.map(Remark::of)
			.toList();
		return new Page(this.trajectories.publicTitle(link.getTrajectoryId()), dialogue, link.getLabel(),
				link.getExpiresAt(), own, this.meetings.confirmed(link.getMeetingId()));
	}

	/** The link must work; a quote needs role and consent. */
	void check(String token, RemarkForm form, Errors errors) {
		link(token);
		form.check(errors);
	}

	/**
	 * Adds a remark through a facilitator's link; false (and nothing added) when the same
	 * remark came through this link already, as the same form sent from two tabs does.
	 */
	@Transactional
	boolean add(String token, RemarkForm form) {
		FacilitatorLink link = link(token);
		this.locks.lock("dialogue-remark", link.getId());
		if (this.remarks.findByFacilitatorLinkIdOrderByIdAsc(link.getId())
			.stream()
			.anyMatch((earlier) -> earlier.repeats(form))) {
			return false;
		}
		this.remarks.save(new DialogueRemark(link, form));
		return true;
	}

	/** A remark entered through this link, to change it. */
	RemarkForm form(String token, long remarkId) {
		return RemarkForm.of(own(link(token), remarkId));
	}

	/**
	 * Changes a remark entered through this link, if it is still the version the
	 * facilitator saw (two tabs: the second is told, not silently overwriting the first).
	 * @throws ObjectOptimisticLockingFailureException when it changed meanwhile
	 */
	@Transactional
	void change(String token, long remarkId, RemarkForm form) {
		FacilitatorLink link = link(token);
		this.locks.lock("dialogue-remark", link.getId());
		DialogueRemark remark = own(link, remarkId);
		if (form.getVersion() == null || remark.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(DialogueRemark.class, remarkId);
		}
		remark.change(form);
		this.remarks.flush();
	}

	/** Removes a remark entered through this link; removing twice changes nothing. */
	@Transactional
	void remove(String token, long remarkId) {
		FacilitatorLink link = link(token);
		this.locks.lock("dialogue-remark", link.getId());
		this.remarks.findById(remarkId)
			.filter((remark) -> link.getId().equals(remark.getFacilitatorLinkId()))
			.ifPresent(this.remarks::delete);
	}

	/**
	 * Records who came: those with a place whose registration is in {@code present} came,
	 * the others did not. Sent twice, the same.
	 */
	@Transactional
	void attendance(String token, Collection<Long> present) {
		FacilitatorLink link = link(token);
		Set<Long> came = Set.copyOf(present);
		for (MeetingAttendance.Attendee attendee : this.meetings.confirmed(link.getMeetingId())) {
			this.meetings.markPresent(link.getMeetingId(), attendee.registrationId(),
					came.contains(attendee.registrationId()));
		}
	}

	private DialogueRemark own(FacilitatorLink link, long remarkId) {
		return this.remarks.findById(remarkId)
			.filter((remark) -> link.getId().equals(remark.getFacilitatorLinkId()))
			.orElseThrow(NotFoundException::new);
	}

	private static Map<RemarkKind, List<Remark>> byKind(List<DialogueRemark> all) {
		Map<RemarkKind, List<Remark>> byKind = new EnumMap<>(RemarkKind.class);
		for (RemarkKind kind : RemarkKind.values()) {
			byKind.put(kind, all.stream().filter((remark) -> remark.getKind() == kind).map(Remark::of).toList());
		}
		return byKind;
	}

	private record Editable(ProjectTrajectories.Project project, MeetingAttendance.Session dialogue) {
	}

	/**
	 * The dialogue and its project, for whoever runs the project: not found for a meeting
	 * of a regional trajectory or a project this person does not see; forbidden to read
	 * it only.
	 */
	private Editable editable(long meetingId, AccountPrincipal user) {
		MeetingAttendance.Session dialogue = this.meetings.session(meetingId).orElseThrow(NotFoundException::new);
		ProjectTrajectories.Project project = this.projects.find(dialogue.trajectoryId(), user)
			.orElseThrow(NotFoundException::new);
		if (!project.editable()) {
			throw new AccessDeniedException("Only those who run the project");
		}
		return new Editable(project, dialogue);
	}

	private FacilitatorLink link(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		return this.links.findByTokenHash(SecretToken.sha256(token))
			.filter((link) -> link.isValid(this.clock.instant()))
			.filter((link) -> !this.trajectories.isClosed(link.getTrajectoryId()))
			.orElseThrow(NotFoundException::new);
	}

}
