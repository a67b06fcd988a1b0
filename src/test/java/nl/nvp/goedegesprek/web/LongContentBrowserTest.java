package nl.nvp.goedegesprek.web;

import java.util.Map;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.support.TestClock;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Long e-mail addresses and names wrap instead of pushing pages sideways on a phone (WCAG
 * 1.4.10), on the pages that show them: the start page, the trajectory and its meeting,
 * the participant list, and the accounts (issue 15).
 */
class LongContentBrowserTest extends BrowserTest {

	private static final String LONG_EMAIL = "marie-louise.van.den.heuvel-de.groot.pleegzorgbegeleider"
			+ "@jeugdbescherming-gelderland-zuid-en-rivierenland.example";

	private static final String LONG_NAME = "Marie-Louise van den Heuvel-de Groot-Oosterwijk-Vanderbiltstraatsma";

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void longAddressesAndNamesWrapOnEveryPageThatShowsThem() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		this.jdbc.sql("update account set email = ?, display_name = ? where id = ?")
			.params("lang." + coordinator.id() + "." + LONG_EMAIL, LONG_NAME.substring(0, 60), coordinator.id())
			.update();
		long trajectory = this.trajectories.createRunning("JZ32",
				"Pleegzorgdialoogbijeenkomstenreeksvoorbereidingswerkgroep Nijmegen", coordinator.id());
		this.jdbc.sql("update trajectory set contact_name = ?, contact_email = ? where id = ?")
			.params(LONG_NAME, LONG_EMAIL, trajectory)
			.update();
		long meeting = this.meetings
			.create(trajectory, "Bijeenkomst met lange namen", 10, Map.of(ParticipantRole.FOSTER_PARENT, 4),
					TestClock.today().plusWeeks(1))
			.id();
		this.jdbc.sql("update meeting set contact_name = ?, contact_email = ? where id = ?")
			.params(LONG_NAME, LONG_EMAIL, meeting)
			.update();
		long registration = this.meetings.confirmed(meeting, "Een", ParticipantRole.FOSTER_PARENT);
		this.jdbc.sql("update registration set name = ?, email = ? where id = ?")
			.params(LONG_NAME, "deelnemer." + LONG_EMAIL, registration)
			.update();

		logIn(national.getUsername(), AccountFixtures.PASSWORD);
		String accountEmail = "lang." + coordinator.id() + "." + LONG_EMAIL;
		Map<String, String> shown = new java.util.LinkedHashMap<>();
		shown.put("/", "Pleegzorgdialoogbijeenkomstenreeksvoorbereidingswerkgroep");
		shown.put("/trajecten/" + trajectory, LONG_EMAIL);
		shown.put("/bijeenkomsten/" + meeting, LONG_EMAIL);
		shown.put("/bijeenkomsten/" + meeting + "/deelnemerslijst", LONG_NAME);
		shown.put("/accounts", accountEmail);
		shown.put("/accounts/" + coordinator.id(), accountEmail);
		shown.forEach((path, text) -> {
			open(path);
			// The long text is on the page, and the page does not scroll sideways.
			assertThat(this.page.getByText(text).first()).isVisible();
			Browsers.assertReflows(this.page);
		});
	}

}
