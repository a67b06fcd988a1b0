package nl.nvp.goedegesprek;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Valid;
import nl.nvp.goedegesprek.shared.PlainText;
import nl.nvp.goedegesprek.shared.SingleLine;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text field of every form says what it may hold: one line ({@link SingleLine}:
 * names, titles, addresses) or text with line breaks ({@link PlainText}: textareas). So a
 * new form cannot forget that a name with line breaks could pose as the association's
 * words in a mail. The forms are found where Spring MVC binds them: every
 * {@code @ModelAttribute}, {@code @Valid} or {@code @Validated} parameter, and every
 * parameter of one of the application's own types without an annotation (which Spring
 * binds as a model attribute), of every handler method, with the form objects they hold;
 * besides every class named "…Form". A form class named otherwise cannot escape.
 */
@IntegrationTest
class FormTextFieldsTest {

	/**
	 * Fields that hold no text people see: passwords, the spam trap, and the trajectory
	 * list's region filter (a query parameter compared with region codes, never stored or
	 * shown).
	 */
	private static final Set<String> EXEMPT = Set.of("account.PasswordForm.password", "account.PasswordForm.repeat",
			"account.SetupForm.password", "account.SetupForm.repeat", "meeting.registration.RegistrationForm.website",
			"joining.form.JoinForm.website", "research.results.QuoteForm.remove", "actionplan.plan.VerdictForm.choice",
			"trajectory.TrajectoryFilter.regio");

	private static final String ROOT = GoedeGesprekApplication.class.getPackageName();

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages(ROOT);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Test
	void everyTextFieldOfAFormIsALineOrAText() {
		Set<Class<?>> bound = boundForms();
		assertThat(bound).as("forms bound by handler methods").hasSizeGreaterThan(20);
		Set<Class<?>> forms = new LinkedHashSet<>(bound);
		this.classes.stream()
			.filter((type) -> type.isTopLevelClass() && type.getSimpleName().endsWith("Form"))
			.forEach((type) -> forms.add(type.reflect()));
		List<String> unchecked = new ArrayList<>();
		Set<Class<?>> seen = new LinkedHashSet<>();
		forms.forEach((form) -> collectUnchecked(form, seen, unchecked));
		assertThat(unchecked.stream().filter((name) -> !EXEMPT.contains(name)).sorted().toList())
			.as("text fields of forms without @SingleLine or @PlainText")
			.isEmpty();
	}

	/**
	 * The application's own types that handler methods bind from a request.
	 */
	private Set<Class<?>> boundForms() {
		Set<Class<?>> forms = new LinkedHashSet<>();
		for (HandlerMethod handler : this.mapping.getHandlerMethods().values()) {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				Class<?> type = parameter.getParameterType();
				boolean own = type.getName().startsWith(ROOT + ".") && !type.isEnum();
				boolean bindingAnnotation = parameter.hasParameterAnnotation(ModelAttribute.class)
						|| parameter.hasParameterAnnotation(Valid.class)
						|| parameter.hasParameterAnnotation(Validated.class);
				boolean unannotated = parameter.getParameterAnnotations().length == 0;
				if (bindingAnnotation || (own && unannotated)) {
					forms.add(type);
				}
			}
		}
		return forms;
	}

	/** The text fields of a form without a marker, and those of the forms it holds. */
	private static void collectUnchecked(Class<?> form, Set<Class<?>> seen, List<String> unchecked) {
		if (!form.getName().startsWith(ROOT + ".") || form.isEnum() || !seen.add(form)) {
			return;
		}
		for (Class<?> type = form; type != null && type.getName().startsWith(ROOT + "."); type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers())) {
					continue;
				}
				if (field.getType() == String.class) {
					if (!field.isAnnotationPresent(SingleLine.class) && !field.isAnnotationPresent(PlainText.class)) {
						unchecked.add(type.getName().substring(ROOT.length() + 1) + "." + field.getName());
					}
				}
				else {
					collectUnchecked(field.getType(), seen, unchecked);
					collectTypeArguments(field.getGenericType(), seen, unchecked);
				}
			}
		}
	}

	private static void collectTypeArguments(Type type, Set<Class<?>> seen, List<String> unchecked) {
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				if (argument instanceof Class<?> element) {
					collectUnchecked(element, seen, unchecked);
				}
				collectTypeArguments(argument, seen, unchecked);
			}
		}
	}

}
