package nl.nvp.goedegesprek.harvest.item;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * One line of harvest from a dialogue meeting about one topic. A quote carries only the
 * speaker's role, and is kept only when the speaker agreed to its publication.
 */
@Entity
public class HarvestItem extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long trajectoryId;

	private Long meetingId;

	private long topicId;

	@Enumerated(EnumType.STRING)
	private HarvestKind kind;

	private String text;

	@Enumerated(EnumType.STRING)
	private ParticipantRole speakerRole;

	private boolean consent;

	/** The table host's link it came through; null when a coordinator entered it. */
	private Long entryLinkId;

	@Version
	private long version;

	protected HarvestItem() {
	}

	public HarvestItem(long trajectoryId, Long meetingId, long topicId, HarvestKind kind, String text,
			ParticipantRole speakerRole, boolean consent) {
		if (kind == HarvestKind.QUOTE && (speakerRole == null || !consent)) {
			throw new IllegalArgumentException("A quote needs the speaker's role and consent");
		}
		this.trajectoryId = trajectoryId;
		this.meetingId = meetingId;
		this.topicId = topicId;
		this.kind = kind;
		this.text = text;
		this.speakerRole = (kind == HarvestKind.QUOTE) ? speakerRole : null;
		this.consent = kind == HarvestKind.QUOTE && consent;
	}

	/** A line that came in through a table host's link. */
	public static HarvestItem throughLink(long entryLinkId, long trajectoryId, Long meetingId, long topicId,
			HarvestKind kind, String text, ParticipantRole speakerRole, boolean consent) {
		HarvestItem item = new HarvestItem(trajectoryId, meetingId, topicId, kind, text, speakerRole, consent);
		item.entryLinkId = entryLinkId;
		return item;
	}

	/**
	 * Whether this line says the same as {@code other}, from the same source (the same
	 * table host's link, or the same coordinator): a line sent twice.
	 */
	public boolean repeats(HarvestItem other, Long coordinatorId) {
		boolean sameSource = (other.entryLinkId != null) ? other.entryLinkId.equals(this.entryLinkId)
				: this.entryLinkId == null && Objects.equals(getCreatedBy(), coordinatorId);
		return sameSource && this.trajectoryId == other.trajectoryId && Objects.equals(this.meetingId, other.meetingId)
				&& this.topicId == other.topicId && this.kind == other.kind && this.speakerRole == other.speakerRole
				&& this.text.strip().equals(other.text.strip());
	}

	public Long getId() {
		return this.id;
	}

	public long getTrajectoryId() {
		return this.trajectoryId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public long getTopicId() {
		return this.topicId;
	}

	public HarvestKind getKind() {
		return this.kind;
	}

	public String getText() {
		return this.text;
	}

	public ParticipantRole getSpeakerRole() {
		return this.speakerRole;
	}

}
