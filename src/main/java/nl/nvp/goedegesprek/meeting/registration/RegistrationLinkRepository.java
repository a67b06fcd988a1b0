package nl.nvp.goedegesprek.meeting.registration;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationLinkRepository extends JpaRepository<RegistrationLink, Long> {

	/** Which registration and meeting a link points to, without loading them. */
	@Query("select new nl.nvp.goedegesprek.meeting.registration.RegistrationLinkRepository$Target(l.registration.id, l.registration.meeting.id) from RegistrationLink l where l.tokenHash = ?1")
	Optional<Target> findTarget(String tokenHash);

	record Target(long registrationId, long meetingId) {
	}

	@Query("select l from RegistrationLink l join fetch l.registration r join fetch r.meeting where l.tokenHash = ?1")
	Optional<RegistrationLink> findByTokenHash(String tokenHash);

	/** Ends the registration's working links. */
	@Modifying(flushAutomatically = true)
	@Query("update RegistrationLink l set l.endedAt = ?2, l.endReason = ?3 where l.registration.id = ?1 and l.endedAt is null")
	int endWorking(long registrationId, Instant now, RegistrationLink.End reason);

}
