package nl.nvp.goedegesprek.research.results;

import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;

/**
 * A quote taken from a written answer, as the coordinator anonymised it; or, with
 * {@code remove} sent, the quote dropped.
 */
class QuoteForm {

	static final int MAX_QUOTE = 2000;

	@Size(max = MAX_QUOTE)
	@PlainText
	private String quote;

	private String remove;

	/** Whether the quote is to be dropped (the remove button was used). */
	boolean removing() {
		return this.remove != null;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public String getRemove() {
		return this.remove;
	}

	public void setRemove(String remove) {
		this.remove = remove;
	}

}
