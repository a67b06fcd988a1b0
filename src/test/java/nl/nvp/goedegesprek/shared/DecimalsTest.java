package nl.nvp.goedegesprek.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Numbers as the Dutch and the English write them, read strictly and shown faithfully
 * (issue 15).
 */
class DecimalsTest {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	@Test
	void dutchNumbersAreRead() {
		assertThat(Decimals.parse("1.234", DUTCH)).isEqualByComparingTo("1234");
		assertThat(Decimals.parse("12,5", DUTCH)).isEqualByComparingTo("12.5");
		assertThat(Decimals.parse(" 1.234.567,25 ", DUTCH)).isEqualByComparingTo("1234567.25");
		assertThat(Decimals.parse("1234", DUTCH)).isEqualByComparingTo("1234");
		assertThat(Decimals.parse("1 234", DUTCH)).isEqualByComparingTo("1234");
	}

	@Test
	void englishNumbersAreRead() {
		assertThat(Decimals.parse("1,234.5", Locale.ENGLISH)).isEqualByComparingTo("1234.5");
		assertThat(Decimals.parse("12.5", Locale.ENGLISH)).isEqualByComparingTo("12.5");
	}

	@Test
	void anAmbiguousOrBrokenNumberIsRefusedRatherThanGuessed() {
		for (String text : new String[] { "12.5", "1.23", "1234.5", "1,234.5", "12,", ",5", "veel", "", "1..234", "1e5",
				"١٢" }) {
			assertThatIllegalArgumentException().as(text).isThrownBy(() -> Decimals.parse(text, DUTCH));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Decimals.parse("12,5", Locale.ENGLISH));
		assertThatIllegalArgumentException().isThrownBy(() -> Decimals.parse("0,250", Locale.ENGLISH));
		assertThat(Decimals.parse("0,25", DUTCH)).isEqualByComparingTo("0.25");
	}

	@Test
	void numbersAreShownAsTheyAreWithThousandsSeparators() {
		assertThat(Decimals.format(new BigDecimal("12.50"), DUTCH)).isEqualTo("12,5");
		assertThat(Decimals.format(new BigDecimal("12"), DUTCH)).isEqualTo("12");
		assertThat(Decimals.format(new BigDecimal("16608"), DUTCH)).isEqualTo("16.608");
		assertThat(Decimals.format(new BigDecimal("1234.56"), DUTCH)).isEqualTo("1.234,56");
		assertThat(Decimals.format(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.5");
		assertThat(Decimals.format(null, DUTCH)).isEmpty();
	}

}
