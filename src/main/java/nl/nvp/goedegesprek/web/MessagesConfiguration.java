package nl.nvp.goedegesprek.web;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The texts of every page, from the bundles in {@code spring.messages.basename}, looked
 * up in one table per language.
 * <p>
 * Spring Boot's own message source asks each of the nine bundles in turn, and in each the
 * language file and then the default file, until one has the key: a text of the last
 * bundle costs some twenty map look-ups, and a page shows a few hundred texts
 * (docs/performance.md). This one merges all bundles of a language into one table the
 * first time the language is asked for and keeps it (the files do not change while the
 * application runs). Which text wins when two files have the same key is unchanged: the
 * earlier bundle, and in a bundle the language's own file before the default file.
 * {@code spring.messages.*} keeps configuring it.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(properties.getBasename()
			.stream()
			.map(String::strip)
			.map((basename) -> basename.contains(":") ? basename : "classpath:" + basename)
			.toArray(String[]::new));
		source.setDefaultEncoding(properties.getEncoding().name());
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		// Cached for good (the default, cacheSeconds -1): the merged table is what makes
		// a
		// look-up one map access.
		return source;
	}

}
