package nl.nvp.goedegesprek.actionplan.action;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ActionRepository extends JpaRepository<ImprovementAction, Long> {

	@Query("select a from ImprovementAction a where a.trajectoryId = ?1 order by a.deadline nulls last, a.id")
	List<ImprovementAction> findByTrajectory(long trajectoryId);

	/**
	 * The ids of a trajectory's actions that are late today: past their deadline and not
	 * finished ({@link ImprovementAction#isOverdue}), in one query.
	 */
	default Set<Long> findLateIds(long trajectoryId, LocalDate today) {
		return findLateIds(trajectoryId, today,
				Arrays.stream(ActionStatus.values()).filter(ActionStatus::isClosed).toList());
	}

	@Query("select a.id from ImprovementAction a where a.trajectoryId = ?1 and a.deadline < ?2 and a.status not in ?3")
	Set<Long> findLateIds(long trajectoryId, LocalDate today, Collection<ActionStatus> closed);

	@Query("select distinct a from ImprovementAction a left join fetch a.progress where a.id = ?1 and a.trajectoryId = ?2")
	Optional<ImprovementAction> findInTrajectory(long actionId, long trajectoryId);

	@Query("select distinct a from ImprovementAction a left join fetch a.progress where a.ownerLinkHash = ?1")
	Optional<ImprovementAction> findByOwnerLinkHash(String ownerLinkHash);

	/**
	 * The action, locked until the transaction ends: reports, links and mails for one
	 * action are decided one at a time, so a double submit is seen as one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ImprovementAction a where a.id = ?1")
	Optional<ImprovementAction> lock(long actionId);

	/** The action with this owner link, locked like {@link #lock(long)}. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ImprovementAction a where a.ownerLinkHash = ?1")
	Optional<ImprovementAction> lockByOwnerLinkHash(String ownerLinkHash);

	/**
	 * Actions with a contact address whose deadline is near (from today up to the given
	 * day) or past, not finished, and not yet reminded of that: locked, skipping rows
	 * another run holds.
	 */
	@Query(value = """
			select * from improvement_action
			where contact_email is not null and deadline is not null and status in ('AGREED', 'IN_PROGRESS')
			  and ((reminded_before_at is null and deadline between ?1 and ?2)
			    or (reminded_overdue_at is null and deadline < ?1))
			order by id
			for update skip locked
			""", nativeQuery = true)
	List<ImprovementAction> findDueForReminder(LocalDate today, LocalDate until);

	interface StatusChange {

		long getActionId();

		String getStatus();

		LocalDate getChangedOn();

	}

	@Query(value = "select c.action_id as actionId, c.status as status, c.changed_on as changedOn from action_status_change c join improvement_action a on a.id = c.action_id where a.trajectory_id = ?1 order by c.changed_on, c.id",
			nativeQuery = true)
	List<StatusChange> findStatusChanges(long trajectoryId);

	@Modifying
	@Query(value = "insert into action_status_change (action_id, status, changed_on) values (?1, ?2, ?3)",
			nativeQuery = true)
	void recordStatus(long actionId, String status, LocalDate on);

	/**
	 * Whether the trajectory has an action with this title (in any case) on this topic.
	 */
	@Query(value = """
			select exists (select 1 from improvement_action
			where trajectory_id = ?1 and topic_id = ?2 and lower(trim(title)) = lower(trim(?3)))
			""", nativeQuery = true)
	boolean existsWithTitle(long trajectoryId, long topicId, String title);

	@Query(value = "select distinct topic_id from improvement_action where trajectory_id = ?1", nativeQuery = true)
	List<Long> findTopicIds(long trajectoryId);

	@Query(value = "select exists (select 1 from action_idea where harvest_item_id = ?1)", nativeQuery = true)
	boolean isIdeaUsed(long ideaId);

	/** Every action handed to the NVP, in all regions, with its trajectory. */
	@Query("select a from ImprovementAction a where a.scope = nl.nvp.goedegesprek.actionplan.action.ActionScope.NATIONAL order by a.nationalActionId nulls first, a.title")
	List<ImprovementAction> findNational();

	interface LastProgress {

		long getActionId();

		LocalDate getReportedOn();

	}

	@Query(value = "select action_id as actionId, max(reported_on) as reportedOn from action_progress p join improvement_action a on a.id = p.action_id where a.trajectory_id = ?1 group by action_id",
			nativeQuery = true)
	List<LastProgress> findLastProgress(long trajectoryId);

	/**
	 * The actions of these trajectories by trajectory and status: trajectory id, status,
	 * how many are past their deadline, how many are due between the two days, how many
	 * in all.
	 */
	@Query("""
			select a.trajectoryId, a.status, sum(case when a.deadline < ?2 then 1 else 0 end),
			sum(case when a.deadline between ?2 and ?3 then 1 else 0 end), count(a)
			from ImprovementAction a where a.trajectoryId in ?1 group by a.trajectoryId, a.status""")
	List<Object[]> countByDeadline(java.util.Collection<Long> trajectoryIds, java.time.LocalDate today,
			java.time.LocalDate soon);

	/**
	 * {@link #countByDeadline}, the trajectories' ids as one parameter
	 * ({@link nl.nvp.goedegesprek.shared.IdArray}); the status as its name.
	 */
	@Query(value = """
			select a.trajectory_id, a.status, sum(case when a.deadline < ?2 then 1 else 0 end),
			sum(case when a.deadline between ?2 and ?3 then 1 else 0 end), count(a.id)
			from improvement_action a where a.trajectory_id = any(cast(?1 as bigint[])) group by a.trajectory_id, a.status""",
			nativeQuery = true)
	List<Object[]> countByDeadlineIn(String trajectoryIdArray, java.time.LocalDate today, java.time.LocalDate soon);

	/**
	 * The actions of these trajectories, by deadline, with the national action each feeds
	 * (if any), for their region's page.
	 */
	@Query("""
			select new nl.nvp.goedegesprek.actionplan.action.ActionRepository$ActionLine(
			a.trajectoryId, a.id, a.title, a.status, a.deadline, a.scope, n.title)
			from ImprovementAction a left join NationalAction n on n.id = a.nationalActionId
			where a.trajectoryId in ?1 order by a.deadline nulls last, a.id""")
	List<ActionLine> findLines(Collection<Long> trajectoryIds);

	/**
	 * The actions of these trajectories counted per trajectory, topic and the national
	 * action they feed: trajectory id, topic id, national action id and title (or
	 * {@code null}), how many.
	 */
	@Query("""
			select a.trajectoryId, a.topicId, n.id, n.title, count(a)
			from ImprovementAction a left join NationalAction n on n.id = a.nationalActionId
			where a.trajectoryId in ?1 group by a.trajectoryId, a.topicId, n.id, n.title""")
	List<Object[]> countByTopic(Collection<Long> trajectoryIds);

	record ActionLine(long trajectoryId, long id, String title, ActionStatus status, LocalDate deadline,
			ActionScope scope, String nationalAction) {
	}

	/**
	 * The actions of these trajectories agreed and done per year, from their status
	 * history: agreed in the year an action first became agreed, in progress or done;
	 * done in the year it last became done, if it is done now.
	 */
	@Query(value = """
			select trajectory_id as trajectoryId, year, sum(agreed) as agreed, sum(done) as done from (
			  select a.trajectory_id, cast(extract(year from min(c.changed_on)) as integer) as year,
			         1 as agreed, 0 as done
			  from improvement_action a join action_status_change c on c.action_id = a.id
			  where a.trajectory_id in (?1) and c.status in ('AGREED', 'IN_PROGRESS', 'DONE')
			  group by a.id, a.trajectory_id
			  union all
			  select a.trajectory_id, cast(extract(year from max(c.changed_on)) as integer), 0, 1
			  from improvement_action a join action_status_change c on c.action_id = a.id
			  where a.trajectory_id in (?1) and a.status = 'DONE' and c.status = 'DONE'
			  group by a.id, a.trajectory_id
			) per_action
			group by trajectory_id, year""", nativeQuery = true)
	List<PerYear> countPerYear(Collection<Long> trajectoryIds);

	interface PerYear {

		long getTrajectoryId();

		int getYear();

		long getAgreed();

		long getDone();

	}

}
