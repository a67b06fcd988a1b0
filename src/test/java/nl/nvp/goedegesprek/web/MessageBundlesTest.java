package nl.nvp.goedegesprek.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in Dutch and in English: for each message bundle, the Dutch and the
 * English file have exactly the same keys, and every bundle file is listed in
 * {@code spring.messages.basename}.
 */
class MessageBundlesTest {

	static List<String> bundles() throws IOException {
		Set<String> names = new TreeSet<>();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*_nl.properties")) {
			names.add(resource.getFilename().replace("_nl.properties", ""));
		}
		return List.copyOf(names);
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void dutchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
		Set<String> dutch = keys("i18n/" + bundle + "_nl.properties");
		Set<String> english = keys("i18n/" + bundle + "_en.properties");
		Set<String> onlyDutch = new TreeSet<>(dutch);
		onlyDutch.removeAll(english);
		Set<String> onlyEnglish = new TreeSet<>(english);
		onlyEnglish.removeAll(dutch);
		assertThat(onlyDutch).as("keys in %s_nl.properties without English text", bundle).isEmpty();
		assertThat(onlyEnglish).as("keys in %s_en.properties without Dutch text", bundle).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyBundleIsConfigured(String bundle) throws IOException {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		String basenames = yaml.getObject().getProperty("spring.messages.basename");
		assertThat(Arrays.stream(basenames.split(",")).map(String::strip)).contains("i18n/" + bundle);
		assertThat(new ClassPathResource("i18n/" + bundle + ".properties").exists())
			.as("i18n/%s.properties must exist for the bundle to load", bundle)
			.isTrue();
	}

	private static Set<String> keys(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
