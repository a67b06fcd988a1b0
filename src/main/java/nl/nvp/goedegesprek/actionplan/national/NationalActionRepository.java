package nl.nvp.goedegesprek.actionplan.national;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface NationalActionRepository extends JpaRepository<NationalAction, Long> {

	@Query("select n from NationalAction n order by lower(n.title)")
	List<NationalAction> findAllByTitle();

	@Query(value = "select exists (select 1 from national_action where lower(trim(title)) = lower(trim(?1)))",
			nativeQuery = true)
	boolean existsWithTitle(String title);

	/** The national action, locked: its progress is reported one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from NationalAction n where n.id = ?1")
	Optional<NationalAction> lock(long id);

	@Query("select distinct n from NationalAction n left join fetch n.progress where n.id = ?1")
	Optional<NationalAction> findWithProgress(long id);

}
