package nl.nvp.goedegesprek.actionplan.national;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A dated report of progress on a national action.
 */
@Entity
@Table(name = "national_action_progress")
@EntityListeners(AuditingEntityListener.class)
public class NationalProgress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate reportedOn;

	private String text;

	@CreatedDate
	private Instant createdAt;

	@CreatedBy
	private Long createdBy;

	protected NationalProgress() {
	}

	NationalProgress(LocalDate reportedOn, String text) {
		this.reportedOn = reportedOn;
		this.text = text;
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	public String getText() {
		return this.text;
	}

}
