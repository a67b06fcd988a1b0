package nl.nvp.goedegesprek;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text field of every form says what it may hold: one line ({@link SingleLine}:
 * names, titles, addresses) or text with line breaks ({@link PlainText}: textareas). So a
 * new form cannot forget that a name with line breaks could pose as the association's
 * words in a mail.
 */
class FormTextFieldsTest {

	/** Fields that hold no text people see: passwords and the spam trap. */
	private static final Set<String> EXEMPT = Set.of("account.PasswordForm.password", "account.PasswordForm.repeat",
			"account.SetupForm.password", "account.SetupForm.repeat", "meeting.registration.RegistrationForm.website",
			"research.results.QuoteForm.remove", "actionplan.plan.VerdictForm.choice");

	private static final String ROOT = GoedeGesprekApplication.class.getPackageName();

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages(ROOT);

	@Test
	void everyTextFieldOfAFormIsALineOrAText() {
		List<String> forms = this.classes.stream()
			.filter((type) -> type.isTopLevelClass() && type.getSimpleName().endsWith("Form"))
			.map((type) -> type.getName())
			.toList();
		assertThat(forms).as("forms found").hasSizeGreaterThan(20);
		List<String> unchecked = this.classes.stream()
			.filter((type) -> type.isTopLevelClass() && type.getSimpleName().endsWith("Form"))
			.flatMap((type) -> type.getFields().stream())
			.filter((field) -> !field.getModifiers().contains(JavaModifier.STATIC))
			.filter((field) -> field.getRawType().isEquivalentTo(String.class))
			.filter((field) -> !field.isAnnotatedWith(SingleLine.class) && !field.isAnnotatedWith(PlainText.class))
			.map((field) -> field.getOwner().getName().substring(ROOT.length() + 1) + "." + field.getName())
			.filter((name) -> !EXEMPT.contains(name))
			.sorted()
			.toList();
		assertThat(unchecked).as("text fields of forms without @SingleLine or @PlainText").isEmpty();
	}

}
