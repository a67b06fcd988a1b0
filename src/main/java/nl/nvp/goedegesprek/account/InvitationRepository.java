package nl.nvp.goedegesprek.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	/** The link, its row locked until the transaction ends: it is used once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.tokenHash = ?1")
	Optional<Invitation> lockByTokenHash(String tokenHash);

	Optional<Invitation> findFirstByAccountIdOrderByCreatedAtDesc(long accountId);

	@Query("select i from Invitation i where i.accountId = ?1 and i.usedAt is null and i.expiresAt > ?2")
	List<Invitation> findOpenForAccount(long accountId, Instant now);

	@Query("select i from Invitation i where i.purpose = nl.nvp.goedegesprek.account.Invitation.Purpose.SETUP and i.usedAt is null and i.expiresAt > ?1")
	List<Invitation> findOpenSetups(Instant now);

	@Modifying
	@Query("delete from Invitation i where i.accountId = ?1")
	void deleteByAccountId(long accountId);

}
