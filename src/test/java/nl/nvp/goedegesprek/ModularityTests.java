package nl.nvp.goedegesprek;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GoedeGesprekApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		this.modules.verify();
	}

	@Test
	void expectedModulesExist() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("region",
				"trajectory", "account", "web", "shared");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
