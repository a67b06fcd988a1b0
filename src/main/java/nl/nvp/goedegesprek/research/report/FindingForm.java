package nl.nvp.goedegesprek.research.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * A key finding of the research: the topic and what was found.
 */
public class FindingForm {

	@NotBlank
	@Size(max = 150)
	@SingleLine
	private String topic;

	@NotBlank
	@Size(max = 2000)
	@PlainText
	private String text;

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
