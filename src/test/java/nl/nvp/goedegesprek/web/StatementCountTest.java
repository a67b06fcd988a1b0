package nl.nvp.goedegesprek.web;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * List pages cost the same number of SQL statements however much data there is (no N+1).
 */
@IntegrationTest
class StatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private long statementsFor(String path, AccountPrincipal user) {
		return new SqlStatements(this.entityManagerFactory).forPage(this.mvc, path, user);
	}

	@Test
	void trajectoryListCostsTheSameWithFewOrManyTrajectories() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ29");
		AccountPrincipal policymaker = this.accounts.create(Role.POLICYMAKER, "JZ29");
		this.trajectories.createRunning("JZ29", "Rijnmond een", coordinator.id());
		long fewNational = statementsFor("/trajecten?regio=JZ29", national);
		long fewRegional = statementsFor("/trajecten?regio=JZ29", coordinator);
		long fewPolicy = statementsFor("/trajecten?regio=JZ29&status=RUNNING", policymaker);
		for (int i = 0; i < 15; i++) {
			this.trajectories.createRunning("JZ29", "Rijnmond " + i, coordinator.id(), national.id());
		}
		assertThat(statementsFor("/trajecten?regio=JZ29", national)).isEqualTo(fewNational);
		assertThat(statementsFor("/trajecten?regio=JZ29", coordinator)).isEqualTo(fewRegional);
		assertThat(statementsFor("/trajecten?regio=JZ29&status=RUNNING", policymaker)).isEqualTo(fewPolicy);
		assertThat(fewNational).as("statistics are on and the list is cheap").isBetween(2L, 8L);
	}

	@Test
	void trajectoryPageCostsTheSameWithOneOrManyCoordinators() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long one = this.trajectories.createRunning("JZ30", "Een",
				this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ30").id());
		Long[] many = new Long[6];
		for (int i = 0; i < many.length; i++) {
			many[i] = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ30").id();
		}
		long several = this.trajectories.createRunning("JZ30", "Veel", many);
		assertThat(statementsFor("/trajecten/" + several, national))
			.isEqualTo(statementsFor("/trajecten/" + one, national));
	}

	@Test
	void regionAndAccountListsCostTheSameAsDataGrows() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long regions = statementsFor("/regios", national);
		long accountList = statementsFor("/accounts", national);
		assertThat(regions).isPositive();
		assertThat(accountList).isPositive();
		for (int i = 0; i < 10; i++) {
			this.trajectories.create("JZ0" + (i % 9 + 1), "Regio " + i);
			this.accounts.create(Role.POLICYMAKER, "JZ0" + (i % 9 + 1), "JZ10");
		}
		assertThat(statementsFor("/regios", national)).isEqualTo(regions);
		assertThat(statementsFor("/accounts", national)).isEqualTo(accountList);
	}

}
