package nl.nvp.goedegesprek.actionplan.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCommentRepository extends JpaRepository<PlanComment, Long> {

	List<PlanComment> findByVersionIdOrderByCreatedAtAscIdAsc(long versionId);

	/** Whether this person already wrote this comment (actionId null: on the plan). */
	boolean existsByVersionIdAndActionIdAndReplyToIsNullAndAuthorIdAndText(long versionId, Long actionId, long authorId,
			String text);

	/** Whether this person already gave this answer. */
	boolean existsByVersionIdAndReplyToAndAuthorIdAndText(long versionId, long replyTo, long authorId, String text);

}
