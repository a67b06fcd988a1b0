package nl.nvp.goedegesprek.research.report;

import java.util.List;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key findings of a trajectory's research, which its coordinators write for the
 * report.
 */
@Service
@Transactional(readOnly = true)
public class ResearchFindings {

	private final ResearchAccess access;

	private final ResearchFindingRepository findings;

	private final TransactionLocks locks;

	ResearchFindings(ResearchAccess access, ResearchFindingRepository findings, TransactionLocks locks) {
		this.access = access;
		this.findings = findings;
		this.locks = locks;
	}

	record Finding(long id, String topic, String text) {
	}

	record Findings(TrajectoryRef trajectory, List<Finding> findings) {
	}

	Findings findings(long trajectoryId, AccountPrincipal user) {
		return new Findings(this.access.editable(trajectoryId, user), of(trajectoryId));
	}

	/** The findings of this trajectory, by topic. */
	List<Finding> of(long trajectoryId) {
		return this.findings.findByTrajectoryIdOrderByTopicAscIdAsc(trajectoryId)
			.stream()
			.map((finding) -> new Finding(finding.getId(), finding.getTopic(), finding.getText()))
			.toList();
	}

	/**
	 * Adds a finding; the same topic and text twice (two tabs, decision 28) is one
	 * finding: checked under a lock per trajectory, so two requests at once see each
	 * other.
	 */
	@Transactional
	public void add(long trajectoryId, FindingForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.locks.lock("research-finding", trajectoryId);
		if (this.findings.existsFinding(trajectoryId, form.getTopic(), form.getText())) {
			throw new RuleException("FindingForm.text.taken");
		}
		this.findings.save(new ResearchFinding(trajectoryId, form.getTopic(), form.getText()));
	}

	@Transactional
	void remove(long trajectoryId, long findingId, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		// A second click on a finding already removed changes nothing, also when both
		// requests come at once (one statement, no read before).
		this.findings.deleteFinding(trajectoryId, findingId);
	}

}
