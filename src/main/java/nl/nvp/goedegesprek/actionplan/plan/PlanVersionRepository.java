package nl.nvp.goedegesprek.actionplan.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

	List<PlanVersion> findByTrajectoryIdOrderByNumberDesc(long trajectoryId);

	Optional<PlanVersion> findByIdAndTrajectoryId(long id, long trajectoryId);

	@Query("select max(v.number) from PlanVersion v where v.trajectoryId = ?1")
	Integer findLastNumber(long trajectoryId);

	@Query("select v from PlanVersion v where v.trajectoryId = ?1 and v.number = ?2")
	Optional<PlanVersion> findByNumber(long trajectoryId, int number);

	/**
	 * The number of the latest version before this number that was adopted (now or
	 * before) or that the policymakers reviewed: a comment or a verdict on it.
	 */
	@Query(value = """
			select max(v.number) from plan_version v
			where v.trajectory_id = ?1 and v.number < ?2
			  and (v.adopted_at is not null
			    or exists (select 1 from plan_verdict d where d.version_id = v.id)
			    or exists (select 1 from plan_comment c where c.version_id = v.id))
			""", nativeQuery = true)
	Integer findLastReviewedNumber(long trajectoryId, int number);

	@Query("select v from PlanVersion v where v.trajectoryId = ?1 and v.status = nl.nvp.goedegesprek.actionplan.plan.VersionStatus.ADOPTED")
	Optional<PlanVersion> findAdopted(long trajectoryId);

	interface VerdictRow {

		long getAccountId();

		String getVerdict();

		String getNote();

		Instant getGivenAt();

	}

	@Query(value = "select account_id as accountId, verdict, note, given_at as givenAt from plan_verdict where version_id = ?1 order by given_at",
			nativeQuery = true)
	List<VerdictRow> findVerdicts(long versionId);

	@Modifying
	@Query(value = """
			insert into plan_verdict (version_id, account_id, verdict, note, given_at) values (?1, ?2, ?3, ?4, ?5)
			on conflict (version_id, account_id) do update set verdict = excluded.verdict, note = excluded.note, given_at = excluded.given_at
			""",
			nativeQuery = true)
	void giveVerdict(long versionId, long accountId, String verdict, String note, Instant at);

	/**
	 * The versions with the policymakers now, of these trajectories: trajectory id,
	 * version id, number, how many gave their verdict, and whether this account did.
	 */
	@Query(value = """
			select v.trajectory_id, v.id, v.number, count(pv.account_id),
			       coalesce(bool_or(pv.account_id = ?2), false)
			from plan_version v left join plan_verdict pv on pv.version_id = v.id
			where v.trajectory_id in (?1) and v.status = 'IN_REVIEW'
			group by v.trajectory_id, v.id, v.number""", nativeQuery = true)
	List<Object[]> findInReview(java.util.Collection<Long> trajectoryIds, long accountId);

}
