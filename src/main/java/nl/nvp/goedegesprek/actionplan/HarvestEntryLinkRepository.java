package nl.nvp.goedegesprek.actionplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HarvestEntryLinkRepository extends JpaRepository<HarvestEntryLink, Long> {

	Optional<HarvestEntryLink> findByTokenHash(String tokenHash);

}
