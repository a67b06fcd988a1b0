package nl.nvp.goedegesprek.harvest.priority;

import java.util.List;

import nl.nvp.goedegesprek.harvest.item.HarvestItem;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The dots given to ideas: by participants through their link (one row per dot) and on
 * paper (counted by a coordinator). Online dots count only while their registration has a
 * place: a cancelled registration's dots stay stored but no longer count, so cancelling
 * and registering again never gives a second vote.
 */
interface DotRepository extends Repository<HarvestItem, Long> {

	interface IdeaCount {

		long getIdeaId();

		long getCount();

	}

	@Query(value = """
			select v.harvest_item_id as ideaId, count(*) as count from idea_vote v
			join harvest_item h on h.id = v.harvest_item_id
			join registration r on r.id = v.registration_id and r.status = 'CONFIRMED'
			join meeting m on m.id = r.meeting_id and not m.cancelled
			where h.trajectory_id = ?1 group by v.harvest_item_id
			""", nativeQuery = true)
	List<IdeaCount> countOnlineDots(long trajectoryId);

	@Query(value = """
			select d.harvest_item_id as ideaId, d.dots as count from idea_paper_dots d
			join harvest_item h on h.id = d.harvest_item_id where h.trajectory_id = ?1
			""", nativeQuery = true)
	List<IdeaCount> findPaperDots(long trajectoryId);

	@Query(value = "select harvest_item_id from idea_vote where registration_id = ?1", nativeQuery = true)
	List<Long> findDotsOf(long registrationId);

	@Modifying
	@Query(value = "delete from idea_vote where registration_id = ?1", nativeQuery = true)
	void clearDotsOf(long registrationId);

	@Modifying
	@Query(value = "insert into idea_vote (harvest_item_id, registration_id) values (?1, ?2)", nativeQuery = true)
	void giveDot(long ideaId, long registrationId);

	@Modifying
	@Query(value = """
			insert into idea_paper_dots (harvest_item_id, dots) values (?1, ?2)
			on conflict (harvest_item_id) do update set dots = excluded.dots
			""", nativeQuery = true)
	void setPaperDots(long ideaId, int dots);

}
