package nl.nvp.goedegesprek.shared;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plain-text mail templates (templates/mail/*.txt), resolved by the application's
 * Thymeleaf engine next to the HTML pages, with the same messages.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfiguration {

	@Bean
	ClassLoaderTemplateResolver mailTemplateResolver() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setResolvablePatterns(Set.of("mail/*"));
		resolver.setOrder(1);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
