package nl.nvp.goedegesprek.output.editing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.web.multipart.MultipartFile;

/**
 * An output as the coordinator fills it in: kind, title, summary, date, and a link or a
 * file (checked by {@link Outputs#check}).
 */
public class OutputForm {

	@NotNull
	private OutputKind kind;

	@NotBlank
	@Size(max = 200)
	@SingleLine
	private String title;

	@NotBlank
	@Size(max = 2000)
	@PlainText
	private String summary;

	@NotNull
	private LocalDate date;

	@Size(max = 2000)
	@SingleLine
	private String link;

	private MultipartFile file;

	private long version;

	static OutputForm of(Output output) {
		OutputForm form = new OutputForm();
		form.kind = output.getKind();
		form.title = output.getTitle();
		form.summary = output.getSummary();
		form.date = output.getOutputDate();
		form.link = output.getLink();
		form.version = output.getVersion();
		return form;
	}

	/** Whether a file was chosen (an empty file input sends an empty part). */
	boolean hasFile() {
		return this.file != null && !this.file.isEmpty();
	}

	public OutputKind getKind() {
		return this.kind;
	}

	public void setKind(OutputKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
