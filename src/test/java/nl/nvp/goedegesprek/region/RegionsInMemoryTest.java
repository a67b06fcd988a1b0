package nl.nvp.goedegesprek.region;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regions are read from the table once and then answered from memory (decision 33): a
 * page that shows region names or a region filter costs no query for them. A rename is
 * seen at once, a change made elsewhere (another instance) within a minute.
 */
@IntegrationTest
class RegionsInMemoryTest {

	/** The region that RegionForms renames too; no other test reads its name. */
	private static final String CODE = "JZ37";

	@Autowired
	private Regions regions;

	@Autowired
	private RegionRepository repository;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void realTime() {
		this.regions.useTicker(System::nanoTime);
		this.regions.forget();
	}

	@Test
	void regionsAreReadOnceForEveryLookUp() {
		SqlStatements sql = new SqlStatements(this.entityManagerFactory);
		this.regions.forget();
		assertThat(sql.count(() -> this.regions.all())).isEqualTo(1);
		assertThat(sql.count(() -> {
			this.regions.all();
			this.regions.current();
			this.regions.namesByCode();
			this.regions.find(CODE);
			this.regions.isCurrent(CODE);
			return this.regions.exists(CODE);
		})).isZero();
		assertThat(this.regions.all()).hasSize((int) this.repository.count());
		assertThat(this.regions.find(CODE)).isPresent();
		assertThat(this.regions.find("JZ99")).isEmpty();
		assertThat(this.regions.exists("JZ99")).isFalse();
	}

	@Test
	void aRenameHereIsSeenAtOnce() {
		String before = this.regions.find(CODE).orElseThrow().name();
		try {
			RegionForm form = this.regions.editForm(CODE).orElseThrow();
			form.setName(before + " (in memory)");
			this.regions.rename(CODE, form);
			assertThat(this.regions.find(CODE).orElseThrow().name()).isEqualTo(before + " (in memory)");
			assertThat(this.regions.namesByCode()).containsEntry(CODE, before + " (in memory)");
		}
		finally {
			this.jdbc.update("update region set name = ? where code = ?", before, CODE);
		}
	}

	@Test
	void aChangeMadeElsewhereIsSeenWithinAMinute() {
		long[] now = { 0 };
		this.regions.useTicker(() -> now[0]);
		this.regions.forget();
		String before = this.regions.find(CODE).orElseThrow().name();
		try {
			// As another instance would: straight into the table.
			this.jdbc.update("update region set name = ? where code = ?", before + " (elsewhere)", CODE);
			now[0] += Regions.REREAD_AFTER.toNanos() - 1;
			assertThat(this.regions.find(CODE).orElseThrow().name()).isEqualTo(before);
			now[0] += 2;
			assertThat(this.regions.find(CODE).orElseThrow().name()).isEqualTo(before + " (elsewhere)");
		}
		finally {
			this.jdbc.update("update region set name = ? where code = ?", before, CODE);
		}
	}

}
