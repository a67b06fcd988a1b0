package nl.nvp.goedegesprek.output;

import java.time.LocalDate;

/**
 * Outputs that another module makes itself, as a generated PDF, instead of a coordinator
 * uploading one: a national project's advice (decision 48). The caller checked that the
 * person runs the trajectory, and calls within its own transaction.
 */
public interface GeneratedOutputs {

	/**
	 * Publishes the project's advice as an output of kind ADVICE holding this PDF: a new
	 * one, or the one it published before (its file, title, summary and date replaced;
	 * published again if it was withdrawn).
	 * @param trajectoryId the trajectory (the project) it belongs to
	 * @param outputId the output published before, or {@code null}; when it no longer
	 * exists (a coordinator deleted it) a new one is made
	 * @param document what it holds
	 * @return the output's id
	 * @throws nl.nvp.goedegesprek.shared.RuleException ({@code OutputForm.title.exists})
	 * when a new one would take the title of another output of the trajectory
	 */
	long publishAdvice(long trajectoryId, Long outputId, Document document);

	/**
	 * Withdraws a published output (it stays, as a draft); nothing when it is gone.
	 * @param trajectoryId the trajectory it belongs to
	 * @param outputId the output
	 */
	void withdraw(long trajectoryId, long outputId);

	/**
	 * Whether the output exists and is published.
	 * @param trajectoryId the trajectory it belongs to
	 * @param outputId the output
	 */
	boolean isPublished(long trajectoryId, long outputId);

	/**
	 * A generated document.
	 *
	 * @param title its title (at most 200 characters)
	 * @param summary what it is about, for the public page (at most 2000 characters)
	 * @param date its date
	 * @param pdf the PDF's bytes
	 */
	record Document(String title, String summary, LocalDate date, byte[] pdf) {

		@Override
		public String toString() {
			return "Document[" + this.pdf.length + " bytes]";
		}

	}

}
