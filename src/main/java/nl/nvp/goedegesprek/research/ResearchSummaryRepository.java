package nl.nvp.goedegesprek.research;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchSummaryRepository extends JpaRepository<ResearchSummary, Long> {

}
