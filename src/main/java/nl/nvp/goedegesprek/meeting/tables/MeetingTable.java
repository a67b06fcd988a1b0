package nl.nvp.goedegesprek.meeting.tables;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import nl.nvp.goedegesprek.meeting.planning.Meeting;

/**
 * A table at a dialogue meeting, with its host (gespreksbegeleider).
 */
@Entity
public class MeetingTable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	private int number;

	private String hostName;

	private boolean childFriendly;

	protected MeetingTable() {
	}

	MeetingTable(Meeting meeting, int number, String hostName, boolean childFriendly) {
		this.meeting = meeting;
		this.number = number;
		this.hostName = hostName;
		this.childFriendly = childFriendly;
	}

	Long getId() {
		return this.id;
	}

	int getNumber() {
		return this.number;
	}

	String getHostName() {
		return this.hostName;
	}

	boolean isChildFriendly() {
		return this.childFriendly;
	}

}
