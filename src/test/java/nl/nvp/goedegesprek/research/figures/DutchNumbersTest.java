package nl.nvp.goedegesprek.research.figures;

import java.math.BigDecimal;

import jakarta.servlet.http.Cookie;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A figure is typed as the page's language writes numbers, and an ambiguous number is
 * refused rather than guessed (issue 15).
 */
@IntegrationTest
class DutchNumbersTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void dutchThousandsAndDecimalsAreReadAndAPointedDecimalIsRefused() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Getallen", coordinator.id());
		this.mvc.perform(figure(trajectory, coordinator, 2021, "12.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een getal in, bijvoorbeeld 1.234 of 12,5.")))
			.andExpect(content().string(containsString("value=\"12.5\"")));
		this.mvc.perform(figure(trajectory, coordinator, 2022, "1.234,5")).andExpect(status().is3xxRedirection());
		this.mvc.perform(figure(trajectory, coordinator, 2023, "12,5")).andExpect(status().is3xxRedirection());
		this.mvc.perform(figure(trajectory, coordinator, 2024, "1,234.5").cookie(new Cookie("gg-taal", "en")))
			.andExpect(status().is3xxRedirection());
		assertThat(value(trajectory, 2021)).isNull();
		assertThat(value(trajectory, 2022)).isEqualByComparingTo("1234.5");
		assertThat(value(trajectory, 2023)).isEqualByComparingTo("12.5");
		assertThat(value(trajectory, 2024)).isEqualByComparingTo("1234.5");
	}

	private MockHttpServletRequestBuilder figure(long trajectory, AccountPrincipal coordinator, int year,
			String value) {
		return post("/trajecten/" + trajectory + "/cijfers").with(csrf())
			.with(user(coordinator))
			.param("indicatorId", String.valueOf(this.research.catalogueIndicatorId()))
			.param("year", String.valueOf(year))
			.param("value", value)
			.param("source", "Telling");
	}

	private BigDecimal value(long trajectory, int year) {
		return this.jdbc.sql("select value from regional_figure where trajectory_id = ? and year = ?")
			.params(trajectory, year)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

}
