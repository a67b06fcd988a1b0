package nl.nvp.goedegesprek.project.advice;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advice of the demo project "Samenwerken binnen pleegzorg" (issue 17, decision 48):
 * one on each of the five big themes of its codebook (the codebook part's demo, just
 * before), each resting on the dialogues in which its theme came up, written as its
 * national coordinator would, and published as one output with a PDF. Made on the first
 * demo start of a day (decision 21), once: a project with advice gets no more.
 */
@Component
@Profile("demo")
@Order(13)
class DemoAdvice implements ApplicationRunner {

	/** Per theme of the demo codebook (by its name): the advice's title and text. */
	private static final Map<String, String[]> ADVICE = Map.of(
			"Rollen en taken van pleegzorgbegeleider en jeugdbeschermer",
			new String[] { "Leg bij elke plaatsing vast wie wat doet",
					"Spreek bij de start van elke plaatsing af wat de pleegzorgbegeleider doet en wat de jeugdbeschermer doet, en geef dat overzicht aan pleegouders en ouders. Bespreek het elk half jaar opnieuw, en meteen als een van beiden wisselt." },
			"Verwachtingen",
			new String[] { "Begin vóór een plaatsing een gesprek met alle partijen",
					"Voer vóór een plaatsing een gesprek met pleegouders, ouders, de pleegzorgbegeleider en de jeugdbeschermer (en het kind als dat kan) over wat ieder van de plaatsing verwacht: hoe lang, hoe vaak bezoek, wie waarover beslist. Leg de afspraken vast in het hulpverleningsplan en bespreek ze opnieuw als de situatie verandert." },
			"Transparantie",
			new String[] { "Deel informatie op tijd en met uitleg",
					"Geef pleegouders en ouders de informatie die zij nodig hebben om voor het kind te zorgen, op tijd. Leg besluiten uit, stuur het verslag van een overleg naar iedereen die aan tafel zat, en zeg het eerlijk als iets nog niet bekend is." },
			"Positie van pleegouders",
			new String[] { "Nodig pleegouders uit bij elk overleg over het kind",
					"Pleegouders kennen het kind dat bij hen woont het best. Geef hun een vaste plek in het overleg en in het plan voor het kind, en vraag na een overleg wat zij ervan vonden." },
			"Positie van ouders", new String[] { "Maatjes voor ouders van een uithuisgeplaatst kind",
					"Zorg dat ouders van een uithuisgeplaatst kind steun krijgen voor zichzelf, bijvoorbeeld een maatje: een ervaringsdeskundige die zelf een kind uit huis geplaatst zag. Nodig ouders uit voor de gesprekken over hun kind." });

	private final ProjectAdvices advices;

	private final AdvicePublishing publishing;

	private final ProjectAdviceRepository repository;

	private final DemoBasis demo;

	private final JdbcClient jdbc;

	DemoAdvice(ProjectAdvices advices, AdvicePublishing publishing, ProjectAdviceRepository repository, DemoBasis demo,
			JdbcClient jdbc) {
		this.advices = advices;
		this.publishing = publishing;
		this.repository = repository;
		this.demo = demo;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.demo.project()
			.filter((project) -> this.repository.findByTrajectory(project.id()).isEmpty())
			.ifPresent((project) -> write(project.id(), project.coordinator()));
	}

	private void write(long projectId, AccountPrincipal coordinator) {
		Map<String, Long> themes = new HashMap<>();
		this.jdbc.sql("select id, name from project_theme where trajectory_id = ?")
			.param(projectId)
			.query((rs, n) -> Map.entry(rs.getString("name"), rs.getLong("id")))
			.list()
			.forEach((theme) -> themes.put(theme.getKey(), theme.getValue()));
		ADVICE.forEach((theme, advice) -> {
			Long themeId = themes.get(theme);
			if (themeId == null) {
				return;
			}
			AdviceForm form = new AdviceForm();
			form.setThemeId(themeId);
			form.setTitle(advice[0]);
			form.setText(advice[1]);
			form.setDialogues(new LinkedHashSet<>(this.advices.dialoguesOfTheme(projectId, themeId)));
			this.advices.create(projectId, form, coordinator);
		});
		if (!this.repository.findByTrajectory(projectId).isEmpty()) {
			this.publishing.publish(projectId, coordinator);
		}
	}

}
