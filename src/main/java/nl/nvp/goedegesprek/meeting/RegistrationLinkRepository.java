package nl.nvp.goedegesprek.meeting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationLinkRepository extends JpaRepository<RegistrationLink, Long> {

	@Query("select l from RegistrationLink l join fetch l.registration r join fetch r.meeting where l.tokenHash = ?1")
	Optional<RegistrationLink> findByTokenHash(String tokenHash);

}
