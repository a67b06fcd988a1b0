package nl.nvp.goedegesprek.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.email) = lower(?1)")
	Optional<Account> findByEmail(String email);

	@Query("select count(a) > 0 from Account a where lower(a.email) = lower(?1)")
	boolean existsByEmail(String email);

	List<Account> findAllByOrderByDisplayNameAsc();

	List<Account> findByRoleAndActiveTrueOrderByDisplayNameAsc(Role role);

	List<Account> findByIdIn(Collection<Long> ids);

	@Query("select new nl.nvp.goedegesprek.account.AccountRepository$SessionCheck(a.version, a.active) from Account a where a.id = ?1")
	Optional<SessionCheck> findSessionCheck(long id);

	record SessionCheck(long version, boolean active) {
	}

}
