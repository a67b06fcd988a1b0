package nl.nvp.goedegesprek.research;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.figures.FigureForm;
import nl.nvp.goedegesprek.research.figures.RegionalFigures;
import nl.nvp.goedegesprek.research.report.FindingForm;
import nl.nvp.goedegesprek.research.report.ResearchFindings;
import nl.nvp.goedegesprek.research.report.ResearchPublication;
import nl.nvp.goedegesprek.research.response.SurveyResponses;
import nl.nvp.goedegesprek.research.results.WrittenAnswers;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.Survey;
import nl.nvp.goedegesprek.research.survey.SurveyForm;
import nl.nvp.goedegesprek.research.survey.SurveyRepository;
import nl.nvp.goedegesprek.research.survey.Surveys;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The demo profile's research: Rijk van Nijmegen's figures and its survey with some
 * (made-up) answers from foster families, professionals, parents and children, a finding
 * and a quote; closed and shared with the region's policymakers. Made on the first demo
 * start of a day, dated from that day (decision 21).
 */
@Component
@Profile("demo")
@Order(4)
class DemoResearch implements ApplicationRunner {

	private final SurveyRepository surveyRepository;

	private final Surveys surveys;

	private final SurveyResponses responses;

	private final WrittenAnswers written;

	private final RegionalFigures figures;

	private final ResearchFindings findings;

	private final ResearchPublication publication;

	private final DemoBasis demo;

	private final Clock clock;

	DemoResearch(SurveyRepository surveyRepository, Surveys surveys, SurveyResponses responses, WrittenAnswers written,
			RegionalFigures figures, ResearchFindings findings, ResearchPublication publication, DemoBasis demo,
			Clock clock) {
		this.surveyRepository = surveyRepository;
		this.surveys = surveys;
		this.responses = responses;
		this.written = written;
		this.figures = figures;
		this.findings = findings;
		this.publication = publication;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.surveyRepository.count() > 0) {
			return;
		}
		DemoBasis.Start nijmegen = this.demo.nijmegen().orElse(null);
		if (nijmegen == null) {
			return;
		}
		long id = nijmegen.id();
		AccountPrincipal demo = nijmegen.coordinator();
		figure(id, "Pleeggezinnen", 2022, 412, demo);
		figure(id, "Pleeggezinnen", 2024, 398, demo);
		figure(id, "Pleegkinderen", 2022, 561, demo);
		figure(id, "Pleegkinderen", 2024, 540, demo);

		SurveyForm form = new SurveyForm();
		form.setTemplateId(this.surveys.templates().get(0).id());
		form.setTitle("Hoe gaat het met de pleegzorg in Rijk van Nijmegen?");
		form.setIntroduction("Uw antwoorden zijn het begin van de dialoogbijeenkomsten in het voorjaar.");
		// Open for ten weeks up to today, and closed (a survey cannot be opened with a
		// closing day in the past).
		form.setOpensOn(LocalDate.now(this.clock).minusWeeks(10));
		form.setClosesOn(LocalDate.now(this.clock));
		this.surveys.create(id, form, demo);
		Survey survey = this.surveyRepository.findByTrajectory(id).orElseThrow();
		this.surveys.open(id, survey.getVersion(), demo);
		String[] good = { "De begeleiding is betrokken en snel bereikbaar.", "Het contact met de ouders gaat goed.",
				"We worden goed voorbereid op een plaatsing.", "De training voor pleegouders was heel nuttig." };
		for (int i = 0; i < 8; i++) {
			answer(survey, Audience.FOSTER_FAMILIES, 2 + i % 4, good[i % good.length]);
		}
		for (int i = 0; i < 6; i++) {
			answer(survey, Audience.PROFESSIONALS, 1 + i % 5, "Meer tijd voor overleg met de jeugdbeschermer.");
		}
		for (int i = 0; i < 3; i++) {
			answer(survey, Audience.PARENTS, 2, "Ik wil vaker horen hoe het met mijn kind gaat.");
			answer(survey, Audience.CHILDREN, 4, "Dat ik mijn broertje vaker zie.");
		}
		// Nijmegen is past its research: the survey is closed (results and open answers
		// are
		// read only then), a quote taken, and its results shared.
		this.surveys.close(id, this.surveyRepository.findByTrajectory(id).orElseThrow().getVersion(), demo);
		this.written.written(id, demo)
			.questions()
			.stream()
			.flatMap((question) -> question.answers().stream())
			.filter((answer) -> answer.text().startsWith("We worden goed voorbereid"))
			.findFirst()
			.ifPresent((answer) -> this.written.quote(id, answer.id(), "We worden goed voorbereid op een plaatsing.",
					demo));
		FindingForm finding = new FindingForm();
		finding.setTopic("Voorbereiding van een plaatsing");
		finding.setText("Pleeggezinnen voelen zich goed voorbereid; professionals missen tijd voor overleg.");
		this.findings.add(id, finding, demo);
		this.publication.publish(id, 0, demo);
	}

	private void figure(long trajectoryId, String indicator, int year, int value, AccountPrincipal demo) {
		this.figures.indicatorOptions(trajectoryId)
			.stream()
			.filter((candidate) -> candidate.name().equals(indicator))
			.findFirst()
			.ifPresent((found) -> {
				FigureForm form = new FigureForm();
				form.setIndicatorId(found.id());
				form.setYear(year);
				form.setValue(BigDecimal.valueOf(value));
				form.setSource("Jaarverslag pleegzorgaanbieder " + year + " (demo)");
				this.figures.add(trajectoryId, form, demo);
			});
	}

	private void answer(Survey survey, Audience audience, int choice, String text) {
		String token = this.surveyRepository.findToken(survey.getId(), audience.name());
		SurveyResponses.Form form = this.responses.form(token);
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (SurveyResponses.AskedQuestion question : form.questions()) {
			String value = switch (question.type()) {
				case SCALE -> Integer.toString(choice);
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> Integer.toString(choice % question.options().size());
				case OPEN -> text;
			};
			parameters.add("q" + question.id(), value);
		}
		this.responses.submit(token, parameters);
	}

}
