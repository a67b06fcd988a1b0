package nl.nvp.goedegesprek.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nvp.goedegesprek.web.layout.Viewer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Dutch by default, English on request: the language switch sets {@code ?taal=en} and a
 * cookie keeps the choice.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = new Locale("nl", "NL");

	static final List<String> LANGUAGES = List.of("nl", "en");

	/** Asked for directly, /error is not found (see DirectErrorRequestFilter). */
	@Bean
	DirectErrorRequestFilter directErrorRequestFilter() {
		return new DirectErrorRequestFilter();
	}

	/**
	 * A body over 5 MB outside the output uploads answers 413 before anything reads it:
	 * after the character-encoding filter and the metrics' observation filter (the 413 is
	 * counted), before the parameters are read (UndecodableParametersFilter).
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter() {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(SecurityConfiguration.pageHeaderWriters()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * Parameters that cannot be read answer 400 before the session, Spring Security or
	 * any controller sees the request: after the character-encoding filter (highest
	 * precedence: a form body is read as UTF-8) and the metrics' observation filter
	 * (highest + 1: the 400 is counted as such), before Spring Session (highest + 50).
	 */
	@Bean
	FilterRegistrationBean<UndecodableParametersFilter> undecodableParametersFilter() {
		FilterRegistrationBean<UndecodableParametersFilter> registration = new FilterRegistrationBean<>(
				new UndecodableParametersFilter(SecurityConfiguration.pageHeaderWriters()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("gg-taal") {

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, supported(locale));
			}

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return supported(super.resolveLocale(request));
			}

		};
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	private static Locale supported(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : DUTCH;
	}

	/**
	 * The only static files: our stylesheet under /css, our one script under /js and the
	 * WebJars (Bootstrap, htmx) under /webjars, both with the hash of their content in
	 * their URL ({@code /css/app-<md5>.css}; pages get such links through
	 * StaticFileLinksConfiguration), so that browsers and proxies keep them a year
	 * without asking again: a changed file has another URL. Resolved URLs are cached (the
	 * resource chain's cache), so a page's links cost no class-path lookup.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(year)
			.setUseLastModified(false)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(year)
			.setUseLastModified(false)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		// The WebJars locator (added by the chain) finds /webjars/bootstrap/css/.. in
		// the version on the class path.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(year)
			.setUseLastModified(false)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			/**
			 * A request refused for its parameters changes nothing, its language neither
			 * ({@code ?taal=en&x=%zz}: the error page in the language the person had).
			 */
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				return request.getAttribute(UndecodableParametersFilter.REFUSED) != null
						|| super.preHandle(request, response, handler);
			}

		};
		interceptor.setParamName("taal");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		// Who is looking, for the layout's menu (Viewer): a request attribute, so that
		// every page has it, error pages included.
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				request.setAttribute(Viewer.ATTRIBUTE,
						Viewer.of(SecurityContextHolder.getContext().getAuthentication()));
				return true;
			}

		});
	}

}
