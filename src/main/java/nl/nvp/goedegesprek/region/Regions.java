package nl.nvp.goedegesprek.region;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region module's API: look up regions and, for national coordinators, correct their
 * names.
 */
@Service
@Transactional(readOnly = true)
public class Regions {

	/**
	 * What a region code looks like (the table checks the same); anything else is not
	 * looked up (PostgreSQL refuses text with a NUL character, say).
	 */
	private static final Pattern CODE = Pattern.compile("JZ[0-9]{2}");

	private final RegionRepository repository;

	private final Clock clock;

	Regions(RegionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** All regions, current and former, sorted by name. */
	public List<RegionSummary> all() {
		return this.repository.findAllByOrderByNameAsc().stream().map(Region::toSummary).toList();
	}

	/** Regions valid today, sorted by name: the ones to choose from for new work. */
	public List<RegionSummary> current() {
		LocalDate today = LocalDate.now(this.clock);
		return this.repository.findAllByOrderByNameAsc()
			.stream()
			.filter((region) -> region.isValidOn(today))
			.map(Region::toSummary)
			.toList();
	}

	public Map<String, String> namesByCode() {
		return this.repository.findAll().stream().collect(Collectors.toMap(Region::getCode, Region::getName));
	}

	/**
	 * Whether the region exists and is valid today: new work is planned only in current
	 * regions.
	 */
	public boolean isCurrent(String code) {
		LocalDate today = LocalDate.now(this.clock);
		return plausible(code)
				&& this.repository.findById(code).filter((region) -> region.isValidOn(today)).isPresent();
	}

	public boolean exists(String code) {
		return plausible(code) && this.repository.existsById(code);
	}

	public Optional<RegionSummary> find(String code) {
		return plausible(code) ? this.repository.findById(code).map(Region::toSummary) : Optional.empty();
	}

	private static boolean plausible(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	List<RegionView> overview(Map<String, RegionActivity.TrajectoryPresence> presence) {
		LocalDate today = LocalDate.now(this.clock);
		return this.repository.findAllByOrderByNameAsc()
			.stream()
			.map((region) -> new RegionView(region.getCode(), region.getName(), region.getFormerName(),
					region.getValidFrom(), region.getValidUntil(), region.isValidOn(today),
					presence.getOrDefault(region.getCode(), RegionActivity.TrajectoryPresence.NONE)))
			.toList();
	}

	Optional<RegionForm> editForm(String code) {
		return this.repository.findById(code).map(RegionForm::of);
	}

	@Transactional
	void rename(String code, RegionForm form) {
		Region region = this.repository.findById(code).orElseThrow(NotFoundException::new);
		if (region.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Region.class, code);
		}
		region.rename(form.getName(), form.getValidFrom(), form.getValidUntil());
	}

	record RegionView(String code, String name, String formerName, LocalDate validFrom, LocalDate validUntil,
			boolean current, RegionActivity.TrajectoryPresence presence) {
	}

}
