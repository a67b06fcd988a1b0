package nl.nvp.goedegesprek.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.util.function.ThrowingSupplier;

/**
 * Counts the SQL statements Hibernate prepares while something runs on this thread (a
 * MockMvc request runs on the test's thread), to prove that a page's cost does not grow
 * with the data. Per thread, not Hibernate's global statistics: a mail sent or a
 * scheduled job run on another thread at that moment is not counted (a full test run once
 * counted one more statement for the region list that way).
 */
public final class SqlStatements {

	/** Registered with Hibernate by the tests' configuration. */
	static final StatementInspector INSPECTOR = (sql) -> {
		Counter.PER_THREAD.get().count++;
		return sql;
	};

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		// The factory the statements go through; the inspector is registered on it.
		if (!INSPECTOR.equals(entityManagerFactory.getProperties().get(AvailableSettings.STATEMENT_INSPECTOR))) {
			throw new IllegalStateException("the statement counter is not registered with Hibernate");
		}
	}

	/**
	 * The statements one page costs, asked for by this person, with MockMvc. The page is
	 * asked for twice and the lower count taken, so that a cache the first request fills
	 * (the regions in memory, read again each minute) is not counted (a page that grows
	 * with the data costs more both times).
	 */
	public long forPage(MockMvc mvc, String path, UserDetails user) {
		return Math.min(once(mvc, path, user), once(mvc, path, user));
	}

	private long once(MockMvc mvc, String path, UserDetails user) {
		return count(() -> mvc
			.perform(MockMvcRequestBuilders.get(path).with(SecurityMockMvcRequestPostProcessors.user(user)))
			.andExpect(MockMvcResultMatchers.status().isOk())
			.andReturn());
	}

	public long count(ThrowingSupplier<?> action) {
		Counter counter = Counter.PER_THREAD.get();
		long before = counter.count;
		action.get();
		return counter.count - before;
	}

	private static final class Counter {

		static final ThreadLocal<Counter> PER_THREAD = ThreadLocal.withInitial(Counter::new);

		long count;

	}

}
