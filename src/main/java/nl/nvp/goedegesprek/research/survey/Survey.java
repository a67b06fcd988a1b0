package nl.nvp.goedegesprek.research.survey;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.SecretToken;
import org.hibernate.annotations.OptimisticLock;

/**
 * The experience survey of one trajectory: its questions (copied from a template, then
 * adapted), its dates and one anonymous link per audience, which a coordinator can
 * replace (the replaced links are kept as hashes only).
 */
@Entity
public class Survey extends Audited {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long trajectoryId;

	private String title;

	private String introduction;

	private LocalDate opensOn;

	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	private SurveyStatus status = SurveyStatus.DRAFT;

	@OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Question> questions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "survey_link", joinColumns = @JoinColumn(name = "survey_id"))
	@MapKeyColumn(name = "audience")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "token")
	@OptimisticLock(excluded = true)
	private Map<Audience, String> links = new EnumMap<>(Audience.class);

	/**
	 * Links that were replaced. Replacing a link does not count as a change of the survey
	 * (its title, dates and questions): a form for those stays valid. Replacing is
	 * serialised by a row lock instead ({@link SurveyRepository#lockByTrajectory}).
	 */
	@ElementCollection
	@CollectionTable(name = "survey_link_ended", joinColumns = @JoinColumn(name = "survey_id"))
	@OptimisticLock(excluded = true)
	private Set<EndedLink> endedLinks = new HashSet<>();

	@Version
	private long version;

	protected Survey() {
	}

	/** A new survey with a copy of the template's questions and a link per audience. */
	Survey(long trajectoryId, SurveyTemplate template, String title, String introduction, LocalDate opensOn,
			LocalDate closesOn) {
		this.trajectoryId = trajectoryId;
		plan(title, introduction, opensOn, closesOn);
		for (Question question : template.getQuestions()) {
			this.questions.add(Question.inSurvey(this, QuestionList.nextPosition(this.questions), question.draft()));
		}
		for (Audience audience : Audience.values()) {
			this.links.put(audience, newToken());
		}
	}

	private static String newToken() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Changes the title, introduction and dates, until the survey has closed: a later
	 * closing date would open it again, and its results are read from what it held at
	 * closing (decision 14).
	 */
	void plan(String title, String introduction, LocalDate opensOn, LocalDate closesOn, LocalDate today) {
		if (hasClosed(today)) {
			throw new RuleException("survey.rule.closedForGood");
		}
		plan(title, introduction, opensOn, closesOn);
	}

	private void plan(String title, String introduction, LocalDate opensOn, LocalDate closesOn) {
		if (closesOn.isBefore(opensOn)) {
			throw new RuleException("survey.rule.closesBeforeOpens");
		}
		this.title = title;
		this.introduction = introduction;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
	}

	/**
	 * Opens the survey for answers between its dates. Closing is for good: a closed
	 * survey never opens again (a new round is a new survey).
	 */
	void open(LocalDate today) {
		if (hasClosed(today)) {
			throw new RuleException("survey.rule.closedForGood");
		}
		if (this.questions.isEmpty()) {
			throw new RuleException("survey.rule.noQuestions");
		}
		if (this.closesOn.isBefore(today)) {
			throw new RuleException("survey.rule.closingDatePassed");
		}
		this.status = SurveyStatus.OPEN;
	}

	/** What a request to replace an audience's link did. */
	public enum LinkReplacement {

		/** The link was replaced now: the old one no longer works. */
		REPLACED,
		/**
		 * The link the request named was replaced before (a form sent twice): nothing
		 * changed.
		 */
		ALREADY_REPLACED

	}

	/**
	 * Replaces an audience's link with a new one, at once: the old link stops working and
	 * keeps only its hash, so that it can say kindly that it ended. The request names the
	 * link it means to replace by that hash ({@link #linkHash}): when that link was
	 * replaced already (the same form sent twice) nothing changes, so a double click
	 * never ends the new link too. Answers are not tied to a link and stay. A closed
	 * survey changes no more (decision 14), links included.
	 */
	LinkReplacement replaceLink(Audience audience, String replacedLinkHash, LocalDate today, Instant now,
			Long accountId) {
		if (hasClosed(today)) {
			throw new RuleException("survey.rule.closedForGood");
		}
		String current = this.links.get(audience);
		if (current != null && SecretToken.sha256(current).equals(replacedLinkHash)) {
			this.endedLinks.add(new EndedLink(replacedLinkHash, audience, now, accountId));
			this.links.put(audience, newToken());
			return LinkReplacement.REPLACED;
		}
		if (this.endedLinks.stream().anyMatch((ended) -> ended.is(audience, replacedLinkHash))) {
			return LinkReplacement.ALREADY_REPLACED;
		}
		throw new RuleException("survey.link.unknown");
	}

	/** How a form names an audience's current link without holding it: its hash. */
	public String linkHash(Audience audience) {
		return SecretToken.sha256(this.links.get(audience));
	}

	/** When each audience's link was last replaced; absent for links never replaced. */
	public Map<Audience, Instant> linksReplacedAt() {
		Map<Audience, Instant> replaced = new EnumMap<>(Audience.class);
		for (EndedLink ended : this.endedLinks) {
			replaced.merge(ended.getAudience(), ended.getEndedAt(), (a, b) -> a.isAfter(b) ? a : b);
		}
		return replaced;
	}

	void close() {
		if (this.status != SurveyStatus.OPEN) {
			throw new RuleException("survey.rule.notOpen");
		}
		this.status = SurveyStatus.CLOSED;
	}

	/** What a respondent finds today: not yet open, open, or closed. */
	public SurveyStatus statusOn(LocalDate today) {
		if (this.status == SurveyStatus.OPEN) {
			if (today.isBefore(this.opensOn)) {
				return SurveyStatus.DRAFT;
			}
			return today.isAfter(this.closesOn) ? SurveyStatus.CLOSED : SurveyStatus.OPEN;
		}
		return this.status;
	}

	/**
	 * Whether the survey has closed, by hand or because its closing date passed. From
	 * then on nothing changes: no answers, dates or questions; its results are read from
	 * this one frozen state.
	 */
	public boolean hasClosed(LocalDate today) {
		return statusOn(today) == SurveyStatus.CLOSED;
	}

	public boolean acceptsAnswers(LocalDate today) {
		return statusOn(today) == SurveyStatus.OPEN;
	}

	/**
	 * Questions may change only until the survey is opened: afterwards a change would mix
	 * answers to different questions. Not "until the first answer": a change refused only
	 * once someone answered would tell the coordinators when the first answer came, which
	 * is what the padding attack of decision 14 needs to know.
	 */
	private void checkQuestionsMayChange() {
		if (this.status == SurveyStatus.CLOSED) {
			throw new RuleException("survey.rule.closedForGood");
		}
		if (this.status != SurveyStatus.DRAFT) {
			throw new RuleException("survey.rule.opened");
		}
	}

	/** Whether the questions may still change: only before the survey is opened. */
	public boolean questionsMayChange() {
		return this.status == SurveyStatus.DRAFT;
	}

	Question addQuestion(QuestionDraft draft) {
		checkQuestionsMayChange();
		QuestionList.checkTextFree(this.questions, draft.text(), null);
		Question question = Question.inSurvey(this, QuestionList.nextPosition(this.questions), draft);
		this.questions.add(question);
		return question;
	}

	void changeQuestion(long questionId, QuestionDraft draft) {
		checkQuestionsMayChange();
		Question question = question(questionId);
		QuestionList.checkTextFree(this.questions, draft.text(), questionId);
		question.change(draft);
	}

	void moveQuestion(long questionId, int direction) {
		checkQuestionsMayChange();
		QuestionList.move(this.questions, questionId, direction);
	}

	void removeQuestion(long questionId) {
		checkQuestionsMayChange();
		QuestionList.remove(this.questions, questionId);
	}

	Question question(long questionId) {
		return QuestionList.find(this.questions, questionId).orElseThrow(NotFoundException::new);
	}

	public List<Question> questionsFor(Audience audience) {
		return this.questions.stream().filter((question) -> question.isFor(audience)).toList();
	}

	public Long getId() {
		return this.id;
	}

	public long getTrajectoryId() {
		return this.trajectoryId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public SurveyStatus getStatus() {
		return this.status;
	}

	public List<Question> getQuestions() {
		return this.questions;
	}

	public Map<Audience, String> getLinks() {
		return this.links;
	}

	public long getVersion() {
		return this.version;
	}

}
