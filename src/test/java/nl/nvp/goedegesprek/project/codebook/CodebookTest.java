package nl.nvp.goedegesprek.project.codebook;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A national project's codebook, the coding of its remarks and the analysis by theme
 * (issue 17, decision 47): the project's coordinators change the codebook and code,
 * whoever sees the project reads the codebook and the analysis, and the analysis hides
 * what could make someone recognisable.
 */
@IntegrationTest
class CodebookTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private ProjectFixtures projects;

	@Autowired
	private CodebookFixtures codebook;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private record Setup(long id, AccountPrincipal coordinator, AccountPrincipal policymaker,
			AccountPrincipal otherCoordinator) {
	}

	private Setup project() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long id = this.projects.create("Codeboek " + UUID.randomUUID(), Set.of("JZ32"), coordinator.id());
		return new Setup(id, coordinator, this.accounts.create(Role.POLICYMAKER, "JZ32"),
				this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32"));
	}

	@Test
	void coordinatorsKeepTheCodebookWithUniqueNamesAndKeptInput() throws Exception {
		Setup p = project();
		String base = "/trajecten/" + p.id() + "/codeboek";
		this.mvc
			.perform(post(base).param("name", "Rol- en taakverdeling")
				.param("description", "Wie doet wat")
				.with(csrf())
				.with(user(p.coordinator())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashMessage", "codebook.added"));
		// Blank: refused at the field, nothing stored.
		String blank = body(post(base).param("name", " ").param("description", "Mijn uitleg"), p.coordinator());
		assertThat(blank).contains("id=\"name-error\"", "Vul dit veld in.", "Mijn uitleg");
		// The same name in other case: refused at the field, the input kept.
		String twice = body(post(base).param("name", "ROL- EN TAAKVERDELING").param("description", "Andere uitleg"),
				p.coordinator());
		assertThat(twice).contains("id=\"name-error\"", "Er is al een thema met deze naam.", "ROL- EN TAAKVERDELING",
				"Andere uitleg");
		assertThat(themeCount(p.id())).isEqualTo(1);

		long themeId = this.jdbc.sql("select id from project_theme where trajectory_id = ?")
			.params(p.id())
			.query(Long.class)
			.single();
		long other = this.codebook.theme(p.id(), "Transparantie");
		// Renaming to another theme's name is refused; to a new name, saved.
		assertThat(
				body(post(base + "/" + themeId).param("name", "transparantie").param("version", "0"), p.coordinator()))
			.contains("Er is al een thema met deze naam.", "value=\"transparantie\"");
		this.mvc
			.perform(post(base + "/" + themeId).param("name", "Rollen en taken")
				.param("version", "0")
				.with(csrf())
				.with(user(p.coordinator())))
			.andExpect(redirectedUrl(base));
		assertThat(this.jdbc.sql("select name from project_theme where id = ?")
			.params(themeId)
			.query(String.class)
			.single()).isEqualTo("Rollen en taken");
		// The same form again is stale.
		assertThat(body(post(base + "/" + themeId).param("name", "Rollen").param("version", "0"), p.coordinator()))
			.contains("Iemand anders heeft dit thema net gewijzigd.");

		// A theme in use is not deleted; an unused one is.
		long dialogue = this.codebook.dialogue(p.id(), "Dialoog", 3);
		long remark = this.codebook.remark(p.id(), dialogue, "IDEA", null, "Een idee");
		this.codebook.code(remark, themeId);
		this.mvc.perform(post(base + "/" + themeId + "/verwijderen").with(csrf()).with(user(p.coordinator())))
			.andExpect(flash().attribute("flashError", "codebook.inUse"));
		// Nor is a theme an advice was written on, coded or not.
		long advised = this.jdbc.sql("""
				insert into project_theme (trajectory_id, name, created_at, changed_at)
				values (?, 'Met advies', now(), now()) returning id""").params(p.id()).query(Long.class).single();
		this.jdbc.sql("""
				insert into project_advice (trajectory_id, theme_id, title, text, created_at, changed_at)
				values (?, ?, 'Advies', 'Doe het samen.', now(), now())""").params(p.id(), advised).update();
		assertThat(body(get(base), p.coordinator())).doesNotContain("/" + advised + "/verwijderen");
		this.mvc.perform(post(base + "/" + advised + "/verwijderen").with(csrf()).with(user(p.coordinator())))
			.andExpect(flash().attribute("flashError", "codebook.inUse"));
		this.mvc.perform(post(base + "/" + other + "/verwijderen").with(csrf()).with(user(p.coordinator())))
			.andExpect(flash().attribute("flashMessage", "codebook.deleted"));
		assertThat(themeCount(p.id())).isEqualTo(2);

		// The list shows the counts.
		String page = body(get(base), p.coordinator());
		assertThat(page).contains("Rollen en taken", "Nieuw thema", "Landelijke thema&#39;s overnemen");
	}

	@Test
	void theCatalogueIsTakenOverOnceWithoutDuplicates() throws Exception {
		Setup p = project();
		String base = "/trajecten/" + p.id() + "/codeboek";
		this.codebook.theme(p.id(), "transparantie");
		this.mvc.perform(post(base + "/catalogus").with(csrf()).with(user(p.coordinator())))
			.andExpect(flash().attribute("flashMessage", "codebook.adopted"));
		long after = themeCount(p.id());
		assertThat(after).isGreaterThan(3);
		assertThat(this.jdbc
			.sql("select count(*) from project_theme where trajectory_id = ? and lower(name) = 'transparantie'")
			.params(p.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(post(base + "/catalogus").with(csrf()).with(user(p.coordinator())))
			.andExpect(flash().attribute("flashMessage", "codebook.adoptedNone"));
		assertThat(themeCount(p.id())).isEqualTo(after);
	}

	@Test
	void takingOverTheCatalogueTakesOnlyCatalogueTopicsNotTheProjectsOwnHarvestTopics() throws Exception {
		Setup p = project();
		String own = "Eigen oogstonderwerp " + UUID.randomUUID();
		this.jdbc.sql("insert into topic (name, trajectory_id, created_at, changed_at) values (?, ?, now(), now())")
			.params(own, p.id())
			.update();
		this.mvc.perform(post("/trajecten/" + p.id() + "/codeboek/catalogus").with(csrf()).with(user(p.coordinator())))
			.andExpect(flash().attribute("flashMessage", "codebook.adopted"));
		assertThat(this.jdbc.sql("select count(*) from project_theme where trajectory_id = ? and name = ?")
			.params(p.id(), own)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from project_theme p where p.trajectory_id = ? and not exists
				(select 1 from topic t where t.trajectory_id is null and lower(t.name) = lower(p.name))""")
			.params(p.id())
			.query(Long.class)
			.single()).as("only catalogue topics").isZero();
		assertThat(themeCount(p.id())).isPositive();
	}

	@Test
	void onlyWhoRunsTheProjectChangesOrCodesOthersWhoSeeItRead() throws Exception {
		Setup p = project();
		long theme = this.codebook.theme(p.id(), "Verwachtingsmanagement");
		long dialogue = this.codebook.dialogue(p.id(), "Dialoog", 3);
		long remark = this.codebook.remark(p.id(), dialogue, "IDEA", null, "Een idee");
		String base = "/trajecten/" + p.id();
		for (AccountPrincipal reader : List.of(p.policymaker(), p.otherCoordinator())) {
			String page = body(get(base + "/codeboek"), reader);
			// Small counts read "fewer than 5" for them, as in the analysis.
			assertThat(page)
				.contains("Verwachtingsmanagement", "Alleen de coördinatoren van het project", "minder dan 5")
				.doesNotContain("Nieuw thema", "/verwijderen");
			this.mvc.perform(post(base + "/codeboek").param("name", "Nieuw").with(csrf()).with(user(reader)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(base + "/codering").with(user(reader))).andExpect(status().isForbidden());
			this.mvc
				.perform(post(base + "/codering/" + remark).param("themeIds", Long.toString(theme))
					.with(csrf())
					.with(user(reader)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(base + "/analyse").with(user(reader))).andExpect(status().isOk());
		}
		AccountPrincipal elsewhere = this.accounts.create(Role.POLICYMAKER, "JZ34");
		this.mvc.perform(get(base + "/codeboek").with(user(elsewhere))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/analyse").with(user(elsewhere))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/codeboek")).andExpect(status().is3xxRedirection());
		assertThat(this.codebook.themesOf(remark)).isEmpty();
		assertThat(themeCount(p.id())).isEqualTo(1);
	}

	@Test
	void aRemarksThemesAreSetAndUnsetOnlyWithTheProjectsOwnThemes() throws Exception {
		Setup p = project();
		Setup other = project();
		long a = this.codebook.theme(p.id(), "Transparantie");
		long b = this.codebook.theme(p.id(), "Positie van ouders");
		long foreign = this.codebook.theme(other.id(), "Vreemd");
		long dialogue = this.codebook.dialogue(p.id(), "Dialoog in Zwolle", 3);
		long remark = this.codebook.remark(p.id(), dialogue, "CAN_BE_BETTER", "PARENT", "Ouders horen het te laat");
		long older = this.codebook.remark(p.id(), dialogue, "GOES_WELL", null, "Fijne begeleiding");
		String url = "/trajecten/" + p.id() + "/codering/" + remark;
		this.mvc
			.perform(post(url).param("themeIds", Long.toString(a), Long.toString(b), Long.toString(foreign))
				.param("back", "?page=1&filter=uncoded")
				.with(csrf())
				.with(user(p.coordinator())))
			.andExpect(redirectedUrl("/trajecten/" + p.id() + "/codering?page=1&filter=uncoded#opmerking-" + remark));
		assertThat(this.codebook.themesOf(remark)).containsExactly(a, b);
		// Sent again: the same, no duplicate.
		this.mvc
			.perform(post(url).param("themeIds", Long.toString(a), Long.toString(b))
				.with(csrf())
				.with(user(p.coordinator())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.codebook.themesOf(remark)).containsExactly(a, b);
		// One unticked.
		this.mvc.perform(post(url).param("themeIds", Long.toString(b)).with(csrf()).with(user(p.coordinator())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.codebook.themesOf(remark)).containsExactly(b);
		// With htmx: only the row, with the box ticked.
		String row = this.mvc
			.perform(post(url).param("themeIds", Long.toString(a))
				.header("HX-Request", "true")
				.with(csrf())
				.with(user(p.coordinator())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row).startsWith("<li").contains("opmerking-" + remark, "De thema&#39;s zijn opgeslagen.");
		assertThat(this.codebook.themesOf(remark)).containsExactly(a);
		// None ticked: uncoded again.
		this.mvc.perform(post(url).with(csrf()).with(user(p.coordinator()))).andExpect(status().is3xxRedirection());
		assertThat(this.codebook.themesOf(remark)).isEmpty();
		// Another project's remark is not found through this project.
		long elsewhere = this.codebook.remark(other.id(), this.codebook.dialogue(other.id(), "Elders", 3), "IDEA", null,
				"Elders");
		this.mvc
			.perform(post("/trajecten/" + p.id() + "/codering/" + elsewhere).param("themeIds", Long.toString(a))
				.with(csrf())
				.with(user(p.coordinator())))
			.andExpect(status().isNotFound());
		assertThat(this.codebook.themesOf(elsewhere)).isEmpty();

		// The page: newest first; filters.
		this.codebook.code(older, b);
		String all = body(get("/trajecten/" + p.id() + "/codering"), p.coordinator());
		assertThat(all.indexOf("Fijne begeleiding")).isLessThan(all.indexOf("Ouders horen het te laat"));
		assertThat(body(get("/trajecten/" + p.id() + "/codering?filter=uncoded"), p.coordinator()))
			.contains("Ouders horen het te laat")
			.doesNotContain("Fijne begeleiding");
		assertThat(body(get("/trajecten/" + p.id() + "/codering?theme=" + b), p.coordinator()))
			.contains("Fijne begeleiding")
			.doesNotContain("Ouders horen het te laat");
		assertThat(body(get("/trajecten/" + p.id() + "/codering?kind=CAN_BE_BETTER&dialogue=" + dialogue),
				p.coordinator()))
			.contains("Ouders horen het te laat")
			.doesNotContain("Fijne begeleiding");
	}

	@Test
	void theCodingPagesFiftyRemarksAPage() throws Exception {
		Setup p = project();
		long dialogue = this.codebook.dialogue(p.id(), "Dialoog", 3);
		for (int i = 1; i <= 51; i++) {
			this.codebook.remark(p.id(), dialogue, "IDEA", null, "Opmerking nummer " + i + ".");
		}
		String first = body(get("/trajecten/" + p.id() + "/codering"), p.coordinator());
		assertThat(first).contains("Opmerking nummer 51.", "Opmerking nummer 2.", "Volgende pagina")
			.doesNotContain("Opmerking nummer 1.");
		String second = body(get("/trajecten/" + p.id() + "/codering?page=2"), p.coordinator());
		assertThat(second).contains("Opmerking nummer 1.", "Vorige pagina").doesNotContain("Opmerking nummer 2.");
	}

	@Test
	void theAnalysisCountsByThemeAndHidesWhatCouldIdentifySomeone() throws Exception {
		Setup p = project();
		long big = this.codebook.theme(p.id(), "Rol- en taakverdeling");
		long small = this.codebook.theme(p.id(), "Positie van pleegouders");
		// "Rol- en taakverdeling" in 6 dialogues: per dialogue a foster parent says what
		// can be better and the group says what goes well; a parent gives one quote in
		// the first two; an idea in three.
		for (int i = 0; i < 6; i++) {
			long dialogue = this.codebook.dialogue(p.id(), "Dialoog " + i, i + 1);
			this.codebook.code(this.codebook.remark(p.id(), dialogue, "CAN_BE_BETTER", "FOSTER_PARENT", "Beter " + i),
					big);
			this.codebook.code(this.codebook.remark(p.id(), dialogue, "GOES_WELL", null, "Goed " + i), big);
			if (i < 2) {
				this.codebook.code(this.codebook.remark(p.id(), dialogue, "QUOTE", "PARENT", "Citaat groot " + i), big);
			}
			if (i < 3) {
				this.codebook.code(this.codebook.remark(p.id(), dialogue, "IDEA", "FOSTER_CARE_WORKER", "Idee " + i),
						big);
			}
			if (i < 4) {
				this.codebook
					.code(this.codebook.remark(p.id(), dialogue, "QUOTE", "FOSTER_PARENT", "Citaat klein " + i), small);
			}
		}
		String page = body(get("/trajecten/" + p.id() + "/analyse"), p.policymaker());
		String bigSection = section(page, "Rol- en taakverdeling");
		assertThat(bigSection).contains("Kwam voor in 6 dialogen.", "Citaat groot 0", "Citaat groot 1",
				"Ouder van een pleegkind", "De groep");
		// Kinds: 6 can be better, 6 go well, 3 ideas and 2 quotes. The quotes are listed,
		// so their number is shown; the ideas' 3 would follow from the known total
		// (17), so the other kinds are not shown.
		assertThat(bigSection).containsSubsequence("Gaat goed", "niet getoond", "Kan beter", "niet getoond", "Idee",
				"niet getoond", "Citaat", "2");
		// Roles: foster parent 6, group 6, care worker 3, parent 2: two hidden, summing
		// to 5, so the total (known from the kinds? no: two kinds are hidden) is safe.
		assertThat(bigSection).containsSubsequence("Pleegouder", "6").contains("Pleegzorgbegeleider");
		assertThat(bigSection).doesNotContain("Dialoog 0", "Dialoog 1");
		// The small theme: marked, after the other, no numbers and no quotes.
		String smallSection = section(page, "Positie van pleegouders");
		assertThat(smallSection).contains("Kwam in minder dan 5 dialogen voor.")
			.doesNotContain("Citaat klein", "Wie zei het");
		assertThat(page.indexOf("Positie van pleegouders")).isGreaterThan(page.indexOf("Rol- en taakverdeling"));
		// No quote is tied to a dialogue, date or place.
		assertThat(page).doesNotContain("Dialoog 0", "Stadhuis");
	}

	@Test
	void aBreakdownIsHiddenWhenTheKnownTotalGivesItsHiddenCountAway() {
		// The total (11) is known from the codebook: one hidden role (1) would follow
		// from it by subtraction, so no role count is shown.
		Analysis.ThemeAnalysis theme = Analysis.analyse(1, "T", 6,
				Map.of("GOES_WELL", 6L, "CAN_BE_BETTER", 5L, "IDEA", 0L, "QUOTE", 0L),
				Map.of("FOSTER_PARENT", 10L, "", 1L), List.of());
		assertThat(theme.roles()).extracting(Analysis.Count::count).containsExactly(null, null);
		assertThat(theme.roles()).extracting(Analysis.Count::fewer).containsExactly(false, false);
		// Without the quotes (listed, so counted: 2), the kinds 10, 3 and 6 have one
		// hidden count: it follows from the total, so the kinds are not shown; the
		// quotes' number is.
		Analysis.ThemeAnalysis quotes = Analysis.analyse(1, "T", 6,
				new java.util.LinkedHashMap<>(Map.of("GOES_WELL", 10L, "CAN_BE_BETTER", 3L, "IDEA", 6L, "QUOTE", 2L)),
				Map.of("FOSTER_PARENT", 8L, "PARENT", 6L, "", 7L), List.of());
		assertThat(quotes.kinds()).extracting(Analysis.Count::label, Analysis.Count::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("codebook.kind.GOES_WELL", null),
					org.assertj.core.groups.Tuple.tuple("codebook.kind.CAN_BE_BETTER", null),
					org.assertj.core.groups.Tuple.tuple("codebook.kind.IDEA", null),
					org.assertj.core.groups.Tuple.tuple("codebook.kind.QUOTE", 2L));
		assertThat(quotes.roles()).extracting(Analysis.Count::count).containsExactly(8L, 7L, 6L);
		// Two hidden roles that add up to 5 or more cannot be told apart: shown as
		// "fewer than 5".
		Analysis.ThemeAnalysis two = Analysis.analyse(1, "T", 6,
				new java.util.LinkedHashMap<>(Map.of("GOES_WELL", 6L, "CAN_BE_BETTER", 5L)),
				Map.of("FOSTER_PARENT", 6L, "PARENT", 3L, "", 2L), List.of());
		assertThat(two.roles()).extracting(Analysis.Count::count).containsExactly(6L, null, null);
		assertThat(two.roles()).extracting(Analysis.Count::fewer).containsExactly(false, true, true);
		Analysis.ThemeAnalysis small = Analysis.analyse(1, "T", 4, Map.of("GOES_WELL", 60L), Map.of("", 60L),
				List.of(new Analysis.Quote("ParticipantRole.PARENT", "q")));
		assertThat(small.small()).isTrue();
		assertThat(small.quotes()).isEmpty();
		assertThat(small.kinds()).isEmpty();
	}

	@Test
	void thePagesCostTheSameAt3And100Dialogues() throws Exception {
		Setup few = project();
		Setup many = project();
		fill(few.id(), 3);
		fill(many.id(), 100);
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		for (String page : List.of("codeboek", "codering", "analyse")) {
			long small = statements.forPage(this.mvc, "/trajecten/" + few.id() + "/" + page, few.coordinator());
			long large = statements.forPage(this.mvc, "/trajecten/" + many.id() + "/" + page, many.coordinator());
			assertThat(small).as(page).isPositive();
			assertThat(large).as(page).isEqualTo(small);
		}
	}

	private void fill(long projectId, int dialogues) {
		long a = this.codebook.theme(projectId, "Transparantie");
		long b = this.codebook.theme(projectId, "Verwachtingsmanagement");
		for (int i = 0; i < dialogues; i++) {
			long dialogue = this.codebook.dialogue(projectId, "Dialoog " + i, i % 60 + 1);
			this.codebook.code(this.codebook.remark(projectId, dialogue, "GOES_WELL", "FOSTER_PARENT", "Goed " + i), a);
			long quote = this.codebook.remark(projectId, dialogue, "QUOTE", "PARENT", "Citaat " + i);
			this.codebook.code(quote, a);
			this.codebook.code(quote, b);
			this.codebook.remark(projectId, dialogue, "IDEA", null, "Idee " + i);
		}
	}

	private static String section(String page, String theme) {
		int start = page.indexOf("data-theme=\"" + theme + "\"");
		assertThat(start).as(theme).isPositive();
		int end = page.indexOf("</section>", start);
		return page.substring(start, end);
	}

	private long themeCount(long projectId) {
		return this.jdbc.sql("select count(*) from project_theme where trajectory_id = ?")
			.params(projectId)
			.query(Long.class)
			.single();
	}

	private String body(MockHttpServletRequestBuilder request, AccountPrincipal user) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
