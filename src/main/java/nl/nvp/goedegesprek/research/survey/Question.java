package nl.nvp.goedegesprek.research.survey;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A survey question, in a template or in a trajectory's survey. It may be shown to one or
 * more audiences, and may have a shorter, simpler wording for children.
 */
@Entity
@Table(name = "survey_question")
public class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "template_id")
	private SurveyTemplate template;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "survey_id")
	private Survey survey;

	private int position;

	@Enumerated(EnumType.STRING)
	private QuestionType type;

	private String text;

	private String childText;

	@Convert(converter = AudiencesConverter.class)
	@Column(name = "audiences")
	private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

	private boolean required;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "options", columnDefinition = "varchar(150)[]")
	private List<String> options = new ArrayList<>();

	private String scaleLow;

	private String scaleHigh;

	protected Question() {
	}

	static Question inTemplate(SurveyTemplate template, int position, QuestionDraft draft) {
		Question question = new Question();
		question.template = template;
		question.position = position;
		question.change(draft);
		return question;
	}

	static Question inSurvey(Survey survey, int position, QuestionDraft draft) {
		Question question = new Question();
		question.survey = survey;
		question.position = position;
		question.change(draft);
		return question;
	}

	void change(QuestionDraft draft) {
		this.type = draft.type();
		this.text = draft.text();
		this.childText = draft.childText();
		this.audiences = EnumSet.noneOf(Audience.class);
		this.audiences.addAll(draft.audiences());
		this.required = draft.required();
		this.options = new ArrayList<>(draft.options());
		this.scaleLow = draft.scaleLow();
		this.scaleHigh = draft.scaleHigh();
	}

	QuestionDraft draft() {
		return new QuestionDraft(this.type, this.text, this.childText, this.audiences, this.required, this.options,
				this.scaleLow, this.scaleHigh);
	}

	void moveTo(int position) {
		this.position = position;
	}

	public boolean isFor(Audience audience) {
		return this.audiences.contains(audience);
	}

	/**
	 * The wording for this audience: the child version for children, where there is one.
	 */
	public String textFor(Audience audience) {
		return (audience.isChild() && this.childText != null) ? this.childText : this.text;
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public QuestionType getType() {
		return this.type;
	}

	public String getText() {
		return this.text;
	}

	public String getChildText() {
		return this.childText;
	}

	public Set<Audience> getAudiences() {
		return this.audiences;
	}

	public boolean isRequired() {
		return this.required;
	}

	public List<String> getOptions() {
		return this.options;
	}

	public String getScaleLow() {
		return this.scaleLow;
	}

	public String getScaleHigh() {
		return this.scaleHigh;
	}

}
