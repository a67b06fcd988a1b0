package nl.nvp.goedegesprek.trajectory;

import java.time.Instant;
import java.time.OffsetDateTime;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Laatst gewijzigd" moves when a step starts, completes or is skipped, so that sorting
 * on it is true (issue 15): a step is a row of its own, which alone left the trajectory's
 * time at its creation.
 */
@IntegrationTest
class TrajectoryChangedTest {

	private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

	@Autowired
	private TrajectorySteps steps;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyStepChangeMovesLastChanged() {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long id = this.trajectories.createRunning("JZ32", "Laatst gewijzigd", coordinator.id());

		longAgo(id);
		this.steps.completeStep(id, this.trajectories.version(id), StepType.KICK_OFF, coordinator);
		assertThat(changedAt(id)).isAfter(LONG_AGO);

		longAgo(id);
		this.steps.skipStep(id, this.trajectories.version(id), StepType.RESEARCH_FIGURES, coordinator);
		assertThat(changedAt(id)).isAfter(LONG_AGO);

		longAgo(id);
		this.steps.startStep(id, this.trajectories.version(id), StepType.RESEARCH_EXPERIENCE, coordinator);
		assertThat(changedAt(id)).isAfter(LONG_AGO);
	}

	private void longAgo(long id) {
		this.jdbc.sql("update trajectory set changed_at = ?, changed_by = null where id = ?")
			.param(LONG_AGO.atOffset(java.time.ZoneOffset.UTC))
			.param(id)
			.update();
	}

	private Instant changedAt(long id) {
		return this.jdbc.sql("select changed_at from trajectory where id = ?")
			.param(id)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

}
