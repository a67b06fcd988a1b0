package nl.nvp.goedegesprek.research.survey;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

	/** The survey with its questions (links are loaded in one more statement). */
	@Query("select distinct s from Survey s left join fetch s.questions where s.trajectoryId = :trajectoryId")
	Optional<Survey> findByTrajectory(long trajectoryId);

	/**
	 * The survey, locked against answers while its questions change (answering takes a
	 * shared lock, see {@link #lockForAnswering}).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Survey s where s.trajectoryId = :trajectoryId")
	Optional<Survey> lockByTrajectory(long trajectoryId);

	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select s from Survey s where s.id = :id")
	Optional<Survey> lockForAnswering(long id);

	interface LinkRow {

		long getSurveyId();

		String getAudience();

	}

	@Query(value = "select survey_id as surveyId, audience from survey_link where token = :token", nativeQuery = true)
	Optional<LinkRow> findLink(String token);

	/**
	 * The audience of a link that was replaced, found by the hash of its token: such a
	 * link answers "no longer works" rather than "not found".
	 */
	@Query(value = "select audience from survey_link_ended where token_hash = :tokenHash", nativeQuery = true)
	Optional<String> findEndedLink(String tokenHash);

	@Query(value = "select token from survey_link where survey_id = :surveyId and audience = :audience",
			nativeQuery = true)
	String findToken(long surveyId, String audience);

	interface AudienceCount {

		String getAudience();

		long getCount();

	}

	@Query(value = "select audience, count(*) as count from survey_response where survey_id = :surveyId group by audience",
			nativeQuery = true)
	List<AudienceCount> countResponses(long surveyId);

	/**
	 * The surveys of these trajectories that were opened and have not been closed by
	 * hand.
	 */
	@Query("select distinct s from Survey s left join fetch s.links where s.trajectoryId in ?1 and s.status = nl.nvp.goedegesprek.research.survey.SurveyStatus.OPEN")
	List<Survey> findOpened(java.util.Collection<Long> trajectoryIds);

	/** Answers so far per survey and audience: survey id, audience, count. */
	@Query("select r.surveyId, r.audience, count(r) from nl.nvp.goedegesprek.research.response.SurveyResponse r where r.surveyId in ?1 group by r.surveyId, r.audience")
	List<Object[]> countResponses(java.util.Collection<Long> surveyIds);

	/**
	 * {@link #countResponses(java.util.Collection)}, the surveys' ids as one parameter
	 * ({@link nl.nvp.goedegesprek.shared.IdArray}); the audience as its name.
	 */
	@Query(value = """
			select r.survey_id, r.audience, count(*) from survey_response r
			where r.survey_id = any(cast(?1 as bigint[])) group by r.survey_id, r.audience""", nativeQuery = true)
	List<Object[]> countResponsesIn(String surveyIdArray);

}
