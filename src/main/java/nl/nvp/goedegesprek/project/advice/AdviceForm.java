package nl.nvp.goedegesprek.project.advice;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

/**
 * An advice: on which theme, its title, the advice itself and the dialogues it rests on.
 */
class AdviceForm {

	@NotNull
	private Long themeId;

	@NotBlank
	@Size(max = 150)
	@SingleLine
	private String title;

	@NotBlank
	@Size(max = 4000)
	@PlainText
	private String text;

	@Size(max = 1000)
	private Set<Long> dialogues = new LinkedHashSet<>();

	/** The advice's version when the form was opened (editing). */
	private long version;

	static AdviceForm of(ProjectAdvice advice) {
		AdviceForm form = new AdviceForm();
		form.themeId = advice.getThemeId();
		form.title = advice.getTitle();
		form.text = advice.getText();
		form.dialogues = new LinkedHashSet<>(advice.getDialogues());
		form.version = advice.getVersion();
		return form;
	}

	public Long getThemeId() {
		return this.themeId;
	}

	public void setThemeId(Long themeId) {
		this.themeId = themeId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Set<Long> getDialogues() {
		return this.dialogues;
	}

	public void setDialogues(Set<Long> dialogues) {
		this.dialogues = (dialogues != null) ? dialogues : new LinkedHashSet<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
