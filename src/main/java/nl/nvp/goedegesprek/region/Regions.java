package nl.nvp.goedegesprek.region;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The region module's API: look up regions and, for national coordinators, correct their
 * names.
 * <p>
 * The 42 regions are reference data that many pages show (filters, names in lists): they
 * are read from the table at most once a minute and kept in memory, not queried on every
 * page. A rename here is seen at once; one made on another instance within a minute
 * (regions are renamed a few times a year, decision 33).
 */
@Service
@Transactional(readOnly = true)
public class Regions {

	/**
	 * What a region code looks like (the table checks the same); anything else is not
	 * looked up (PostgreSQL refuses text with a NUL character, say).
	 */
	private static final Pattern CODE = Pattern.compile("JZ[0-9]{2}");

	/** How long the regions in memory are trusted before they are read again. */
	static final Duration REREAD_AFTER = Duration.ofMinutes(1);

	private final RegionRepository repository;

	private final Clock clock;

	/** The regions as last read, or null when they must be read again. */
	private volatile Catalogue catalogue;

	/** Nanoseconds, for the age of what is in memory. */
	private volatile LongSupplier ticker = System::nanoTime;

	Regions(RegionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** All regions, current and former, sorted by name. */
	public List<RegionSummary> all() {
		return catalogue().sorted().stream().map(Entry::summary).toList();
	}

	/** Regions valid today, sorted by name: the ones to choose from for new work. */
	public List<RegionSummary> current() {
		LocalDate today = LocalDate.now(this.clock);
		return catalogue().sorted().stream().filter((region) -> region.isValidOn(today)).map(Entry::summary).toList();
	}

	public Map<String, String> namesByCode() {
		Map<String, String> names = new LinkedHashMap<>();
		catalogue().byCode().forEach((code, region) -> names.put(code, region.name()));
		return names;
	}

	/**
	 * Whether the region exists and is valid today: new work is planned only in current
	 * regions.
	 */
	public boolean isCurrent(String code) {
		LocalDate today = LocalDate.now(this.clock);
		return plausible(code) && lookUp(code).filter((region) -> region.isValidOn(today)).isPresent();
	}

	public boolean exists(String code) {
		return plausible(code) && lookUp(code).isPresent();
	}

	public Optional<RegionSummary> find(String code) {
		return plausible(code) ? lookUp(code).map(Entry::summary) : Optional.empty();
	}

	private Optional<Entry> lookUp(String code) {
		return Optional.ofNullable(catalogue().byCode().get(code));
	}

	/** The regions in memory, read again when they are older than a minute. */
	private Catalogue catalogue() {
		Catalogue current = this.catalogue;
		long now = this.ticker.getAsLong();
		if (current == null || current.readAt() + REREAD_AFTER.toNanos() - now < 0) {
			current = Catalogue.of(this.repository.findAllByOrderByNameAsc(), now);
			this.catalogue = current;
		}
		return current;
	}

	/** Forgets the regions in memory, so that the next look-up reads them again. */
	void forget() {
		this.catalogue = null;
	}

	/** For tests: the clock that ages the regions in memory. */
	void useTicker(LongSupplier ticker) {
		this.ticker = ticker;
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
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Again once the new name is committed: a page in between may have read the
			// old.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
				}
			});
		}
	}

	/** A region as kept in memory. */
	private record Entry(String code, String name, LocalDate validFrom, LocalDate validUntil) {

		boolean isValidOn(LocalDate date) {
			return Region.isValidOn(date, this.validFrom, this.validUntil);
		}

		RegionSummary summary() {
			return new RegionSummary(this.code, this.name);
		}

	}

	/**
	 * The regions as read at one moment: sorted by name (in the database's collation),
	 * and by code.
	 */
	private record Catalogue(List<Entry> sorted, Map<String, Entry> byCode, long readAt) {

		static Catalogue of(List<Region> regions, long readAt) {
			List<Entry> sorted = regions.stream()
				.map((region) -> new Entry(region.getCode(), region.getName(), region.getValidFrom(),
						region.getValidUntil()))
				.toList();
			Map<String, Entry> byCode = new LinkedHashMap<>();
			sorted.forEach((entry) -> byCode.put(entry.code(), entry));
			return new Catalogue(sorted, Map.copyOf(byCode), readAt);
		}

	}

	record RegionView(String code, String name, String formerName, LocalDate validFrom, LocalDate validUntil,
			boolean current, RegionActivity.TrajectoryPresence presence) {
	}

}
