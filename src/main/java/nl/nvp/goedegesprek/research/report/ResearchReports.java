package nl.nvp.goedegesprek.research.report;

import java.time.Instant;
import java.util.List;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.research.access.ResearchSummary;
import nl.nvp.goedegesprek.research.access.ResearchSummaryRepository;
import nl.nvp.goedegesprek.research.figures.RegionalFigures;
import nl.nvp.goedegesprek.research.report.ResearchFindings.Finding;
import nl.nvp.goedegesprek.research.results.SurveyResults;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The research of a trajectory as one report: the figures, the survey results and the key
 * findings the coordinators wrote, with whether it is published to the region's
 * policymakers.
 */
@Service
@Transactional(readOnly = true)
class ResearchReports {

	private final ResearchAccess access;

	private final RegionalFigures figures;

	private final SurveyResults results;

	private final ResearchFindings findings;

	private final ResearchSummaryRepository summaries;

	ResearchReports(ResearchAccess access, RegionalFigures figures, SurveyResults results, ResearchFindings findings,
			ResearchSummaryRepository summaries) {
		this.access = access;
		this.figures = figures;
		this.results = results;
		this.findings = findings;
		this.summaries = summaries;
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
				this.findings.of(trajectoryId), (summary != null) ? summary.getPublishedAt() : null,
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

}
