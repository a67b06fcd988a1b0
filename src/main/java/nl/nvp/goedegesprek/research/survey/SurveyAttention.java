package nl.nvp.goedegesprek.research.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.IdArray;
import nl.nvp.goedegesprek.shared.SmallGroups;
import nl.nvp.goedegesprek.trajectory.TrajectoryAttention;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For the coordinators who run a trajectory: its survey while it is open, with how many
 * answered per audience. Counts only, and a group of fewer than {@value #MIN_GROUP} is
 * shown as such, as the results are: the start page does not tell more about small groups
 * than the results page. Two statements however many trajectories.
 */
@Component
class SurveyAttention implements TrajectoryAttention {

	/** As the results (SurveyResults.MIN_GROUP, from SmallGroups). */
	static final int MIN_GROUP = SmallGroups.MIN_SIZE;

	private final SurveyRepository surveys;

	private final MessageSource messages;

	private final Clock clock;

	SurveyAttention(SurveyRepository surveys, MessageSource messages, Clock clock) {
		this.surveys = surveys;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Map<Long, List<Point>> attention(List<TrajectoryRef> trajectories, AccountPrincipal user) {
		List<Long> run = TrajectoryAttention.run(trajectories);
		Map<Long, List<Point>> points = new HashMap<>();
		if (run.isEmpty()) {
			return points;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Survey> open = this.surveys.findOpened(run).stream().filter((survey) -> !survey.hasClosed(today)).toList();
		if (open.isEmpty()) {
			return points;
		}
		Map<Long, Map<Audience, Long>> answered = new HashMap<>();
		for (Object[] row : this.surveys.countResponsesIn(IdArray.of(open.stream().map(Survey::getId).toList()))) {
			answered.computeIfAbsent(((Number) row[0]).longValue(), (id) -> new EnumMap<>(Audience.class))
				.put(Audience.valueOf((String) row[1]), ((Number) row[2]).longValue());
		}
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM", locale);
		for (Survey survey : open) {
			Map<Audience, Long> counts = answered.getOrDefault(survey.getId(), Map.of());
			String perAudience = survey.getLinks()
				.keySet()
				.stream()
				.sorted()
				.map((audience) -> count(audience, counts.getOrDefault(audience, 0L), locale))
				.collect(Collectors.joining(", "));
			boolean waiting = today.isBefore(survey.getOpensOn());
			points.computeIfAbsent(survey.getTrajectoryId(), (id) -> new ArrayList<>())
				.add(new Point(waiting ? "survey.attention.opens" : "survey.attention.open",
						List.of(day.format(waiting ? survey.getOpensOn() : survey.getClosesOn()), perAudience),
						"/trajecten/" + survey.getTrajectoryId() + "/vragenlijst", false));
		}
		return points;
	}

	private String count(Audience audience, long count, Locale locale) {
		String name = this.messages.getMessage("Audience." + audience, null, locale);
		return (count < MIN_GROUP) ? this.messages.getMessage("survey.attention.few", new Object[] { name }, locale)
				: this.messages.getMessage("survey.attention.count", new Object[] { name, count }, locale);
	}

}
