package nl.nvp.goedegesprek.region;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, String> {

	List<Region> findAllByOrderByNameAsc();

}
