package nl.nvp.goedegesprek.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import nl.nvp.goedegesprek.shared.Decimals;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Decimal numbers in the page's language (see {@link Decimals}): typed into forms
 * ("1.234", "12,5"; {@link Editor}, bound for every form by GlobalControllerAdvice),
 * shown in forms again as typed, and shown on pages, in mails and in PDFs through
 * {@code #decimals.format(value)}.
 */
@Configuration(proxyBeanMethods = false)
class DecimalsFormatting {

	/**
	 * Binds typed numbers to {@link BigDecimal} fields. An editor rather than a
	 * {@code Formatter}: when a formatter refuses a text, Spring's binder falls back to
	 * its default number editor, which reads a Dutch "12.5" as 12.5.
	 */
	static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			setValue(Decimals.parse(text, LocaleContextHolder.getLocale()));
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof BigDecimal value) ? Decimals.format(value, LocaleContextHolder.getLocale())
					: "";
		}

	}

	/** {@code #decimals} in every template (pages, mails, PDFs). */
	@Bean
	static DecimalsDialect decimalsDialect() {
		return new DecimalsDialect();
	}

	static final class DecimalsDialect extends AbstractDialect implements IExpressionObjectDialect {

		DecimalsDialect() {
			super("decimals");
		}

		@Override
		public IExpressionObjectFactory getExpressionObjectFactory() {
			return new IExpressionObjectFactory() {

				@Override
				public Set<String> getAllExpressionObjectNames() {
					return Set.of("decimals");
				}

				@Override
				public Object buildObject(IExpressionContext context, String expressionObjectName) {
					return new Shown(context.getLocale());
				}

				@Override
				public boolean isCacheable(String expressionObjectName) {
					return true;
				}

			};
		}

	}

	/** What {@code #decimals} offers a template. */
	public record Shown(Locale locale) {

		public String format(BigDecimal value) {
			return Decimals.format(value, this.locale);
		}

	}

}
