package nl.nvp.goedegesprek.actionplan.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCommentRepository extends JpaRepository<PlanComment, Long> {

	List<PlanComment> findByVersionIdOrderByCreatedAtAscIdAsc(long versionId);

}
