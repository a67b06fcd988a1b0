package nl.nvp.goedegesprek.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Locator;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Layouts;
import nl.nvp.goedegesprek.support.PdfText;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chart labels do not overlap the numbers (issue 15): on every page with a bar chart (the
 * meeting's places per role, its evaluations, the survey's results, the region's figures
 * and the research report), at 320 and 1280 CSS px, with the longest labels (the roles in
 * English, answers of 60 and 150 characters) and small and large numbers (0, 1, 1234,
 * "1234 / 1234", 100 %, 123.456,78), no label or number overlaps another or a bar, and
 * nothing is cut off.
 */
class ChartLabelsBrowserTest extends BrowserTest {

	/** A chart: a picture with a name (role img) that has labels. */
	private static final String CHART = "[role=img]:has(.chart-label)";

	private static final String LONG_SCALE_END = "Helemaal mee eens, ook namens mijn pleegkinderen en hun ouders";

	private static final String LONG_OPTION = "Via de pleegzorgbegeleider, de gezinsvoogd en de gemeente samen, "
			+ "in een gesprek aan de keukentafel met iedereen die erbij hoort (pleegouders en kinderen)";

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void labelsAndNumbersOfEveryChartStayApartAndWhole() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Grafieken Nijmegen", coordinator.id());

		// The meeting: 1234 foster parents of a quota of 1234, one child-protection
		// worker
		// (the longest role), nobody else; 1234 evaluations with a 4, one with a 5.
		long meeting = this.meetings
			.create(trajectory, "Drukke dialoog", 5000, Map.of(ParticipantRole.FOSTER_PARENT, 1234))
			.id();
		long parent = this.meetings.confirmed(meeting, "Ouder", ParticipantRole.FOSTER_PARENT);
		this.meetings.confirmed(meeting, "Jeugdbeschermer", ParticipantRole.CHILD_PROTECTION_WORKER);
		this.jdbc.sql("""
				insert into registration (meeting_id, name, email, role, consent_version, consent_at, language, status,
				    created_at, status_changed_at)
				select meeting_id, name, n || '.' || email, role, consent_version, consent_at, language, status,
				    created_at, status_changed_at
				from registration, generate_series(1, 1233) n where id = ?""").param(parent).update();
		this.jdbc.sql("""
				insert into meeting_evaluation (registration_id, meeting_id, score, submitted_on)
				select id, meeting_id, case when role = 'FOSTER_PARENT' then 4 else 5 end, current_date
				from registration where meeting_id = ?""").param(meeting).update();

		// The survey: five families all choose the long end of the scale (100 % and 0 %)
		// and answer a choice question whose options are long.
		ResearchFixtures.Created survey = this.research.openSurvey(trajectory, coordinator);
		this.jdbc.sql("update survey_question set scale_low = ?, scale_high = ? where survey_id = ? and type = 'SCALE'")
			.params(LONG_SCALE_END.replace("eens", "oneens").substring(0, 60), LONG_SCALE_END.substring(0, 60),
					survey.surveyId())
			.update();
		this.jdbc.sql("""
				update survey_question set options = array(select ? || ' ' || o from unnest(options) o)::varchar(150)[]
				where survey_id = ? and cardinality(options) > 0""")
			.params(LONG_OPTION.substring(0, 120), survey.surveyId())
			.update();
		for (int i = 0; i < 5; i++) {
			this.research.answer(survey, Audience.FOSTER_FAMILIES, 5, null);
		}
		this.research.close(trajectory, coordinator);

		// The figures: 0, 1, 1234 and 123456.78.
		long indicator = this.research.catalogueIndicatorId();
		this.jdbc.sql("""
				insert into regional_figure (trajectory_id, indicator_id, year, value, source, created_at, changed_at)
				select ?, ?, y, v, 'CBS', now(), now()
				from (values (2021, 0), (2022, 1), (2023, 1234), (2024, 123456.78)) as f (y, v)""")
			.params(trajectory, indicator)
			.update();

		logIn(coordinator.getUsername(), AccountFixtures.PASSWORD);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/bijeenkomsten/" + meeting, "1234 / 1234");
		pages.put("/bijeenkomsten/" + meeting + "/evaluaties", "1234");
		pages.put("/trajecten/" + trajectory + "/vragenlijst/resultaten", "100%");
		pages.put("/trajecten/" + trajectory + "/cijfers", "123.456,78");
		pages.put("/trajecten/" + trajectory + "/onderzoek", "123.456,78");
		pages.put("/bijeenkomsten/" + meeting + "?taal=en", "1234 / 1234");
		pages.forEach((path, number) -> {
			open(path);
			assertThat(this.page.locator(CHART + " .chart-value").filter(hasText(number)).first()).isAttached();
			for (int width : new int[] { 320, 1280 }) {
				this.page.setViewportSize(width, 800);
				Layouts.assertChartTextApart(this.page, CHART, ".chart-label, .chart-value",
						".chart-bar, .chart-quota");
				screenshot(this.page.locator(CHART).first(),
						"charts" + path.replaceAll("[^a-z0-9]+", "-") + "-" + width);
			}
			assertAccessible();
		});
		assertThat(this.page.locator(CHART + " .chart-label")
			.filter(hasText("Child-protection worker or family guardian"))).hasCount(1);

		// The report's PDF: its bars stand in the tables, beside the numbers; no text
		// overlaps other text, and all of it is on the page.
		byte[] pdf = this.page.request().get(url("/trajecten/" + trajectory + "/onderzoek/rapport.pdf?taal=nl")).body();
		assertThat(PdfText.overlaps(pdf)).isEmpty();
		assertThat(PdfText.text(pdf)).contains("123.456,78", "100%", LONG_SCALE_END.substring(0, 40));
	}

	private static Locator.FilterOptions hasText(String text) {
		return new Locator.FilterOptions().setHasText(text);
	}

}
