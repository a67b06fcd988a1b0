package nl.nvp.goedegesprek.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The trajectory list pages, sorts and filters (this test alone uses region JZ43).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrajectoryListTest {

	private static final Pattern TITLE = Pattern.compile(">(Midden-Limburg West [0-9]{2})<");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	private AccountPrincipal policymaker;

	@BeforeAll
	void trajectories() {
		for (int i = 23; i > 0; i--) {
			String title = String.format("Midden-Limburg West %02d", i);
			if (i % 2 == 0) {
				this.trajectories.createRunning("JZ43", title);
			}
			else {
				this.trajectories.create("JZ43", title);
			}
		}
		this.policymaker = this.accounts.create(Role.POLICYMAKER, "JZ43");
	}

	/**
	 * The list in this class's region: the policymaker also sees the whole-country
	 * national projects other tests make (decision 45), which would push these off the
	 * page.
	 */
	private String page(String query) throws Exception {
		String region = query.contains("regio=") ? "" : "&regio=JZ43";
		return this.mvc.perform(get("/trajecten?" + query + region).with(user(this.policymaker)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> titles(String page) {
		List<String> titles = new ArrayList<>();
		Matcher matcher = TITLE.matcher(page);
		while (matcher.find()) {
			titles.add(matcher.group(1));
		}
		return titles;
	}

	@Test
	void listIsSortedAndPaginatedByTwenty() throws Exception {
		String first = page("sortering=TITLE");
		assertThat(titles(first)).hasSize(20).isSorted().startsWith("Midden-Limburg West 01");
		assertThat(first).contains("23 trajecten").contains("Pagina 1 van 2").contains("pagina=2");
		String second = page("sortering=TITLE&pagina=2");
		assertThat(titles(second)).containsExactly("Midden-Limburg West 21", "Midden-Limburg West 22",
				"Midden-Limburg West 23");
		assertThat(second).contains("Pagina 2 van 2").contains("pagina=1");
	}

	@Test
	void filtersByStatusAndCurrentStep() throws Exception {
		assertThat(titles(page("status=RUNNING&sortering=TITLE"))).hasSize(11)
			.allMatch((title) -> Integer.parseInt(title.substring(title.length() - 2)) % 2 == 0);
		assertThat(titles(page("stap=KICK_OFF&sortering=TITLE"))).hasSize(11);
		assertThat(titles(page("stap=ACTION_PLAN"))).isEmpty();
		assertThat(page("stap=ACTION_PLAN")).contains("Geen trajecten");
		assertThat(titles(page("regio=JZ01"))).isEmpty();
	}

	@Test
	void htmxRequestGetsOnlyTheResults() throws Exception {
		String fragment = this.mvc
			.perform(
					get("/trajecten?status=DRAFT&regio=JZ43").header("HX-Request", "true").with(user(this.policymaker)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<div id=\"results\"").doesNotContain("<html").doesNotContain("<form");
		assertThat(titles(fragment)).hasSize(12);
	}

}
