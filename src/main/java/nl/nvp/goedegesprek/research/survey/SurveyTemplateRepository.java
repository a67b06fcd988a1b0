package nl.nvp.goedegesprek.research.survey;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SurveyTemplateRepository extends JpaRepository<SurveyTemplate, Long> {

	record Listed(long id, String name, String description, long questions) {
	}

	@Query("""
			select new nl.nvp.goedegesprek.research.survey.SurveyTemplateRepository$Listed(t.id, t.name, t.description, count(q))
			from SurveyTemplate t left join t.questions q
			group by t.id, t.name, t.description
			order by lower(t.name)
			""")
	List<Listed> findListed();

	@Query("select distinct t from SurveyTemplate t left join fetch t.questions where t.id = :id")
	Optional<SurveyTemplate> findWithQuestions(long id);

	/**
	 * Locks the template's row while its questions change: two changes at once take
	 * turns, and the second sees what the first did (decision 28).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from SurveyTemplate t where t.id = :id")
	Optional<SurveyTemplate> lockById(long id);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

}
