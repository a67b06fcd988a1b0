package nl.nvp.goedegesprek.research.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.research.access.ResearchSummary;
import nl.nvp.goedegesprek.research.access.ResearchSummaryRepository;
import nl.nvp.goedegesprek.research.survey.SurveyRepository;
import nl.nvp.goedegesprek.research.survey.SurveyStatus;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a trajectory's research (results and report) to the region's policymakers,
 * and withdrawing it. Both take a lock per trajectory first and are idempotent:
 * publishing what is published, or withdrawing what is not, changes nothing (two tabs,
 * decision 28; before, two first publications at once could both insert the summary).
 */
@Service
@Transactional(readOnly = true)
public class ResearchPublication {

	private final ResearchAccess access;

	private final ResearchSummaryRepository summaries;

	private final SurveyRepository surveys;

	private final Clock clock;

	private final TransactionLocks locks;

	ResearchPublication(ResearchAccess access, ResearchSummaryRepository summaries, SurveyRepository surveys,
			Clock clock, TransactionLocks locks) {
		this.locks = locks;
		this.access = access;
		this.summaries = summaries;
		this.surveys = surveys;
		this.clock = clock;
	}

	/**
	 * Publishes the results to everyone who sees the trajectory (its policymakers). Only
	 * once the survey is closed: results that still change could be compared before and
	 * after one new answer, and so show what one person answered.
	 */
	@Transactional
	public void publish(long trajectoryId, long version, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.locks.lock("research-summary", trajectoryId);
		if (this.summaries.findById(trajectoryId).filter(ResearchSummary::isPublished).isPresent()) {
			// Published already (the same button in another tab): nothing changes.
			return;
		}
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
		this.locks.lock("research-summary", trajectoryId);
		if (this.summaries.findById(trajectoryId).filter(ResearchSummary::isPublished).isEmpty()) {
			// Not shared (any more): withdrawing again changes nothing.
			return;
		}
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
