package nl.nvp.goedegesprek;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules and their boundaries: no cycles, no module reaching into another's
 * internals, every top-level package a declared module, and the module documentation in
 * {@code docs/modules} written anew from the code on every build.
 */
class ModularityTests {

	static final String DOCS = "docs/modules";

	private final ApplicationModules modules = ApplicationModules.of(GoedeGesprekApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		this.modules.verify();
	}

	@Test
	void everyTopLevelPackageIsADeclaredModule() throws IOException {
		Path root = Path.of("src/main/java/nl/nvp/goedegesprek");
		try (Stream<Path> packages = Files.list(root)) {
			var names = packages.filter(Files::isDirectory).map((dir) -> dir.getFileName().toString()).toList();
			assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString()))
				.containsExactlyInAnyOrderElementsOf(names);
			for (String name : names) {
				assertThat(declaration(name)).as("package-info.java of module %s declares @ApplicationModule", name)
					.isNotNull();
				assertThat(declaration(name).displayName()).as("display name of module %s", name).isNotBlank();
			}
		}
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DOCS)).writeDocumentation()
			.writeAggregatingDocument();
		try (Stream<Path> files = Files.list(Path.of(DOCS))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".puml")).toList()) {
				sortRelations(file);
			}
		}
		assertThat(new File(DOCS, "components.puml")).exists();
		assertThat(new File(DOCS, "all-docs.adoc")).exists();
	}

	/**
	 * The Documenter writes a diagram's relations in no fixed order; sorted, a diagram
	 * changes in git only when the modules do.
	 */
	private static void sortRelations(Path file) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(file));
		int start = 0;
		while (start < lines.size()) {
			int end = start;
			while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
				end++;
			}
			if (end > start) {
				Collections.sort(lines.subList(start, end));
				start = end;
			}
			else {
				start++;
			}
		}
		Files.write(file, lines);
	}

	private static ApplicationModule declaration(String module) {
		try {
			return Class.forName(GoedeGesprekApplication.class.getPackageName() + "." + module + ".package-info")
				.getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
