package nl.nvp.goedegesprek.trajectory;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters and sort order of the trajectory list, as query parameters. A value that
 * does not parse is ignored rather than refused: the list simply shows everything for
 * that filter.
 */
class TrajectoryFilter {

	enum SortOrder {

		CHANGED(Sort.by(Sort.Direction.DESC, "changedAt")), TITLE(Sort.by("title")),
		STATUS(Sort.by("status").and(Sort.by("title"))), CREATED(Sort.by(Sort.Direction.DESC, "createdAt"));

		private final Sort sort;

		SortOrder(Sort sort) {
			this.sort = sort.and(Sort.by("id"));
		}

	}

	private String regio;

	private TrajectoryStatus status;

	private StepType stap;

	private SortOrder sortering = SortOrder.CHANGED;

	private int pagina = 1;

	Specification<Trajectory> toSpecification() {
		Specification<Trajectory> spec = Specification.unrestricted();
		if (this.regio != null && !this.regio.isBlank()) {
			String code = this.regio;
			spec = spec.and((root, query, cb) -> cb.equal(root.get("regionCode"), code));
		}
		if (this.status != null) {
			TrajectoryStatus wanted = this.status;
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), wanted));
		}
		if (this.stap != null) {
			StepType step = this.stap;
			spec = spec.and((root, query, cb) -> {
				Subquery<Long> active = query.subquery(Long.class);
				Root<TrajectoryStep> s = active.from(TrajectoryStep.class);
				active.select(s.get("id"))
					.where(cb.equal(s.get("trajectory"), root), cb.equal(s.get("type"), step),
							cb.equal(s.get("state"), StepState.ACTIVE));
				return cb.exists(active);
			});
		}
		return spec;
	}

	Sort sort() {
		return this.sortering.sort;
	}

	int pageIndex() {
		return Math.max(0, Math.min(this.pagina, 100_000) - 1);
	}

	public String getRegio() {
		return this.regio;
	}

	public void setRegio(String regio) {
		this.regio = regio;
	}

	public TrajectoryStatus getStatus() {
		return this.status;
	}

	public void setStatus(TrajectoryStatus status) {
		this.status = status;
	}

	public StepType getStap() {
		return this.stap;
	}

	public void setStap(StepType stap) {
		this.stap = stap;
	}

	public SortOrder getSortering() {
		return this.sortering;
	}

	public void setSortering(SortOrder sortering) {
		this.sortering = (sortering != null) ? sortering : SortOrder.CHANGED;
	}

	public int getPagina() {
		return this.pagina;
	}

	public void setPagina(int pagina) {
		this.pagina = pagina;
	}

}
