package nl.nvp.goedegesprek.research.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The region's figures (cijfers) of a trajectory, beside earlier years and the national
 * figure. Everyone who may see the trajectory sees its figures (they hold no personal
 * data); those who run it add and remove them.
 */
@Service
@Transactional(readOnly = true)
public class RegionalFigures {

	private final IndicatorRepository indicators;

	private final RegionalFigureRepository figures;

	private final ResearchAccess access;

	RegionalFigures(IndicatorRepository indicators, RegionalFigureRepository figures, ResearchAccess access) {
		this.indicators = indicators;
		this.figures = figures;
		this.access = access;
	}

	public record Row(int year, Long figureId, BigDecimal regional, String source, String note, BigDecimal national,
			String nationalSource) {
	}

	public record IndicatorFigures(long id, String name, String unit, String description, boolean fromCatalogue,
			List<Row> rows) {

		/** The largest value, to scale the chart. */
		public BigDecimal largest() {
			return this.rows.stream()
				.map(Row::regional)
				.filter(Objects::nonNull)
				.max(BigDecimal::compareTo)
				.orElse(BigDecimal.ONE)
				.max(BigDecimal.ONE);
		}

		/** A bar's length in the chart, in percent of the largest value, for this row. */
		public int barPercent(Row row) {
			return row.regional()
				.max(BigDecimal.ZERO)
				.multiply(BigDecimal.valueOf(100))
				.divide(largest(), 0, RoundingMode.HALF_UP)
				.intValue();
		}

		public List<Row> regionalRows() {
			return this.rows.stream().filter((row) -> row.regional() != null).toList();
		}

	}

	public record Overview(TrajectoryRef trajectory, List<IndicatorFigures> indicators, boolean editable) {

		public boolean hasFigures() {
			return this.indicators.stream().anyMatch((indicator) -> !indicator.regionalRows().isEmpty());
		}

	}

	public record IndicatorOption(long id, String name, String unit) {
	}

	public Overview overview(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		List<Indicator> all = this.indicators.findForTrajectory(trajectoryId);
		Map<Long, TreeMap<Integer, Row>> rows = new LinkedHashMap<>();
		all.forEach((indicator) -> rows.put(indicator.getId(), new TreeMap<>()));
		for (RegionalFigure figure : this.figures.findByTrajectory(trajectoryId)) {
			rows.get(figure.getIndicator().getId())
				.put(figure.getYear(), new Row(figure.getYear(), figure.getId(), figure.getValue(), figure.getSource(),
						figure.getNote(), null, null));
		}
		if (!all.isEmpty()) {
			for (Object[] national : this.indicators.findNationalFigures(all.stream().map(Indicator::getId).toList())) {
				long indicatorId = ((Number) national[0]).longValue();
				int year = ((Number) national[1]).intValue();
				BigDecimal value = new BigDecimal(national[2].toString());
				String source = (String) national[3];
				TreeMap<Integer, Row> byYear = rows.get(indicatorId);
				Row current = byYear.get(year);
				byYear.put(year,
						(current != null)
								? new Row(year, current.figureId(), current.regional(), current.source(),
										current.note(), value, source)
								: new Row(year, null, null, null, null, value, source));
			}
		}
		List<IndicatorFigures> result = new ArrayList<>();
		for (Indicator indicator : all) {
			result.add(new IndicatorFigures(indicator.getId(), indicator.getName(), indicator.getUnit(),
					indicator.getDescription(), indicator.getTrajectoryId() == null,
					new ArrayList<>(rows.get(indicator.getId()).values())));
		}
		return new Overview(trajectory, result, trajectory.editable());
	}

	public List<IndicatorOption> indicatorOptions(long trajectoryId) {
		return this.indicators.findForTrajectory(trajectoryId)
			.stream()
			.map((indicator) -> new IndicatorOption(indicator.getId(), indicator.getName(), indicator.getUnit()))
			.toList();
	}

	TrajectoryRef editableTrajectory(long trajectoryId, AccountPrincipal user) {
		return this.access.editable(trajectoryId, user);
	}

	/**
	 * Whether the form names an indicator of this trajectory, and its year is still free.
	 */
	void check(long trajectoryId, FigureForm form, Errors errors) {
		if (form.getIndicatorId() != null && indicatorOptions(trajectoryId).stream()
			.noneMatch((option) -> option.id() == form.getIndicatorId())) {
			errors.rejectValue("indicatorId", "FigureForm.indicatorId.unknown");
		}
		else if (form.getIndicatorId() != null && form.getYear() != null && this.figures
			.existsByTrajectoryIdAndIndicatorIdAndYear(trajectoryId, form.getIndicatorId(), form.getYear())) {
			errors.rejectValue("year", "FigureForm.year.taken");
		}
	}

	@Transactional
	public void add(long trajectoryId, FigureForm form, AccountPrincipal user) {
		editableTrajectory(trajectoryId, user);
		Indicator indicator = this.indicators.findById(form.getIndicatorId()).orElseThrow(NotFoundException::new);
		this.figures.save(new RegionalFigure(trajectoryId, indicator, form.getYear(), form.getValue(), form.getSource(),
				form.getNote()));
	}

	@Transactional
	void remove(long trajectoryId, long figureId, AccountPrincipal user) {
		editableTrajectory(trajectoryId, user);
		// Removing a figure that is already gone (a second click, or two at once: one
		// statement, no read before) changes nothing.
		this.figures.deleteFigure(trajectoryId, figureId);
	}

}
