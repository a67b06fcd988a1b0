package nl.nvp.goedegesprek.output.editing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The bytes of an output's uploaded file, in a table of their own so that no list reads
 * them (decision 42).
 */
@Entity
class OutputFile {

	@Id
	private Long outputId;

	private byte[] content;

	protected OutputFile() {
	}

	OutputFile(long outputId, byte[] content) {
		this.outputId = outputId;
		this.content = content;
	}

	void replace(byte[] content) {
		this.content = content;
	}

}
