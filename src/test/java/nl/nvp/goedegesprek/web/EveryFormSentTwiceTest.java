package nl.nvp.goedegesprek.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCatalogue;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SentTwice;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every state-changing form, sent twice at once (issue 12, decision 28): from one page (a
 * double click) it acts once and both answers lead to the same page; from two pages of
 * one session (two tabs) it never fails with a server error and acts once unless acting
 * twice is what the form is for. Each module lists its forms in a {@link FormCatalogue};
 * this test fails on a form that no catalogue lists (or that is not named as checked by a
 * test of its own).
 */
@IntegrationTest
class EveryFormSentTwiceTest {

	@Autowired
	private List<FormCatalogue> catalogues;

	@Autowired
	private SentTwice sentTwice;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private Stream<FormCase> forms() {
		return this.catalogues.stream().flatMap((catalogue) -> catalogue.forms().stream());
	}

	@TestFactory
	Stream<DynamicTest> everyFormActsOnceWhenSentTwice() {
		return forms().map((form) -> DynamicTest.dynamicTest(form.route(), () -> this.sentTwice.check(form)));
	}

	/**
	 * Forms that no catalogue can prepare on the shared test database, each with the test
	 * that sends it twice instead: the first-start set-up works only while no account
	 * exists, so {@code account.FirstStartSetupTest} checks it (with {@link SentTwice})
	 * on an empty database of its own.
	 */
	private static final Map<String, String> CHECKED_ELSEWHERE = Map.of("POST /instellen/{token}",
			"nl.nvp.goedegesprek.account.FirstStartSetupTest");

	@Test
	void everyFormIsInACatalogue() {
		Set<String> posted = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				info.getPatternValues().forEach((pattern) -> posted.add("POST " + pattern));
			}
		});
		Set<String> listed = new TreeSet<>(forms().map(FormCase::route).toList());
		assertThat(listed).as("catalogued forms that the application does not have").isSubsetOf(posted);
		Set<String> known = new TreeSet<>(listed);
		known.addAll(CHECKED_ELSEWHERE.keySet());
		assertThat(posted).as("forms that no catalogue lists").isSubsetOf(known);
		assertThat(listed).as("forms with a case that are also listed as checked elsewhere")
			.doesNotContainAnyElementsOf(CHECKED_ELSEWHERE.keySet());
		assertThat(posted).as("forms listed as checked elsewhere that the application does not have")
			.containsAll(CHECKED_ELSEWHERE.keySet());
		CHECKED_ELSEWHERE
			.forEach((route, test) -> assertThatCode(() -> Class.forName(test)).as("the test that checks %s", route)
				.doesNotThrowAnyException());
	}

	@Test
	void aFormThatMayActTwiceSaysWhy() {
		assertThat(forms().filter(FormCase::twoPagesMayRepeat))
			.allSatisfy((form) -> assertThat(form.why()).as(form.route()).isNotBlank());
	}

}
