package nl.nvp.goedegesprek.harvest.topic;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long> {

	/** The topic, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Topic t where t.id = ?1")
	Optional<Topic> lock(long id);

	@Query("select t from Topic t where t.trajectoryId is null order by lower(t.name)")
	List<Topic> findCatalogue();

	/** The catalogue and this trajectory's own topics. */
	@Query("select t from Topic t where t.trajectoryId is null or t.trajectoryId = ?1 order by case when t.trajectoryId is null then 1 else 0 end, lower(t.name)")
	List<Topic> findAvailableTo(long trajectoryId);

	@Query(value = "select topic_id from trajectory_topic where trajectory_id = ?1", nativeQuery = true)
	List<Long> findChosenIds(long trajectoryId);

	@Query(value = "select t.* from topic t join trajectory_topic tt on tt.topic_id = t.id where tt.trajectory_id = ?1 order by lower(t.name)",
			nativeQuery = true)
	List<Topic> findChosen(long trajectoryId);

	/** The topics the trajectory has harvest on. */
	@Query(value = "select distinct topic_id from harvest_item where trajectory_id = ?1", nativeQuery = true)
	List<Long> findHarvestedIds(long trajectoryId);

	@Modifying
	@Query(value = "delete from trajectory_topic where trajectory_id = ?1 and topic_id not in (?2)", nativeQuery = true)
	void keepOnly(long trajectoryId, Collection<Long> topicIds);

	@Modifying
	@Query(value = "delete from trajectory_topic where trajectory_id = ?1", nativeQuery = true)
	void clearChoice(long trajectoryId);

	@Modifying
	@Query(value = "insert into trajectory_topic (trajectory_id, topic_id) values (?1, ?2) on conflict do nothing",
			nativeQuery = true)
	void choose(long trajectoryId, long topicId);

	@Query("select count(t) > 0 from Topic t where lower(t.name) = lower(?1) and t.trajectoryId is null and t.id <> ?2")
	boolean catalogueNameTaken(String name, long exceptId);

	@Query("select count(t) > 0 from Topic t where lower(t.name) = lower(?1) and (t.trajectoryId is null or t.trajectoryId = ?2)")
	boolean nameTakenFor(String name, long trajectoryId);

	/**
	 * The topics these trajectories chose, with how many ideas each trajectory gathered
	 * under it, by trajectory and name.
	 */
	@Query(value = """
			select tt.trajectory_id as trajectoryId, t.name as name,
			(select count(*) from harvest_item i where i.trajectory_id = tt.trajectory_id and i.topic_id = t.id and i.kind = 'IDEA') as ideas
			from trajectory_topic tt join topic t on t.id = tt.topic_id
			where tt.trajectory_id in (?1) order by tt.trajectory_id, lower(t.name)""",
			nativeQuery = true)
	List<ChosenTopic> findChosenBy(Collection<Long> trajectoryIds);

	/**
	 * The topics these trajectories chose, with whether each is in the national list and
	 * how many ideas each trajectory gathered under it.
	 */
	@Query(value = """
			select tt.trajectory_id as trajectoryId, t.id as topicId, t.name as name,
			(t.trajectory_id is null) as catalogue,
			(select count(*) from harvest_item i where i.trajectory_id = tt.trajectory_id and i.topic_id = t.id and i.kind = 'IDEA') as ideas
			from trajectory_topic tt join topic t on t.id = tt.topic_id
			where tt.trajectory_id in (?1)""",
			nativeQuery = true)
	List<TopicChoice> findChoicesBy(Collection<Long> trajectoryIds);

	interface TopicChoice {

		long getTrajectoryId();

		long getTopicId();

		String getName();

		boolean getCatalogue();

		long getIdeas();

	}

	interface ChosenTopic {

		long getTrajectoryId();

		String getName();

		long getIdeas();

	}

}
