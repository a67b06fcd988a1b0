package nl.nvp.goedegesprek.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.springframework.util.function.ThrowingSupplier;

/**
 * Counts the SQL statements Hibernate prepares while something runs (statistics are on in
 * the test profile), to prove that a page's cost does not grow with the data.
 */
public final class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	public long count(ThrowingSupplier<?> action) {
		long before = this.statistics.getPrepareStatementCount();
		action.get();
		return this.statistics.getPrepareStatementCount() - before;
	}

}
