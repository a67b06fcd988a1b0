package nl.nvp.goedegesprek;

import java.util.List;
import java.util.Locale;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import nl.nvp.goedegesprek.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form field that takes an e-mail address refuses one we cannot deliver to
 * ({@link EmailAddress}), so no form accepts an address whose mail would silently fail.
 */
class EmailFieldsTest {

	private static final String ROOT = GoedeGesprekApplication.class.getPackageName();

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages(ROOT);

	@Test
	void everyEmailFieldOfAFormRefusesAnAddressWeCannotDeliverTo() {
		List<String> fields = this.classes.stream()
			.filter((type) -> type.isTopLevelClass() && type.getSimpleName().endsWith("Form"))
			.flatMap((type) -> type.getFields().stream())
			.filter((field) -> field.getName().toLowerCase(Locale.ROOT).contains("email"))
			.map((field) -> field.getOwner().getSimpleName() + "." + field.getName())
			.toList();
		assertThat(fields).as("e-mail fields found").hasSizeGreaterThanOrEqualTo(7);
		List<String> unchecked = this.classes.stream()
			.filter((type) -> type.isTopLevelClass() && type.getSimpleName().endsWith("Form"))
			.flatMap((type) -> type.getFields().stream())
			.filter((field) -> field.getName().toLowerCase(Locale.ROOT).contains("email"))
			.filter((field) -> !field.isAnnotatedWith(EmailAddress.class))
			.map((field) -> field.getOwner().getSimpleName() + "." + field.getName())
			.sorted()
			.toList();
		assertThat(unchecked).as("e-mail fields without @EmailAddress").isEmpty();
	}

	record Address(@EmailAddress String email) {
	}

	@Test
	void onlyAsciiAddressesAreAccepted() {
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		assertThat(validator.validate(new Address("sanne.de-vries+gg@voorbeeld.nl"))).isEmpty();
		assertThat(validator.validate(new Address(null))).isEmpty();
		assertThat(validator.validate(new Address("jóse@voorbeeld.nl"))).hasSize(1);
		assertThat(validator.validate(new Address("sanne@bücher.de"))).hasSize(1);
		assertThat(validator.validate(new Address("ｓanne@voorbeeld.nl"))).hasSize(1);
	}

}
