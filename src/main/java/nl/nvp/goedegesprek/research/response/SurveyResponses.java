package nl.nvp.goedegesprek.research.response;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.bucket4j.BucketConfiguration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.Question;
import nl.nvp.goedegesprek.research.survey.QuestionType;
import nl.nvp.goedegesprek.research.survey.Survey;
import nl.nvp.goedegesprek.research.survey.SurveyRepository;
import nl.nvp.goedegesprek.research.survey.SurveyStatus;
import nl.nvp.goedegesprek.shared.KeyedHash;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RateLimits;
import nl.nvp.goedegesprek.shared.SecretToken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Answering a survey through an audience's anonymous link. A response stores the
 * audience, the day and the answers, nothing that points to a person. The answers are
 * checked by {@link AnswerCheck}; each link takes a limited number of responses an hour.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResponses {

	private final SurveyRepository surveys;

	private final SurveyResponseRepository responses;

	private final RateLimits buckets;

	private final BucketConfiguration limits;

	private final ResearchAccess access;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate writing;

	private final Counter answered;

	private final KeyedHash hash;

	private final AnswerClaims claims;

	SurveyResponses(SurveyRepository surveys, SurveyResponseRepository responses, RateLimits buckets,
			ResearchAccess access, Clock clock, PlatformTransactionManager transactionManager,
			@Value("${goedegesprek.survey.responses-per-link-per-hour:300}") int perHour, MeterRegistry meters,
			KeyedHash hash, AnswerClaims claims) {
		this.hash = hash;
		this.claims = claims;
		// One count for all surveys together, without survey or audience: the responses
		// themselves hold no time, and the metric must not add one per group.
		this.answered = Counter.builder("goedegesprek.survey.responses")
			.description("Survey responses saved, all surveys and audiences together")
			.register(meters);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.writing = new TransactionTemplate(transactionManager);
		this.surveys = surveys;
		this.responses = responses;
		this.buckets = buckets;
		this.access = access;
		this.clock = clock;
		this.limits = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
			.build();
	}

	public record AskedQuestion(long id, int number, QuestionType type, String text, boolean required,
			List<String> options, String scaleLow, String scaleHigh) {
	}

	/**
	 * What the person with a link is asked; {@code opensLater}: the survey is not open
	 * and its opening day is still to come (a survey that is not opened after its opening
	 * day names no day that has passed).
	 */
	public record Form(String token, String title, String introduction, Audience audience, SurveyStatus status,
			LocalDate opensOn, LocalDate closesOn, boolean opensLater, List<AskedQuestion> questions) {

		public boolean child() {
			return this.audience.isChild();
		}

	}

	/**
	 * What the person with this link is asked; a link that was replaced says so
	 * ({@link SurveyLinkEndedException}), an unknown link is not found.
	 */
	public Form form(String token) {
		SurveyRepository.LinkRow link = link(token);
		Survey survey = this.surveys.findById(link.getSurveyId()).orElseThrow(NotFoundException::new);
		return formOf(survey, Audience.valueOf(link.getAudience()), token);
	}

	private SurveyRepository.LinkRow link(String token) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		return this.surveys.findLink(token).orElseThrow(() -> ended(token));
	}

	/** Why a link is not (or no longer) a survey's: replaced, or never one. */
	private NotFoundException ended(String token) {
		return this.surveys.findEndedLink(SecretToken.sha256(token))
			.<NotFoundException>map((audience) -> new SurveyLinkEndedException(Audience.valueOf(audience)))
			.orElseGet(NotFoundException::new);
	}

	/** The survey as this audience sees it, for its coordinators to check. */
	Form preview(long trajectoryId, Audience audience, AccountPrincipal user) {
		this.access.managed(trajectoryId, user);
		Survey survey = this.surveys.findByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
		return formOf(survey, audience, null);
	}

	private Form formOf(Survey survey, Audience audience, String token) {
		List<AskedQuestion> asked = new ArrayList<>();
		for (Question question : survey.questionsFor(audience)) {
			asked.add(new AskedQuestion(question.getId(), asked.size() + 1, question.getType(),
					question.textFor(audience), question.isRequired(), question.getOptions(), question.getScaleLow(),
					question.getScaleHigh()));
		}
		LocalDate today = LocalDate.now(this.clock);
		SurveyStatus status = survey.statusOn(today);
		boolean opensLater = status == SurveyStatus.DRAFT && survey.getOpensOn() != null
				&& survey.getOpensOn().isAfter(today);
		return new Form(token, survey.getTitle(), survey.getIntroduction(), audience, status, survey.getOpensOn(),
				survey.getClosesOn(), opensLater, asked);
	}

	/**
	 * The outcome of sending the form: the problems per question (message keys), with
	 * what was typed, or none when the response is saved.
	 */
	public record Outcome(Map<Long, String> errors, Map<Long, List<String>> values, boolean closed, boolean busy,
			boolean repeated) {

		Outcome(Map<Long, String> errors, Map<Long, List<String>> values, boolean closed, boolean busy) {
			this(errors, values, closed, busy, false);
		}

		public boolean saved() {
			return this.errors.isEmpty() && !this.closed && !this.busy && !this.repeated;
		}

	}

	/**
	 * Checks and saves a response. The answers are checked once against the form as it is
	 * now, and again after the survey row is locked (shared): questions cannot change
	 * while an answer is saved, and an answer checked against questions that changed just
	 * before is not saved; nor is an answer through a link that was replaced meanwhile.
	 * The rate limit is taken between the two, outside any transaction.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Outcome submit(String token, MultiValueMap<String, String> parameters) {
		return submit(token, parameters, null);
	}

	/**
	 * The mark a browser keeps in its session once it answered through this link: a keyed
	 * hash of the link, so that even the (encrypted) session names no survey.
	 */
	public String answeredMark(String token) {
		return this.hash.hex("survey-answered", token);
	}

	/**
	 * Checks and saves a response sent from a browser ({@code browser}: its
	 * {@link nl.nvp.goedegesprek.shared.BrowserKey}, the same in all its tabs, or null).
	 * Two tabs of one browser that send at the same moment save one response: the first
	 * claims a keyed hash of browser and link before it saves ({@link AnswerClaims}), the
	 * second finds the claim and saves nothing ({@link Outcome#repeated()}). Different
	 * browsers never share a claim, so everyone who answers through the audience's link
	 * counts.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Outcome submit(String token, MultiValueMap<String, String> parameters, String browser) {
		Form form = this.readOnly.execute((status) -> form(token));
		if (form.status() != SurveyStatus.OPEN) {
			return new Outcome(Map.of(), Map.of(), true, false);
		}
		Outcome checked = AnswerCheck.check(form, parameters);
		if (!checked.errors().isEmpty()) {
			return checked;
		}
		if (!this.buckets.bucket("survey", token, this.limits).tryConsume(1)) {
			return new Outcome(Map.of(), checked.values(), false, true);
		}
		byte[] claim = (browser != null) ? claimKey(token, browser) : null;
		if (claim != null && !this.claims.claim(claim)) {
			return new Outcome(Map.of(), checked.values(), false, false, true);
		}
		Outcome result = null;
		try {
			result = save(token, parameters, checked);
		}
		finally {
			if (claim != null && !saved(result)) {
				this.claims.release(claim);
			}
		}
		if (result.saved()) {
			this.answered.increment();
		}
		return result;
	}

	/**
	 * Someone else answers in this browser now ("opnieuw"): the claim of the one before,
	 * if it is still kept, no longer stands in their way.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void someoneElse(String token, String browser) {
		this.claims.release(claimKey(token, browser));
	}

	private byte[] claimKey(String token, String browser) {
		return this.hash.mac("survey-answer", (browser + "\u0000" + token).getBytes(UTF_8));
	}

	private static boolean saved(Outcome result) {
		return result != null && result.saved();
	}

	private Outcome save(String token, MultiValueMap<String, String> parameters, Outcome checked) {
		return this.writing.execute((status) -> {
			SurveyRepository.LinkRow link = link(token);
			Survey survey = this.surveys.lockForAnswering(link.getSurveyId()).orElseThrow(NotFoundException::new);
			// Looked up again under the lock: a coordinator who replaced the link while
			// this answer waited for the lock has ended it, and it saves nothing.
			link(token);
			Form locked = formOf(survey, Audience.valueOf(link.getAudience()), token);
			if (locked.status() != SurveyStatus.OPEN) {
				return new Outcome(Map.of(), checked.values(), true, false);
			}
			Outcome outcome = AnswerCheck.check(locked, parameters);
			if (!outcome.errors().isEmpty()) {
				return outcome;
			}
			// No day or time: nobody can match an answer to who was where when.
			SurveyResponse saved = new SurveyResponse(survey.getId(), locked.audience());
			for (AskedQuestion question : locked.questions()) {
				for (String value : outcome.values().get(question.id())) {
					if (question.type() == QuestionType.OPEN) {
						saved.write(question.id(), value);
					}
					else {
						saved.choose(question.id(), Integer.parseInt(value));
					}
				}
			}
			this.responses.save(saved);
			return outcome;
		});
	}

}
