package nl.nvp.goedegesprek.harvest.item;

import java.util.Collection;
import java.util.List;

import nl.nvp.goedegesprek.shared.TransactionLocks;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HarvestItemRepository extends JpaRepository<HarvestItem, Long> {

	List<HarvestItem> findByTrajectoryIdOrderByIdAsc(long trajectoryId);

	List<HarvestItem> findByTrajectoryIdAndMeetingIdOrderByIdAsc(long trajectoryId, long meetingId);

	List<HarvestItem> findByTrajectoryIdAndKindOrderByIdAsc(long trajectoryId, HarvestKind kind);

	List<HarvestItem> findByIdIn(Collection<Long> ids);

	List<HarvestItem> findByTrajectoryIdAndTopicIdAndKind(long trajectoryId, long topicId, HarvestKind kind);

	/**
	 * Saves a new line unless the same source already entered the same line (a form sent
	 * twice, from two tabs or as a retry): one line at a time per trajectory (an advisory
	 * lock), so that two at once see each other (decision 28). False when it was there.
	 */
	default boolean addOnce(HarvestItem item, Long coordinatorId, TransactionLocks locks) {
		locks.lock("harvest-line", item.getTrajectoryId());
		if (findByTrajectoryIdAndTopicIdAndKind(item.getTrajectoryId(), item.getTopicId(), item.getKind()).stream()
			.anyMatch((earlier) -> earlier.repeats(item, coordinatorId))) {
			return false;
		}
		save(item);
		return true;
	}

}
