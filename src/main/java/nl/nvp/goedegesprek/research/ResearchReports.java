package nl.nvp.goedegesprek.research;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The research of a trajectory as one report: the figures, the survey results and the key
 * findings the coordinators wrote; and its publication to the region's policymakers.
 */
@Service
@Transactional(readOnly = true)
class ResearchReports {

	private final ResearchAccess access;

	private final RegionalFigures figures;

	private final SurveyResults results;

	private final ResearchFindingRepository findings;

	private final ResearchSummaryRepository summaries;

	private final SurveyRepository surveys;

	private final Clock clock;

	ResearchReports(ResearchAccess access, RegionalFigures figures, SurveyResults results,
			ResearchFindingRepository findings, ResearchSummaryRepository summaries, SurveyRepository surveys,
			Clock clock) {
		this.surveys = surveys;
		this.access = access;
		this.figures = figures;
		this.results = results;
		this.findings = findings;
		this.summaries = summaries;
		this.clock = clock;
	}

	record Finding(long id, String topic, String text) {
	}

	record Report(TrajectoryRef trajectory, RegionalFigures.Overview figures, SurveyResults.Results survey,
			List<Finding> findings, Instant publishedAt, long summaryVersion) {

		public boolean published() {
			return this.publishedAt != null;
		}

	}

	Report report(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.resultsReader(trajectoryId, user);
		ResearchSummary summary = this.summaries.findById(trajectoryId).orElse(null);
		return new Report(trajectory, this.figures.overview(trajectoryId, user), this.results.results(trajectory),
				findings(trajectoryId), (summary != null) ? summary.getPublishedAt() : null,
				(summary != null) ? summary.getVersion() : 0);
	}

	TrajectoryRef trajectory(long trajectoryId, AccountPrincipal user) {
		return this.access.visible(trajectoryId, user);
	}

	/** Whether this person may read the report now (it may not be published yet). */
	boolean readable(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		return trajectory.manageable() || this.access.isPublished(trajectoryId);
	}

	record Findings(TrajectoryRef trajectory, List<Finding> findings) {
	}

	Findings findings(long trajectoryId, AccountPrincipal user) {
		return new Findings(this.access.editable(trajectoryId, user), findings(trajectoryId));
	}

	private List<Finding> findings(long trajectoryId) {
		return this.findings.findByTrajectoryIdOrderByTopicAscIdAsc(trajectoryId)
			.stream()
			.map((finding) -> new Finding(finding.getId(), finding.getTopic(), finding.getText()))
			.toList();
	}

	@Transactional
	void addFinding(long trajectoryId, FindingForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.findings.save(new ResearchFinding(trajectoryId, form.getTopic(), form.getText()));
	}

	@Transactional
	void removeFinding(long trajectoryId, long findingId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		// A second click on a finding already removed changes nothing.
		this.findings.findById(findingId)
			.filter((finding) -> finding.getTrajectoryId() == trajectoryId)
			.ifPresent(this.findings::delete);
	}

	/**
	 * Publishes the results to everyone who sees the trajectory (its policymakers). Only
	 * once the survey is closed: results that still change could be compared before and
	 * after one new answer, and so show what one person answered.
	 */
	@Transactional
	void publish(long trajectoryId, long version, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		ResearchSummary summary = summary(trajectoryId, version);
		LocalDate today = LocalDate.now(this.clock);
		if (this.surveys.lockByTrajectory(trajectoryId)
			.filter((survey) -> survey.statusOn(today) != SurveyStatus.CLOSED)
			.isPresent()) {
			throw new RuleException("research.rule.surveyNotClosed");
		}
		summary.publish(Instant.now(this.clock), user.id());
		this.summaries.saveAndFlush(summary);
	}

	@Transactional
	void withdraw(long trajectoryId, long version, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		ResearchSummary summary = summary(trajectoryId, version);
		summary.withdraw();
		this.summaries.saveAndFlush(summary);
	}

	private ResearchSummary summary(long trajectoryId, long version) {
		ResearchSummary summary = this.summaries.findById(trajectoryId)
			.orElseGet(() -> new ResearchSummary(trajectoryId));
		if (summary.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ResearchSummary.class, trajectoryId);
		}
		return summary;
	}

}
