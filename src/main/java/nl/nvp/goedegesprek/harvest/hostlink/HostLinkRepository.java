package nl.nvp.goedegesprek.harvest.hostlink;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HostLinkRepository extends JpaRepository<HostLink, Long> {

	Optional<HostLink> findByTokenHash(String tokenHash);

}
