package nl.nvp.goedegesprek.shared;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constraints on people's text: {@link SingleLine} for names and titles,
 * {@link PlainText} for textareas.
 */
class TextConstraintsTest {

	private static ValidatorFactory factory;

	private static Validator validator;

	record Fields(@SingleLine String line, @PlainText String text) {
	}

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	private static Set<String> invalid(String line, String text) {
		Set<ConstraintViolation<Fields>> violations = validator.validate(new Fields(line, text));
		return Set.copyOf(violations.stream().map((v) -> v.getPropertyPath().toString()).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sem", "Anne-Marie van 't Hof", "Zoë Öztürk", "محمد", "李小龙", "👩‍👧 Familie", "",
			"O'Brien (tafel 3)", "naam@voorbeeld.nl" })
	void ordinaryTextIsALineAndAText(String value) {
		assertThat(invalid(value, value)).isEmpty();
	}

	@Test
	void emptyValuesAreLeftToNotBlank() {
		assertThat(invalid(null, null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sem\n\nBeste ouder, uw account is geblokkeerd", "Sem\r\nBeste", "Sem\rBeste",
			"Sem\tBeste", "Sem\u0085Beste", "Sem\u2028Beste", "Sem\u2029Beste" })
	void lineBreaksAndTabsAreNoLine(String value) {
		assertThat(invalid(value, null)).containsExactly("line");
	}

	@Test
	void lineBreaksAndTabsAreText() {
		assertThat(invalid(null, "Eerste regel\nTweede regel\r\nDerde\tmet tab")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0080", "\u009B", "\u0085", "\u2028",
			"\u2029", "\u202E", "\u202A", "\u2066", "\u2069", "eind\r", "\r", "\uD800" })
	void controlCharactersAreNeitherLineNorText(String control) {
		assertThat(invalid("Sem" + control + "x", "Sem" + control + "x")).containsExactlyInAnyOrder("line", "text");
	}

	@Test
	void oneLinePutsStoredTextOnOneLine() {
		assertThat(TextCharacters.oneLine("Sem\n\nBeste ouder,\r\n\u202Eklik\thier"))
			.isEqualTo("Sem Beste ouder, klik hier");
		assertThat(TextCharacters.oneLine(null)).isNull();
	}

}
