package nl.nvp.goedegesprek.project.codebook;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The codebook of the demo project "Samenwerken binnen pleegzorg" (issue 17, decision
 * 47): the five themes that came up in most of its dialogues, and two that came up in
 * fewer than five (so that the analysis shows them without figures). The remarks of the
 * dialogues held so far (the dialogue part's demo, just before) are coded as a
 * coordinator reading them would: each with every theme whose words it uses. Those of the
 * most recent dialogue are not coded yet, so that the coding page has work to show. Made
 * on the first demo start of a day (decision 21), once: a project with a codebook gets no
 * more.
 */
@Component
@Profile("demo")
@Order(12)
class DemoCodebook implements ApplicationRunner {

	/**
	 * A theme: its name, what it covers, and the words (a PostgreSQL regular expression,
	 * without case) of the remarks coded with it.
	 */
	record DemoTheme(String name, String description, String words) {
	}

	static final List<DemoTheme> THEMES = List.of(new DemoTheme(
			"Rollen en taken van pleegzorgbegeleider en jeugdbeschermer",
			"Wie doet wat? De taken van de pleegzorgbegeleider en de jeugdbeschermer lopen door elkaar, of niemand pakt ze op.",
			"pleegzorgbegeleider|jeugdbeschermer|wie wat doet|taakverdeling"),
			new DemoTheme("Verwachtingen",
					"Wat pleegouders, ouders en professionals van een plaatsing verwachten, en of dat wordt besproken en waargemaakt.",
					"verwacht|beloofd"),
			new DemoTheme("Transparantie",
					"Open zijn over informatie, besluiten en verslagen, naar iedereen rond het kind.",
					"informatie|open kaart|eerlijk|verslag|dossier"),
			new DemoTheme("Positie van pleegouders",
					"Hoe pleegouders worden betrokken bij overleg en besluiten over het kind dat bij hen woont.",
					"pleegouder"),
			new DemoTheme("Positie van ouders",
					"Hoe ouders van een uithuisgeplaatst kind worden betrokken en gesteund.",
					"\\m(ouders?|moeder|vader)\\M"),
			new DemoTheme("Eigen kinderen van pleegouders", "Hoe het gaat met de kinderen van het pleeggezin zelf.",
					"eigen kind"),
			new DemoTheme("Contact met broers en zussen",
					"Contact tussen een pleegkind en zijn broers en zussen die ergens anders wonen.", "broer|zussen"));

	private final ProjectThemeRepository themes;

	private final DemoBasis demo;

	@PersistenceContext
	private EntityManager entityManager;

	DemoCodebook(ProjectThemeRepository themes, DemoBasis demo) {
		this.themes = themes;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.demo.project()
			.filter((project) -> ((Number) this.entityManager
				.createNativeQuery("select count(*) from project_theme where trajectory_id = :trajectory")
				.setParameter("trajectory", project.id())
				.getSingleResult()).longValue() == 0)
			.ifPresent((project) -> code(project.id()));
	}

	private void code(long projectId) {
		for (DemoTheme demo : THEMES) {
			ProjectTheme theme = new ProjectTheme(projectId);
			theme.describe(demo.name(), demo.description());
			this.themes.saveAndFlush(theme);
			this.entityManager
				.createNativeQuery(
						"""
								insert into dialogue_remark_theme (remark_id, theme_id)
								select r.id, :theme from dialogue_remark r
								where r.trajectory_id = :trajectory and r.text ~* :words
								and r.meeting_id <> (select r2.meeting_id from dialogue_remark r2 join meeting m on m.id = r2.meeting_id
								                     where r2.trajectory_id = :trajectory
								                     order by m.meeting_date desc, m.start_time desc limit 1)
								on conflict do nothing""")
				.setParameter("theme", theme.getId())
				.setParameter("trajectory", projectId)
				.setParameter("words", demo.words())
				.executeUpdate();
		}
	}

}
