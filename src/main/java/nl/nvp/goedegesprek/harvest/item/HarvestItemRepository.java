package nl.nvp.goedegesprek.harvest.item;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HarvestItemRepository extends JpaRepository<HarvestItem, Long> {

	List<HarvestItem> findByTrajectoryIdOrderByIdAsc(long trajectoryId);

	List<HarvestItem> findByTrajectoryIdAndMeetingIdOrderByIdAsc(long trajectoryId, long meetingId);

	List<HarvestItem> findByTrajectoryIdAndKindOrderByIdAsc(long trajectoryId, HarvestKind kind);

	List<HarvestItem> findByIdIn(Collection<Long> ids);

}
