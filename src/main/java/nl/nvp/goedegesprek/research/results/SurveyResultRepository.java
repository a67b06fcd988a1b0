package nl.nvp.goedegesprek.research.results;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.nvp.goedegesprek.research.response.SurveyAnswer;
import nl.nvp.goedegesprek.research.response.SurveyResponse;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The figures computed from a survey's responses. Every result is aggregated in the
 * database, so a results page costs the same however many answers there are. Answers are
 * listed by audience in the alphabetical order of the audiences' Dutch names
 * (beleidsmakers, kinderen, ouders, pleeggezinnen, professionals), as they always were.
 */
interface SurveyResultRepository extends Repository<SurveyResponse, UUID> {

	interface Respondents {

		long getQuestionId();

		String getAudience();

		long getCount();

	}

	/** Per question and audience: how many responses answered it. */
	@Query(value = """
			select a.question_id as questionId, r.audience as audience, count(distinct r.id) as count
			from survey_answer a join survey_response r on r.id = a.response_id
			where r.survey_id = :surveyId
			group by a.question_id, r.audience
			""", nativeQuery = true)
	List<Respondents> countRespondents(long surveyId);

	interface Choices {

		long getQuestionId();

		String getAudience();

		int getChoice();

		long getCount();

	}

	/** Per question, audience and choice: how often it was chosen. */
	@Query(value = """
			select a.question_id as questionId, r.audience as audience, a.choice as choice, count(*) as count
			from survey_answer a join survey_response r on r.id = a.response_id
			where r.survey_id = :surveyId and a.choice is not null
			group by a.question_id, r.audience, a.choice
			""", nativeQuery = true)
	List<Choices> countChoices(long surveyId);

	interface Text {

		UUID getId();

		long getQuestionId();

		String getAudience();

		String getText();

		String getQuote();

	}

	/**
	 * All written answers, for the coordinators: per question and audience in
	 * alphabetical order (then by random id), never in order of arrival.
	 */
	@Query(value = """
			select a.id as id, a.question_id as questionId, r.audience as audience, a.text as text, a.quote as quote
			from survey_answer a join survey_response r on r.id = a.response_id
			where r.survey_id = :surveyId and a.text is not null
			order by a.question_id, array_position(array['POLICYMAKERS', 'CHILDREN', 'PARENTS', 'FOSTER_FAMILIES', 'PROFESSIONALS'], r.audience::text), lower(a.text), a.text, a.id
			""",
			nativeQuery = true)
	List<Text> findTexts(long surveyId);

	/** The quotes coordinators took from written answers. */
	@Query(value = """
			select a.id as id, a.question_id as questionId, r.audience as audience, a.text as text, a.quote as quote
			from survey_answer a join survey_response r on r.id = a.response_id
			where r.survey_id = :surveyId and a.quote is not null
			order by a.question_id, array_position(array['POLICYMAKERS', 'CHILDREN', 'PARENTS', 'FOSTER_FAMILIES', 'PROFESSIONALS'], r.audience::text), a.quote
			""",
			nativeQuery = true)
	List<Text> findQuotes(long surveyId);

	@Query(value = """
			select a from SurveyAnswer a join fetch a.response r
			where a.id = :answerId and r.surveyId = :surveyId
			""")
	Optional<SurveyAnswer> findAnswer(long surveyId, UUID answerId);

}
