package nl.nvp.goedegesprek.actionplan.national;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NationalActionRepository extends JpaRepository<NationalAction, Long> {

	@Query("select n from NationalAction n order by lower(n.title)")
	List<NationalAction> findAllByTitle();

	@Query("select distinct n from NationalAction n left join fetch n.progress where n.id = ?1")
	Optional<NationalAction> findWithProgress(long id);

}
