package nl.nvp.goedegesprek.output.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.output.file.FileTypes;
import nl.nvp.goedegesprek.shared.PdfDocuments;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's outputs: Rijk van Nijmegen's quick scan as a real (small) PDF, a
 * podcast episode and a news item, published, and a blog still in draft; West Brabant
 * Oost's advice, published; and two of the national project "Samenwerken binnen
 * pleegzorg": a podcast episode and the travel story "Samen op reis binnen pleegzorg" (a
 * small PDF), published (its advice is published by the project module's demo). Made on
 * the first demo start of a day (decision 21), when the trajectories have no outputs yet.
 */
@Component
@Profile("demo")
@Order(7)
class DemoOutputs implements ApplicationRunner {

	private final Outputs outputs;

	private final OutputRepository repository;

	private final DemoBasis demo;

	private final PdfDocuments pdf;

	private final FileTypes fileTypes;

	private final Clock clock;

	DemoOutputs(Outputs outputs, OutputRepository repository, DemoBasis demo, PdfDocuments pdf, FileTypes fileTypes,
			Clock clock) {
		this.outputs = outputs;
		this.repository = repository;
		this.demo = demo;
		this.pdf = pdf;
		this.fileTypes = fileTypes;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.nijmegen()
			.filter((nijmegen) -> this.repository.findByTrajectory(nijmegen.id()).isEmpty())
			.ifPresent((nijmegen) -> nijmegen(nijmegen.id(), nijmegen.coordinator()));
		this.demo.brabant()
			.filter((brabant) -> this.repository.findByTrajectory(brabant.id()).isEmpty())
			.ifPresent((brabant) -> add(brabant.id(), brabant.coordinator(), OutputKind.ADVICE,
					"Advies aan de gemeenten: één startwijzer",
					"De deelnemers vragen de gemeenten om in de hele regio dezelfde startwijzer te gebruiken.",
					LocalDate.of(2026, 10, 14), "https://www.nvp-plein.nl/", null, true));
		this.demo.project()
			.filter((project) -> this.repository.findByTrajectory(project.id()).isEmpty())
			.ifPresent((project) -> project(project.id(), project.coordinator()));
	}

	/**
	 * The national project's podcast episode and travel story, made during its dialogues
	 * (dated from the day the demo data is made).
	 */
	private void project(long projectId, AccountPrincipal demo) {
		LocalDate today = LocalDate.now(this.clock);
		add(projectId, demo, OutputKind.PODCAST_EPISODE, "Podcast: een pleegmoeder en een jeugdbeschermer in gesprek",
				"Na hun dialoog praten een pleegmoeder en een jeugdbeschermer verder: wie doet wat rond een pleegkind, en wat verwacht je van elkaar?",
				today.minusWeeks(3), "https://www.nvp-plein.nl/", null, true);
		String title = "Samen op reis binnen pleegzorg";
		byte[] story = this.pdf.render("output/pdf/demo-report", Map.of("title", title, "paragraphs", List.of(
				"Het reisverhaal van de eerste dialogen van Samenwerken binnen pleegzorg. Pleegouders, ouders, pleegzorgbegeleiders en jeugdbeschermers vertellen elkaar hoe zij samenwerken rond een pleegkind.",
				"Onderweg kwamen steeds dezelfde vragen terug: wie doet wat, wat mag je van elkaar verwachten, wie krijgt welke informatie, en hoe tellen pleegouders en ouders mee?",
				"Dit is een voorbeeldbestand van de demo.")), Locale.forLanguageTag("nl"));
		add(projectId, demo, OutputKind.TRAVEL_STORY, title,
				"Het reisverhaal van de eerste dialogen: wat pleegouders, ouders, pleegzorgbegeleiders en jeugdbeschermers elkaar vertelden over samenwerken rond een pleegkind.",
				today.minusWeeks(1), null, story, true);
	}

	private void nijmegen(long nijmegen, AccountPrincipal demo) {
		String title = "Quick scan pleegzorg Rijk van Nijmegen";
		byte[] report = this.pdf.render("output/pdf/demo-report", Map.of("title", title, "paragraphs", List.of(
				"Dit is het onderzoek naar pleegzorg in de regio Rijk van Nijmegen: de cijfers en hoe pleeggezinnen, ouders en professionals pleegzorg beleven.",
				"Drie onderwerpen kwamen naar voren: samenwerken tussen pleegouders en ouders, overbelasting van pleegouders voorkomen, en de impact op eigen kinderen.",
				"Dit is een voorbeeldbestand van de demo.")), Locale.forLanguageTag("nl"));
		add(nijmegen, demo, OutputKind.RESEARCH_REPORT, title,
				"De cijfers van de regio en wat pleeggezinnen, ouders en professionals vertelden in de vragenlijsten.",
				LocalDate.of(2026, 3, 2), null, report, true);
		add(nijmegen, demo, OutputKind.PODCAST_EPISODE, "Podcast: de stem van eigen kinderen",
				"Twee eigen kinderen van pleegouders vertellen hoe het is om je huis te delen.",
				LocalDate.of(2026, 5, 20), "https://www.nvp-plein.nl/", null, true);
		add(nijmegen, demo, OutputKind.NEWS_ITEM, "Rijk van Nijmegen stelt actieplan vast",
				"De regio heeft het actieplan vastgesteld. De startwijzer gaat landelijk verder.",
				LocalDate.of(2026, 9, 1), "https://www.nvp-plein.nl/", null, true);
		add(nijmegen, demo, OutputKind.BLOG, "Terugblik op de tweede dialoogbijeenkomst",
				"Een verslag van de avond waarop ideeën acties werden. Nog niet af.", LocalDate.of(2026, 11, 28),
				"https://www.nvp-plein.nl/", null, false);
	}

	private void add(long trajectoryId, AccountPrincipal demo, OutputKind kind, String title, String summary,
			LocalDate date, String link, byte[] file, boolean publish) {
		OutputForm form = new OutputForm();
		form.setKind(kind);
		form.setTitle(title);
		form.setSummary(summary);
		form.setDate(date);
		form.setLink(link);
		Optional<Outputs.Upload> upload = Optional.ofNullable(file)
			.map((bytes) -> new Outputs.Upload(this.fileTypes.allowedType(bytes).orElseThrow(), bytes));
		long id = this.outputs.create(trajectoryId, form, upload, demo);
		if (publish) {
			this.outputs.publish(trajectoryId, id, this.repository.findById(id).orElseThrow().getVersion(), demo);
		}
	}

}
