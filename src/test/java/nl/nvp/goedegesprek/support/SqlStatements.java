package nl.nvp.goedegesprek.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
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

	/**
	 * The statements one page costs, asked for by this person, with MockMvc. The counter
	 * is global, so the page is asked for twice and the lower count taken: a mail sent on
	 * another thread at that moment must not be counted (a page that grows with the data
	 * costs more both times).
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
		long before = this.statistics.getPrepareStatementCount();
		action.get();
		return this.statistics.getPrepareStatementCount() - before;
	}

}
