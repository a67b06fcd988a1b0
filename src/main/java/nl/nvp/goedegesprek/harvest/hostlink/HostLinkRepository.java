package nl.nvp.goedegesprek.harvest.hostlink;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HostLinkRepository extends JpaRepository<HostLink, Long> {

	Optional<HostLink> findByTokenHash(String tokenHash);

	/** A trajectory's links, newest first. */
	List<HostLink> findByTrajectoryIdOrderByCreatedAtDescIdDesc(long trajectoryId);

	Optional<HostLink> findByIdAndTrajectoryId(long id, long trajectoryId);

}
