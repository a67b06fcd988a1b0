package nl.nvp.goedegesprek.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An e-mail address we can deliver to: only ASCII characters. Bean Validation's
 * {@code @Email} accepts addresses such as {@code jóse@voorbeeld.nl}, but our mail server
 * connection speaks no SMTPUTF8, so their mail would fail silently and a registration
 * would never be confirmed; the person hears it at the field instead. Put it next to
 * {@code @Email} on every field that takes an address ({@code EmailFieldsTest} checks).
 * The message is {@code EmailAddress} in the message bundles.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	String message() default "must be an e-mail address with ASCII characters only";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks an {@link EmailAddress} field. */
	class Validator implements ConstraintValidator<EmailAddress, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.chars().allMatch((c) -> c < 0x80);
		}

	}

}
