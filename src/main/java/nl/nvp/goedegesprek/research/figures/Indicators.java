package nl.nvp.goedegesprek.research.figures;

import java.math.BigDecimal;
import java.util.List;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.research.access.ResearchAccess;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The national catalogue of indicators, kept by national coordinators (the web layer lets
 * only them in), with the national figures that give regions context; and the indicators
 * a trajectory adds for itself.
 */
@Service
@Transactional(readOnly = true)
class Indicators {

	private final IndicatorRepository indicators;

	private final ResearchAccess access;

	Indicators(IndicatorRepository indicators, ResearchAccess access) {
		this.indicators = indicators;
		this.access = access;
	}

	List<IndicatorRepository.Listed> catalogue() {
		return this.indicators.findCatalogue();
	}

	record NationalFigure(int year, BigDecimal value, String source) {
	}

	record Details(Indicator indicator, List<NationalFigure> nationalFigures) {
	}

	Details details(long indicatorId) {
		Indicator indicator = catalogueIndicator(indicatorId);
		List<NationalFigure> figures = this.indicators.findNationalFigures(List.of(indicatorId))
			.stream()
			.map((row) -> new NationalFigure(((Number) row[1]).intValue(), new BigDecimal(row[2].toString()),
					(String) row[3]))
			.toList();
		return new Details(indicator, figures);
	}

	private Indicator catalogueIndicator(long indicatorId) {
		return this.indicators.findById(indicatorId)
			.filter((indicator) -> indicator.getTrajectoryId() == null)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * A catalogue name is used once; a trajectory's own name differs from all it sees.
	 */
	void checkCatalogueName(IndicatorForm form, long exceptId, Errors errors) {
		if (form.getName() != null && this.indicators.catalogueNameTaken(form.getName(), exceptId)) {
			errors.rejectValue("name", "IndicatorForm.name.taken");
		}
	}

	void checkOwnName(long trajectoryId, IndicatorForm form, Errors errors) {
		if (form.getName() != null && this.indicators.nameTakenFor(form.getName(), trajectoryId)) {
			errors.rejectValue("name", "IndicatorForm.name.taken");
		}
	}

	@Transactional
	long addToCatalogue(IndicatorForm form) {
		return this.indicators.saveAndFlush(new Indicator(form.getName(), form.getUnit(), form.getDescription(), null))
			.getId();
	}

	@Transactional
	void describe(long indicatorId, IndicatorForm form) {
		Indicator indicator = catalogueIndicator(indicatorId);
		if (indicator.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Indicator.class, indicatorId);
		}
		indicator.describe(form.getName(), form.getUnit(), form.getDescription());
		this.indicators.flush();
	}

	/** Adds a national figure; false if the year already has one. */
	@Transactional
	boolean addNationalFigure(long indicatorId, FigureForm form) {
		catalogueIndicator(indicatorId);
		return this.indicators.addNationalFigure(indicatorId, form.getYear(), form.getValue(), form.getSource()) == 1;
	}

	@Transactional
	void removeNationalFigure(long indicatorId, int year) {
		catalogueIndicator(indicatorId);
		this.indicators.removeNationalFigure(indicatorId, year);
	}

	/** An indicator of the trajectory's own, beside the catalogue. */
	@Transactional
	void addOwn(long trajectoryId, IndicatorForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		this.indicators
			.saveAndFlush(new Indicator(form.getName(), form.getUnit(), form.getDescription(), trajectoryId));
	}

}
