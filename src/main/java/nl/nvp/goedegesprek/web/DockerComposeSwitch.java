package nl.nvp.goedegesprek.web;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.ClassUtils;

/**
 * {@code ./mvnw spring-boot:run} starts docker-compose.yml (PostgreSQL and Mailpit) where
 * a Docker engine runs, and otherwise uses the PostgreSQL on localhost that the demo
 * profile names. Without this switch Spring Boot's Docker Compose support would stop the
 * start-up on a machine that has the docker command but no engine.
 */
class DockerComposeSwitch implements EnvironmentPostProcessor {

	private static final String ENABLED = "spring.docker.compose.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(ENABLED) || !ClassUtils.isPresent(
				"org.springframework.boot.docker.compose.lifecycle.DockerComposeLifecycleManager",
				getClass().getClassLoader())) {
			return;
		}
		boolean use = environment.acceptsProfiles(Profiles.of("demo")) && dockerEngineRuns();
		environment.getPropertySources()
			.addLast(new MapPropertySource("dockerComposeSwitch", Map.of(ENABLED, Boolean.toString(use))));
	}

	private static boolean dockerEngineRuns() {
		try {
			Process process = new ProcessBuilder("docker", "info").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
