package nl.nvp.goedegesprek;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's root package is its API: every public type there is used by at least one
 * other module. Everything else lives in the module's sub-packages or is package-private.
 */
class ModuleApiTests {

	private static final String ROOT = GoedeGesprekApplication.class.getPackageName();

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages(ROOT);

	@Test
	void everyPublicTypeAtAModuleRootIsUsedByAnotherModule() {
		List<String> unused = this.classes.stream()
			.filter((type) -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.filter((type) -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
			.filter((type) -> module(type) != null && type.getPackageName().equals(ROOT + "." + module(type)))
			.filter((type) -> type.getDirectDependenciesToSelf()
				.stream()
				.map((dependency) -> module(dependency.getOriginClass()))
				.noneMatch((user) -> user != null && !user.equals(module(type))))
			.map(JavaClass::getName)
			.sorted()
			.toList();
		assertThat(unused).as("public types at a module root that no other module uses").isEmpty();
	}

	private static String module(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT + ".")) {
			return null;
		}
		String rest = name.substring(ROOT.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
