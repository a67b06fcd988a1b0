package nl.nvp.goedegesprek.actionplan.action;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A dated report of progress on an action, with an optional link to evidence.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
public class ActionProgress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "action_id")
	private ImprovementAction action;

	private LocalDate reportedOn;

	private String text;

	private String evidenceUrl;

	@CreatedDate
	private Instant createdAt;

	@CreatedBy
	private Long createdBy;

	protected ActionProgress() {
	}

	ActionProgress(ImprovementAction action, LocalDate reportedOn, String text, String evidenceUrl) {
		this.action = action;
		this.reportedOn = reportedOn;
		this.text = text;
		this.evidenceUrl = evidenceUrl;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	public String getText() {
		return this.text;
	}

	public String getEvidenceUrl() {
		return this.evidenceUrl;
	}

}
