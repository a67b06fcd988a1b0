package nl.nvp.goedegesprek.research.response;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Anonymous responses, saved with their answers. What is computed from them is queried in
 * {@code research.results}.
 */
interface SurveyResponseRepository extends JpaRepository<SurveyResponse, UUID> {

}
