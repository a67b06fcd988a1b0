package nl.nvp.goedegesprek.research.survey;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;

import org.springframework.validation.Errors;

/**
 * A survey question as typed in the form: choice options one per line.
 */
class QuestionForm {

	static final int MAX_OPTIONS = 12;

	@NotNull
	private QuestionType type;

	@NotBlank
	@Size(max = 500)
	@PlainText
	private String text;

	@Size(max = 300)
	@SingleLine
	private String childText;

	@NotEmpty
	private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

	private boolean required;

	@Size(max = 3000)
	@PlainText
	private String options;

	@Size(max = 60)
	@SingleLine
	private String scaleLow;

	@Size(max = 60)
	@SingleLine
	private String scaleHigh;

	static QuestionForm of(QuestionDraft draft) {
		QuestionForm form = new QuestionForm();
		form.type = draft.type();
		form.text = draft.text();
		form.childText = draft.childText();
		form.audiences = draft.audiences().isEmpty() ? EnumSet.noneOf(Audience.class)
				: EnumSet.copyOf(draft.audiences());
		form.required = draft.required();
		form.options = String.join("\n", draft.options());
		form.scaleLow = draft.scaleLow();
		form.scaleHigh = draft.scaleHigh();
		return form;
	}

	List<String> optionList() {
		if (this.options == null) {
			return List.of();
		}
		return List.copyOf(Arrays.stream(this.options.split("\\R"))
			.map(String::strip)
			.filter((option) -> !option.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new)));
	}

	/** The rules that join fields: options for choice questions, labels for a scale. */
	void check(Errors errors) {
		if (this.type == null) {
			return;
		}
		if (this.type.hasOptions()) {
			List<String> list = optionList();
			if (list.size() < 2) {
				errors.rejectValue("options", "QuestionForm.options.tooFew");
			}
			else if (list.size() > MAX_OPTIONS) {
				errors.rejectValue("options", "QuestionForm.options.tooMany");
			}
			else if (list.stream().anyMatch((option) -> option.length() > 150)) {
				errors.rejectValue("options", "QuestionForm.options.tooLong");
			}
		}
		if (this.type == QuestionType.SCALE) {
			if (this.scaleLow == null) {
				errors.rejectValue("scaleLow", "QuestionForm.scaleLow.required");
			}
			if (this.scaleHigh == null) {
				errors.rejectValue("scaleHigh", "QuestionForm.scaleHigh.required");
			}
		}
	}

	QuestionDraft toDraft() {
		return new QuestionDraft(this.type, this.text, this.childText, this.audiences, this.required, optionList(),
				this.scaleLow, this.scaleHigh);
	}

	public QuestionType getType() {
		return this.type;
	}

	public void setType(QuestionType type) {
		this.type = type;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getChildText() {
		return this.childText;
	}

	public void setChildText(String childText) {
		this.childText = childText;
	}

	public Set<Audience> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(Set<Audience> audiences) {
		// Blank boxes bind as null elements; they are no audience.
		this.audiences = EnumSet.noneOf(Audience.class);
		if (audiences != null) {
			audiences.stream().filter(Objects::nonNull).forEach(this.audiences::add);
		}
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getOptions() {
		return this.options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public String getScaleLow() {
		return this.scaleLow;
	}

	public void setScaleLow(String scaleLow) {
		this.scaleLow = scaleLow;
	}

	public String getScaleHigh() {
		return this.scaleHigh;
	}

	public void setScaleHigh(String scaleHigh) {
		this.scaleHigh = scaleHigh;
	}

}
