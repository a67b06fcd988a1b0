package nl.nvp.goedegesprek.web;

import java.util.Map;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What {@link FormFuzzTest} found, each as a plain test of its own: the input or state
 * that broke a page, and the page now answering.
 */
@IntegrationTest
class FuzzFindingsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * A cancelled trajectory's table plan can still be read (not changed): asking whether
	 * it may be changed used to throw inside the read's transaction, which then failed.
	 */
	@Test
	void tablePlanOfACancelledTrajectoryIsShownReadOnly() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long trajectory = this.trajectories.createRunning("JZ32", "Geannuleerd met tafels");
		long meeting = this.meetings.create(trajectory, "Tafels", 20, Map.of()).id();
		this.mvc.perform(post("/trajecten/" + trajectory + "/annuleren").with(csrf())
			.with(user(national))
			.param("version", Long.toString(this.trajectories.version(trajectory)))
			.param("reason", "De regio stopt."));
		assertThat(this.trajectories.status(trajectory)).isEqualTo("CANCELLED");
		for (String page : new String[] { "/tafels", "/tafels/afdrukken", "/naamkaartjes" }) {
			MockHttpServletResponse response = this.mvc
				.perform(get("/bijeenkomsten/" + meeting + page).with(user(national)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(page).isEqualTo(200);
		}
	}

	/**
	 * Stored text may hold characters XML does not allow (U+FFFF, U+FFFE); the PDF report
	 * is made from XHTML and used to fail on them.
	 */
	@Test
	void reportPdfPrintsTextWithCharactersXmlDoesNotAllow() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long trajectory = this.trajectories.createRunning("JZ32", "Rapport met rare tekens");
		// Forms now refuse these characters (@SingleLine, @PlainText); text stored before
		// that rule may still hold them.
		this.jdbc.update("""
				insert into research_finding (trajectory_id, topic, text, created_at, changed_at)
				values (?, ?, ?, now(), now())""", trajectory, "Tekens\uFFFF", "Een half paar en \uFFFE");
		MockHttpServletResponse pdf = this.mvc
			.perform(get("/trajecten/" + trajectory + "/onderzoek/rapport.pdf").with(user(national)))
			.andReturn()
			.getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
	}

	/**
	 * A region code is one of several values of one field, which the form's trimming of
	 * control characters does not reach; looking up a code with a NUL in it made
	 * PostgreSQL refuse the query.
	 */
	@Test
	void accountFormRefusesARegionCodeWithANulCharacter() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		MockHttpServletResponse response = this.mvc
			.perform(post("/accounts").with(csrf())
				.with(user(national))
				.param("email", "nul-in-regio@test.example")
				.param("displayName", "Regio met NUL")
				.param("role", "POLICYMAKER")
				.param("regionCodes", "JZ32", "JZ\u000032"))
			.andReturn()
			.getResponse();
		// The form again (a saved account would redirect), and nothing stored.
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = 'nul-in-regio@test.example'",
				Long.class))
			.isZero();
	}

}
