package nl.nvp.goedegesprek.project.advice;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A national project's advice on one of its themes: a title, the advice itself and the
 * dialogues (meetings of the project) it rests on.
 */
@Entity
@Table(name = "project_advice")
class ProjectAdvice extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long trajectoryId;

	private Long themeId;

	private String title;

	private String text;

	private Long nationalActionId;

	@ElementCollection
	@CollectionTable(name = "project_advice_dialogue", joinColumns = @JoinColumn(name = "advice_id"))
	@Column(name = "meeting_id")
	@Fetch(FetchMode.SUBSELECT)
	private Set<Long> dialogues = new LinkedHashSet<>();

	@Version
	private long version;

	protected ProjectAdvice() {
	}

	ProjectAdvice(long trajectoryId) {
		this.trajectoryId = trajectoryId;
	}

	void describe(long themeId, String title, String text, Set<Long> dialogues) {
		this.themeId = themeId;
		this.title = title;
		this.text = text;
		this.dialogues.clear();
		this.dialogues.addAll(dialogues);
	}

	/** It became this national action. */
	void becameNationalAction(long nationalActionId) {
		this.nationalActionId = nationalActionId;
	}

	Long getNationalActionId() {
		return this.nationalActionId;
	}

	Long getId() {
		return this.id;
	}

	Long getTrajectoryId() {
		return this.trajectoryId;
	}

	Long getThemeId() {
		return this.themeId;
	}

	String getTitle() {
		return this.title;
	}

	String getText() {
		return this.text;
	}

	Set<Long> getDialogues() {
		return this.dialogues;
	}

	long getVersion() {
		return this.version;
	}

}
