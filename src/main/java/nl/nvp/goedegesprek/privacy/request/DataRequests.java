package nl.nvp.goedegesprek.privacy.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.privacy.PersonalDataAccess;
import nl.nvp.goedegesprek.privacy.PersonalDataHolder;
import nl.nvp.goedegesprek.privacy.PersonalRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's request to see, take along or erase their data (AVG articles 15, 20 and 17),
 * handled by a national coordinator (the web layer lets only them in). The account module
 * answers through its API, every other module that keeps personal data through
 * {@link PersonalDataHolder}. Every step lands in the access log with the request's
 * reference and a count, never the address or the data.
 */
@Service
class DataRequests {

	static final String SUBJECT_TYPE = "DATA_REQUEST";

	private final List<PersonalDataHolder> holders;

	private final Accounts accounts;

	private final PersonalDataAccess log;

	private final RequestReference references;

	private final JdbcClient jdbc;

	private final TransactionTemplate reading;

	private final Clock clock;

	DataRequests(List<PersonalDataHolder> holders, Accounts accounts, PersonalDataAccess log,
			RequestReference references, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.holders = holders;
		this.accounts = accounts;
		this.log = log;
		this.references = references;
		this.jdbc = jdbc;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	/** Everything found about a person, grouped by kind in a fixed order. */
	record Found(DataSubject subject, String reference, Instant at, Map<String, List<PersonalRecord>> byKind) {

		public int count() {
			return this.byKind.values().stream().mapToInt(List::size).sum();
		}

		public boolean isEmpty() {
			return this.byKind.isEmpty();
		}

		/** When it was gathered, as people read it. */
		public String atShown(Locale locale) {
			return new PersonalRecord.Field("at", this.at, null).shown(locale);
		}

	}

	/** What an erasure did. */
	record Erasure(int erased, boolean ownAccountKept) {
	}

	/** Shows what is kept about the person; recorded as viewed. */
	Found view(DataSubject subject, AccountPrincipal user) {
		return logged(gather(subject), user, PersonalDataAccess.Action.VIEW);
	}

	/** For the machine-readable export; recorded as exported. */
	Found export(DataSubject subject, AccountPrincipal user) {
		return logged(gather(subject), user, PersonalDataAccess.Action.EXPORT);
	}

	/** For the readable PDF; recorded as printed. */
	Found print(DataSubject subject, AccountPrincipal user) {
		return logged(gather(subject), user, PersonalDataAccess.Action.PRINT);
	}

	/**
	 * What would be erased, to confirm (counts only); recorded as viewed, because it
	 * tells the reader whether and how much is kept about the address.
	 */
	Found preview(DataSubject subject, AccountPrincipal user) {
		return logged(gather(subject), user, PersonalDataAccess.Action.VIEW);
	}

	/**
	 * Erases the person's data in every module, in one transaction, and records it, also
	 * when nothing was found (the log says that someone asked, and that nothing was
	 * left). Requests for one address wait for each other, so a second click finds
	 * nothing left and records an erasure of 0. The account of the person erasing is kept
	 * (another national coordinator can erase it).
	 */
	@Transactional
	Erasure erase(DataSubject subject, AccountPrincipal user) {
		long reference = this.references.of(subject);
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", reference).query().listOfRows();
		int erased = 0;
		boolean ownAccountKept = false;
		var account = this.accounts.personalData(subject.email());
		if (account.isPresent()) {
			if (account.get().id() == user.id()) {
				ownAccountKept = true;
			}
			else if (this.accounts.forget(account.get().id())) {
				erased++;
			}
		}
		for (PersonalDataHolder holder : this.holders) {
			erased += holder.erase(subject);
		}
		this.log.record(user.id(), PersonalDataAccess.Action.ERASE, SUBJECT_TYPE, reference, erased);
		return new Erasure(erased, ownAccountKept);
	}

	private Found gather(DataSubject subject) {
		List<PersonalRecord> records = this.reading.execute((status) -> {
			List<PersonalRecord> all = new ArrayList<>();
			this.accounts.personalData(subject.email())
				.ifPresent((account) -> all.add(PersonalRecord.of("account")
					.field("name", account.displayName())
					.field("email", account.email())
					.coded("role", account.role(), "Role")
					.field("regions", String.join(", ", new TreeSet<>(account.regionCodes())))
					.flag("active", account.active())
					.field("createdAt", account.createdAt())
					.build()));
			this.holders.forEach((holder) -> all.addAll(holder.find(subject)));
			return all;
		});
		Map<String, List<PersonalRecord>> byKind = new LinkedHashMap<>();
		records.forEach((record) -> byKind.computeIfAbsent(record.kind(), (kind) -> new ArrayList<>()).add(record));
		return new Found(subject, shown(this.references.of(subject)), this.clock.instant(), byKind);
	}

	/**
	 * Records the step; the same step sent again at once (a double click, two tabs) is
	 * one entry: the same person got the same records (decision 28).
	 */
	private Found logged(Found found, AccountPrincipal user, PersonalDataAccess.Action action) {
		this.log.recordOnce(user.id(), action, SUBJECT_TYPE, this.references.of(found.subject()), found.count());
		return found;
	}

	/** The reference as people see it: the first eight hex digits. */
	static String shown(long reference) {
		return String.format("%016X", reference).substring(0, 8);
	}

}
