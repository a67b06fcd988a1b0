package nl.nvp.goedegesprek.project.setup;

import org.springframework.data.jpa.repository.JpaRepository;

interface NationalProjectRepository extends JpaRepository<NationalProject, Long> {

}
