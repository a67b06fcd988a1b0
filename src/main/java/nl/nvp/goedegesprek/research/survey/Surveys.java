package nl.nvp.goedegesprek.research.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trajectory's experience survey as its coordinators run it: made from a template,
 * planned, opened and closed, and sent to each audience through its own anonymous link,
 * which they can replace when it went where it should not. Its questions are edited
 * through {@link SurveyQuestions}.
 */
@Service
@Transactional(readOnly = true)
public class Surveys {

	private final SurveyRepository surveys;

	private final SurveyTemplateRepository templates;

	private final ResearchAccess access;

	private final Clock clock;

	private final PublicUrls urls;

	Surveys(SurveyRepository surveys, SurveyTemplateRepository templates, ResearchAccess access, Clock clock,
			PublicUrls urls) {
		this.surveys = surveys;
		this.templates = templates;
		this.access = access;
		this.clock = clock;
		this.urls = urls;
	}

	/**
	 * A survey as its coordinators see it. {@code responses} is empty until the survey
	 * has closed: a count that moves while answers come in, per audience or in total, or
	 * even "someone answered", tells whoever pads a small group when it holds exactly one
	 * real answer (decision 14).
	 */
	record Overview(TrajectoryRef trajectory, Survey survey, SurveyStatus statusToday, Map<Audience, Long> responses,
			Map<Audience, String> links, Map<Audience, Instant> linksReplacedAt,
			List<SurveyTemplateRepository.Listed> templates, boolean published) {

		public boolean hasSurvey() {
			return this.survey != null;
		}

		public boolean questionsMayChange() {
			return this.trajectory.editable() && this.survey.questionsMayChange();
		}

		/**
		 * Whether the responses per audience are shown: only once the survey has closed.
		 */
		public boolean counted() {
			return this.statusToday == SurveyStatus.CLOSED;
		}

		/**
		 * The responses from this audience once the survey has closed; shown only from 5
		 * on, like results.
		 */
		public long responsesFrom(Audience audience) {
			return this.responses.getOrDefault(audience, 0L);
		}

		/**
		 * Whether links may be replaced: until the survey has closed, by whoever runs the
		 * trajectory (as closing it).
		 */
		public boolean linksMayBeReplaced() {
			return this.statusToday != SurveyStatus.CLOSED;
		}

		/** The audiences that have at least one question. */
		public List<Audience> audiences() {
			return Arrays.stream(Audience.values())
				.filter((audience) -> !this.survey.questionsFor(audience).isEmpty())
				.toList();
		}

	}

	Overview overview(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.managed(trajectoryId, user);
		Optional<Survey> found = this.surveys.findByTrajectory(trajectoryId);
		if (found.isEmpty()) {
			return new Overview(trajectory, null, null, Map.of(), Map.of(), Map.of(), this.templates.findListed(),
					this.access.isPublished(trajectoryId));
		}
		Survey survey = found.get();
		SurveyStatus status = survey.statusOn(today());
		Map<Audience, Long> responses = (status == SurveyStatus.CLOSED) ? responsesPerAudience(survey.getId())
				: Map.of();
		Map<Audience, String> links = new EnumMap<>(Audience.class);
		survey.getLinks().forEach((audience, token) -> links.put(audience, link(token)));
		return new Overview(trajectory, survey, status, responses, links, survey.linksReplacedAt(), List.of(),
				this.access.isPublished(trajectoryId));
	}

	Map<Audience, Long> responsesPerAudience(long surveyId) {
		Map<Audience, Long> responses = new EnumMap<>(Audience.class);
		this.surveys.countResponses(surveyId)
			.forEach((row) -> responses.put(Audience.valueOf(row.getAudience()), row.getCount()));
		return responses;
	}

	String link(String token) {
		return this.urls.of("/vragenlijst/" + token);
	}

	public List<SurveyTemplateRepository.Listed> templates() {
		return this.templates.findListed();
	}

	TrajectoryRef editableTrajectory(long trajectoryId, AccountPrincipal user) {
		return this.access.editable(trajectoryId, user);
	}

	/** A new survey from a template; a trajectory has one survey. */
	@Transactional
	public void create(long trajectoryId, SurveyForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		if (this.surveys.lockByTrajectory(trajectoryId).isPresent()) {
			throw new RuleException("survey.rule.exists");
		}
		SurveyTemplate template = this.templates.findWithQuestions(form.getTemplateId())
			.orElseThrow(() -> new RuleException("survey.rule.unknownTemplate"));
		try {
			this.surveys.saveAndFlush(new Survey(trajectoryId, template, form.getTitle(), form.getIntroduction(),
					form.getOpensOn(), form.getClosesOn()));
		}
		catch (DataIntegrityViolationException ex) {
			// Someone made the trajectory's survey at the same moment.
			throw new RuleException("survey.rule.exists");
		}
	}

	SurveyForm settingsForm(long trajectoryId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		Survey survey = survey(trajectoryId);
		SurveyForm form = new SurveyForm();
		form.setTitle(survey.getTitle());
		form.setIntroduction(survey.getIntroduction());
		form.setOpensOn(survey.getOpensOn());
		form.setClosesOn(survey.getClosesOn());
		form.setVersion(survey.getVersion());
		return form;
	}

	@Transactional
	void plan(long trajectoryId, SurveyForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		Survey survey = survey(trajectoryId);
		checkVersion(survey, form.getVersion());
		survey.plan(form.getTitle(), form.getIntroduction(), form.getOpensOn(), form.getClosesOn(), today());
		this.surveys.flush();
	}

	@Transactional
	public void open(long trajectoryId, long version, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		Survey survey = survey(trajectoryId);
		checkVersion(survey, version);
		if (this.access.wasEverPublished(trajectoryId)) {
			// Published results never change, also not after publication is withdrawn.
			throw new RuleException("survey.rule.published");
		}
		survey.open(today());
		this.surveys.flush();
	}

	@Transactional
	public void close(long trajectoryId, long version, AccountPrincipal user) {
		this.access.managed(trajectoryId, user);
		Survey survey = survey(trajectoryId);
		checkVersion(survey, version);
		survey.close();
		this.surveys.flush();
	}

	record Invitation(TrajectoryRef trajectory, String title, Audience audience, String link, QrCode qr) {
	}

	Invitation invitation(long trajectoryId, Audience audience, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.managed(trajectoryId, user);
		Survey survey = survey(trajectoryId);
		String link = link(survey.getLinks().get(audience));
		return new Invitation(trajectory, survey.getTitle(), audience, link, QrCode.of(link));
	}

	/**
	 * The question before an audience's link is replaced: the link that would stop
	 * working, named in the form by its hash ({@code linkHash}), and whether the survey
	 * has closed (then nothing changes any more).
	 */
	record Replacement(TrajectoryRef trajectory, String title, Audience audience, String link, String linkHash,
			boolean closed) {
	}

	Replacement replacement(long trajectoryId, Audience audience, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.managed(trajectoryId, user);
		Survey survey = survey(trajectoryId);
		return new Replacement(trajectory, survey.getTitle(), audience, link(survey.getLinks().get(audience)),
				survey.linkHash(audience), survey.hasClosed(today()));
	}

	/**
	 * Replaces an audience's link, allowed to whoever runs the trajectory (as closing the
	 * survey is). The survey row is locked first ({@code SELECT … FOR UPDATE}): two
	 * requests at the same moment take turns, and the second finds that the link it names
	 * was replaced already, so one new link remains. The lock also waits for answers
	 * being saved (they hold a shared lock on the same row) and makes answers that come
	 * after it see the new link.
	 */
	@Transactional
	public Survey.LinkReplacement replaceLink(long trajectoryId, Audience audience, String replacedLinkHash,
			AccountPrincipal user) {
		this.access.managed(trajectoryId, user);
		Survey survey = this.surveys.lockByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
		Survey.LinkReplacement outcome = survey.replaceLink(audience, replacedLinkHash, today(), this.clock.instant(),
				user.id());
		this.surveys.flush();
		return outcome;
	}

	private Survey survey(long trajectoryId) {
		return this.surveys.findByTrajectory(trajectoryId).orElseThrow(NotFoundException::new);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static void checkVersion(Survey survey, long version) {
		if (survey.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Survey.class, survey.getId());
		}
	}

}
