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

	interface IdeaCount {

		long getIdeaId();

		long getCount();

	}

	@org.springframework.data.jpa.repository.Query(value = """
			select v.harvest_item_id as ideaId, count(*) as count from idea_vote v
			join harvest_item h on h.id = v.harvest_item_id where h.trajectory_id = ?1 group by v.harvest_item_id
			""", nativeQuery = true)
	List<IdeaCount> countVotes(long trajectoryId);

	@org.springframework.data.jpa.repository.Query(value = """
			select d.harvest_item_id as ideaId, d.dots as count from idea_paper_dots d
			join harvest_item h on h.id = d.harvest_item_id where h.trajectory_id = ?1
			""", nativeQuery = true)
	List<IdeaCount> findPaperDots(long trajectoryId);

	@org.springframework.data.jpa.repository.Query(
			value = "select harvest_item_id from idea_vote where registration_id = ?1", nativeQuery = true)
	List<Long> findVotesOf(long registrationId);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query(value = "delete from idea_vote where registration_id = ?1",
			nativeQuery = true)
	void clearVotesOf(long registrationId);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query(
			value = "insert into idea_vote (harvest_item_id, registration_id) values (?1, ?2)", nativeQuery = true)
	void vote(long ideaId, long registrationId);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query(value = """
			insert into idea_paper_dots (harvest_item_id, dots) values (?1, ?2)
			on conflict (harvest_item_id) do update set dots = excluded.dots
			""", nativeQuery = true)
	void setPaperDots(long ideaId, int dots);

}
