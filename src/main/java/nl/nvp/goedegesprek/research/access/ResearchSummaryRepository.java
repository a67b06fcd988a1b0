package nl.nvp.goedegesprek.research.access;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResearchSummaryRepository extends JpaRepository<ResearchSummary, Long> {

}
