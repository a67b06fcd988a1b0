package nl.nvp.goedegesprek.web;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Room in Thymeleaf's caches for every page and every fragment the pages insert, so that
 * a template is parsed once, not on every request.
 * <p>
 * Thymeleaf keeps a parsed template per page and per fragment selection <em>per page that
 * inserts it</em> ({@code ~{fragments/forms :: field(...)}} in forty pages is forty
 * entries), in a cache of at most 200 entries by default, and parsed expressions in one
 * of 500. This application has about a hundred templates that insert fragments from a few
 * shared files, so with the defaults the caches kept evicting each other's entries: a
 * profile of FormFuzzTest showed one sixth of rendering time in re-reading and re-parsing
 * templates from the class path (session 7). The sizes below hold them all with room to
 * spare; a parsed fragment is a few kilobytes, and the caches still use soft references,
 * so memory pressure can reclaim them. FormFuzzTest, which renders every page, checks
 * that the template cache never fills up.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfiguration {

	/** Parsed templates and fragment selections (by page that inserts them). */
	static final int TEMPLATES = 5_000;

	/** Parsed expressions ({@code ${...}}, {@code #{...}}, {@code ~{...}}). */
	static final int EXPRESSIONS = 20_000;

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setTemplateCacheMaxSize(TEMPLATES);
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					engine.setCacheManager(caches);
				}
				return bean;
			}

		};
	}

}
