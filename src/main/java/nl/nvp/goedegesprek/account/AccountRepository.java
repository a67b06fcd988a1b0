package nl.nvp.goedegesprek.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.email) = lower(?1)")
	Optional<Account> findByEmail(String email);

	@Query("select count(a) > 0 from Account a where lower(a.email) = lower(?1)")
	boolean existsByEmail(String email);

	/**
	 * The account, its row locked until the transaction ends: changes to one account are
	 * made one at a time, each on what the one before left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = ?1")
	Optional<Account> lockById(long id);

	List<Account> findAllByOrderByDisplayNameAsc();

	List<Account> findByRoleAndActiveTrueOrderByDisplayNameAsc(Role role);

	List<Account> findByIdIn(Collection<Long> ids);

	/**
	 * Id and display name of these accounts, the ids as one array parameter (a PostgreSQL
	 * array literal such as <code>{1,2}</code>): one query whose translation Hibernate
	 * keeps, however many ids (a list parameter is translated again for each size).
	 */
	@Query(value = "select id, display_name from account where id = any(cast(?1 as bigint[]))", nativeQuery = true)
	List<Object[]> findDisplayNames(String idArray);

}
