package nl.nvp.goedegesprek.research.response;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import nl.nvp.goedegesprek.research.survey.Audience;

import org.springframework.data.domain.Persistable;

/**
 * One anonymous response to a survey. It knows its survey and audience, nothing else: no
 * account, registration, address, day or time; its id is random.
 */
@Entity
public class SurveyResponse implements Persistable<UUID> {

	@Id
	private UUID id;

	private long surveyId;

	@Enumerated(EnumType.STRING)
	private Audience audience;

	@OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
	private List<SurveyAnswer> answers = new ArrayList<>();

	/**
	 * Its id is made here, so saving must insert (not look for an existing row first).
	 */
	@Transient
	private boolean stored;

	protected SurveyResponse() {
	}

	SurveyResponse(long surveyId, Audience audience) {
		this.id = UUID.randomUUID();
		this.surveyId = surveyId;
		this.audience = audience;
	}

	void choose(long questionId, int choice) {
		this.answers.add(new SurveyAnswer(this, questionId, choice, null));
	}

	void write(long questionId, String text) {
		this.answers.add(new SurveyAnswer(this, questionId, null, text));
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostPersist
	@PostLoad
	void markStored() {
		this.stored = true;
	}

	List<SurveyAnswer> getAnswers() {
		return this.answers;
	}

}
