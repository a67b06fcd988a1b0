package nl.nvp.goedegesprek.actionplan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HarvestRepository extends JpaRepository<HarvestItem, Long> {

	List<HarvestItem> findByTrajectoryIdOrderByIdAsc(long trajectoryId);

	List<HarvestItem> findByTrajectoryIdAndMeetingIdOrderByIdAsc(long trajectoryId, long meetingId);

	List<HarvestItem> findByTrajectoryIdAndKindOrderByIdAsc(long trajectoryId, HarvestKind kind);

	List<HarvestItem> findByIdIn(Collection<Long> ids);

	@org.springframework.data.jpa.repository.Query(
			value = "select exists (select 1 from action_idea where harvest_item_id = ?1)", nativeQuery = true)
	boolean isUsedByAnAction(long itemId);

}
