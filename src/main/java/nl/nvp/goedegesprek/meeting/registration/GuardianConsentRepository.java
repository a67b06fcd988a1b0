package nl.nvp.goedegesprek.meeting.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GuardianConsentRepository extends JpaRepository<GuardianConsent, Long> {

	@Query("select c from GuardianConsent c join fetch c.registration r join fetch r.meeting where c.tokenHash = ?1")
	Optional<GuardianConsent> findByTokenHash(String tokenHash);

	/** The meeting a consent link is about, without loading anything. */
	@Query("select c.registration.meeting.id from GuardianConsent c where c.tokenHash = ?1")
	Optional<Long> findMeetingId(String tokenHash);

	/**
	 * The meeting's consents with this decision that were never asked here: given when a
	 * child signed up for a national project and carried into a placement (decision 50).
	 * Registration id and text version.
	 */
	@Query("select c.registrationId, c.textVersion from GuardianConsent c where c.registration.meeting.id = ?1 and c.decision = ?2 and c.requestedAt is null")
	List<Object[]> findGivenBefore(long meetingId, GuardianConsent.Decision decision);

	/** Requests not answered in time: their registration ids. */
	@Query("select c.registrationId from GuardianConsent c where c.decision is null and c.requestedAt is not null and c.lapsesAt <= ?1")
	List<Long> findLapsed(Instant now);

}
