package nl.nvp.goedegesprek.research.figures;

import java.math.BigDecimal;

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

@IntegrationTest
class FiguresStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private RegionalFigures figures;

	@Autowired
	private IndicatorRepository indicators;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void figuresPageCostsTheSameWithFewOrManyFigures() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long trajectory = this.trajectories.createRunning("JZ21", "Veel cijfers");
		add(trajectory, national, 0, 2020);
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		long few = statements.forPage(this.mvc, "/trajecten/" + trajectory + "/cijfers", national);
		assertThat(few).isPositive();
		for (int i = 0; i < this.indicators.findForTrajectory(trajectory).size(); i++) {
			for (int year = 2015; year < 2020; year++) {
				add(trajectory, national, i, year);
			}
		}
		assertThat(statements.forPage(this.mvc, "/trajecten/" + trajectory + "/cijfers", national)).isEqualTo(few);
	}

	private void add(long trajectory, AccountPrincipal user, int indicator, int year) {
		FigureForm form = new FigureForm();
		form.setIndicatorId(this.indicators.findForTrajectory(trajectory).get(indicator).getId());
		form.setYear(year);
		form.setValue(BigDecimal.valueOf(100 + year));
		form.setSource("Test");
		this.figures.add(trajectory, form, user);
	}

}
