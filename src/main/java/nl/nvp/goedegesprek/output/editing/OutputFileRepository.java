package nl.nvp.goedegesprek.output.editing;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutputFileRepository extends JpaRepository<OutputFile, Long> {

}
