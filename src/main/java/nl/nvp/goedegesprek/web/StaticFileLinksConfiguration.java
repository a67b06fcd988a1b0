package nl.nvp.goedegesprek.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Pages link to stylesheets, scripts and WebJars by their content-hashed URL
 * ({@code /css/app-<md5>.css}, {@link WebConfiguration#addResourceHandlers}), built by
 * Thymeleaf's link builder from Spring's {@link ResourceUrlProvider} (which caches what
 * it resolved). Spring's {@link ResourceUrlEncodingFilter}, which Spring Boot registers
 * otherwise, does the same through {@code response.encodeURL}, but wraps the request and
 * the response of every request for it: every request attribute a template reads (each
 * variable of a loop is one) and every handler mapping's look-up then pass one wrapper
 * more (docs/performance.md). Other links are left as built: session ids never go into
 * URLs (Spring Security's DisableEncodeUrlFilter), so {@code encodeURL} had nothing to do
 * for them.
 */
@Configuration(proxyBeanMethods = false)
class StaticFileLinksConfiguration {

	private static final String[] STATIC_PREFIXES = { "/css/", "/js/", "/webjars/" };

	/** Registered, but not switched on: Spring Boot then adds no filter of its own. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	static BeanPostProcessor staticFileLinks(ObjectProvider<ResourceUrlProvider> resources) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new StaticFileLinkBuilder(resources));
				}
				return bean;
			}

		};
	}

	/** Content-hashed URLs for static files, every other link as built. */
	static final class StaticFileLinkBuilder extends StandardLinkBuilder {

		private static final int MAX_CACHED_PATHS = 500;

		/**
		 * Static path to its content-hashed path; "" for a path the chain does not know.
		 */
		private final Map<String, String> hashedPaths = new ConcurrentHashMap<>();

		/** Looked up once, at the first static link (the engine is made before it). */
		private final SingletonSupplier<ResourceUrlProvider> resources;

		StaticFileLinkBuilder(ObjectProvider<ResourceUrlProvider> resources) {
			this.resources = SingletonSupplier.of(resources::getObject);
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			if (!(context instanceof IWebContext web)) {
				return link;
			}
			String contextPath = web.getExchange().getRequest().getApplicationPath();
			if (contextPath == null || !link.startsWith(contextPath)) {
				return link;
			}
			String path = link.substring(contextPath.length());
			if (!isStatic(path)) {
				return link;
			}
			int end = suffixStart(path);
			String hashed = hashed(path.substring(0, end));
			return (hashed != null) ? contextPath + hashed + path.substring(end) : link;
		}

		/**
		 * The content-hashed path of a static file, asked of the resource chain once per
		 * path: the chain caches it too, but finding it there went through the resolvers
		 * on every link of every page (5 % of a small page's time). The paths are the
		 * templates' own, so the map stays small; past its limit a path is looked up each
		 * time.
		 */
		private String hashed(String path) {
			String hashed = this.hashedPaths.get(path);
			if (hashed != null) {
				return (hashed.isEmpty()) ? null : hashed;
			}
			hashed = this.resources.obtain().getForLookupPath(path);
			if (this.hashedPaths.size() < MAX_CACHED_PATHS) {
				this.hashedPaths.put(path, (hashed != null) ? hashed : "");
			}
			return hashed;
		}

		private static boolean isStatic(String path) {
			for (String prefix : STATIC_PREFIXES) {
				if (path.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

		private static int suffixStart(String path) {
			int query = path.indexOf('?');
			int fragment = path.indexOf('#');
			if (query < 0) {
				return (fragment < 0) ? path.length() : fragment;
			}
			return (fragment < 0) ? query : Math.min(query, fragment);
		}

	}

}
