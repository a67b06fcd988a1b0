package nl.nvp.goedegesprek.web;

import java.util.List;

import nl.nvp.goedegesprek.account.AccountSessionFilter;
import nl.nvp.goedegesprek.account.Accounts;
import nl.nvp.goedegesprek.account.LoginThrottle;
import nl.nvp.goedegesprek.account.LoginThrottleFilter;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.shared.KeyedHash;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * Who may open which URL. Finer rules (which region, which trajectory) live in the
 * modules' services; this is the coarse first gate.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String LOGIN = "/inloggen";

	/**
	 * What anyone may read, with GET and with HEAD: the start, login, privacy and
	 * accessibility pages; a public action plan; published outputs, their files and feed
	 * (decision 42; a draft is not found there); a coordinator's calendar feed (the
	 * address's token is the key, CalendarFeeds); the demo mail page (mapped only under
	 * the demo profile, 404 elsewhere; decision 21). The other public routes (personal
	 * links, the registration and "doe mee" forms) allow every method already.
	 */
	private static final String[] PUBLIC_READS = { "/", LOGIN, "/privacy", "/toegankelijkheid", "/actieplan/*",
			"/opbrengsten", "/opbrengsten/feed.atom", "/opbrengsten/trajecten/*", "/opbrengsten/*/bestand", "/agenda/*",
			"/demo/mails" };

	/** The only static files: stylesheets and scripts (WebConfiguration). */
	static final String[] STATIC_FILES = { "/css/**", "/js/**", "/webjars/**" };

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

	/**
	 * The protective headers of every page, as the main chain's {@code headers(..)} sets
	 * them, for an answer given before Spring Security runs (a request refused by
	 * {@link UndecodableParametersFilter}): Spring Security's header filter does not run
	 * on the error page's dispatch. HostileInputTest compares them with a page's.
	 */
	static List<HeaderWriter> pageHeaderWriters() {
		HstsHeaderWriter hsts = new HstsHeaderWriter();
		hsts.setIncludeSubDomains(true);
		hsts.setMaxAgeInSeconds(31_536_000);
		return List.of(new CacheControlHeadersWriter(), new XContentTypeOptionsHeaderWriter(), hsts,
				new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
				new XXssProtectionHeaderWriter(), new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
				new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN),
				new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY));
	}

	/**
	 * Stylesheets and scripts: for anyone, through a short chain (no session, security
	 * context, CSRF token or saved request), with the usual protective headers.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain staticFilesFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(STATIC_FILES)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session.disable())
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.anonymous((anonymous) -> anonymous.disable());
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, Accounts accounts,
			FormSubmissions submissions, KeyedHash hash) throws Exception {
		String national = Role.NATIONAL_COORDINATOR.name();
		String regional = Role.REGIONAL_COORDINATOR.name();
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/error")
			.permitAll()
			.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			.requestMatchers(HttpMethod.GET, PUBLIC_READS)
			.permitAll()
			// HEAD asks for what a GET would answer, without the body (link checkers,
			// feed readers and podcast apps ask so): allowed wherever the GET is.
			.requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
			.permitAll()
			.requestMatchers("/uitnodiging/*", "/instellen/*")
			.permitAll()
			.requestMatchers("/aanmelden/**", "/aanmelding/**", "/toestemming/*", "/toestemming/*/intrekken")
			.permitAll()
			// Signing up for a national project, and the personal link (issue 17).
			.requestMatchers("/project-aanmelden/*", "/project-aanmelden/*/verstuurd", "/project-aanmelding/**")
			.permitAll()
			// A parent's or guardian's consent to a child's project sign-up (decision
			// 50), and withdrawing it (decision 51).
			.requestMatchers("/project-toestemming/*", "/project-toestemming/*/intrekken")
			.permitAll()
			.requestMatchers("/vragenlijst/**")
			.permitAll()
			.requestMatchers("/voortgang/*")
			.permitAll()
			.requestMatchers("/stemmen/*")
			.permitAll()
			// "Doe mee": the page, the request form and its thanks, for anyone (issue 16)
			.requestMatchers("/doe-mee", "/doe-mee/aanvragen", "/doe-mee/verstuurd")
			.permitAll()
			.requestMatchers("/aanvragen", "/aanvragen/**")
			.hasRole(national)
			.requestMatchers("/oogst-invoer/*")
			.permitAll()
			// A dialogue facilitator's link (no account; issue 17)
			.requestMatchers("/gespreksleider/**")
			.permitAll()
			.requestMatchers("/mijn-agenda", "/mijn-agenda/**")
			.hasAnyRole(national, regional)
			.requestMatchers("/vragenlijstsjablonen", "/vragenlijstsjablonen/**")
			.hasRole(national)
			.requestMatchers("/indicatoren", "/indicatoren/**")
			.hasRole(national)
			.requestMatchers("/onderwerpen", "/onderwerpen/**")
			.hasRole(national)
			.requestMatchers("/landelijke-acties", "/landelijke-acties/**")
			.hasRole(national)
			.requestMatchers("/inzagelog")
			.hasRole(national)
			.requestMatchers("/beheer/mails")
			.hasRole(national)
			.requestMatchers("/privacy/verzoeken", "/privacy/verzoeken/**")
			.hasRole(national)
			.requestMatchers("/bijeenkomsten")
			.hasAnyRole(national, regional)
			// A meeting's pages check who runs its trajectory (MeetingAccess): a
			// policymaker of another region gets "not found", as for the trajectory,
			// and one of its own region "forbidden" (AuthorizationMatrixTest).
			.requestMatchers("/bijeenkomsten/**")
			.authenticated()
			.requestMatchers("/accounts", "/accounts/**")
			.hasRole(national)
			// The national overview: everyone with an account; a region's page checks
			// whose region it is (NationalOverview, decision 40), the recurring topics
			// and the annual numbers show only the trajectories this person may see
			// (RecurringTopics, AnnualNumbers).
			.requestMatchers(HttpMethod.GET, "/overzicht", "/overzicht/regios/*", "/overzicht/onderwerpen",
					"/overzicht/jaarcijfers", "/overzicht/jaarcijfers.csv")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/regios")
			.hasAnyRole(national, regional)
			.requestMatchers("/regios/**")
			.hasRole(national)
			// National projects (decision 45): the list for everyone with an account
			// (each
			// sees the projects they may see), a new one for national coordinators; a
			// project's settings check who runs it (ProjectSetup).
			.requestMatchers("/projecten/nieuw")
			.hasRole(national)
			.requestMatchers("/projecten", "/projecten/*/bewerken")
			.authenticated()
			// A project's sign-ups: who runs the project (SignUpListController).
			.requestMatchers("/projecten/*/aanmeldingen")
			.authenticated()
			// All dialogues of a project: whoever sees the project (ProjectDialogues).
			.requestMatchers(HttpMethod.GET, "/projecten/*/dialogen")
			.authenticated()
			// Its grouping page and actions: who runs the project
			// (DialogueGroupsController, decision 49).
			.requestMatchers("/projecten/*/indeling", "/projecten/*/indeling/*")
			.authenticated()
			.requestMatchers("/trajecten/nieuw")
			.hasAnyRole(national, regional)
			.requestMatchers(HttpMethod.POST, "/trajecten")
			.hasAnyRole(national, regional)
			.requestMatchers("/trajecten", "/trajecten/**")
			.authenticated()
			.anyRequest()
			.denyAll())
			.formLogin((form) -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.successHandler(successHandler(throttle))
				.failureHandler(new RememberUsernameFailureHandler(LOGIN, LOGIN + "?fout"))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/uitloggen").logoutSuccessUrl(LOGIN + "?uitgelogd").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// Nothing asks the request who is logged in (request.getUserPrincipal(),
			// isUserInRole): the application reads the security context. Without this
			// wrapper every request attribute a template reads passes one wrapper fewer.
			.servletApi((api) -> api.disable())
			// Without a session, the CSRF secret is kept in a cookie: a public page makes
			// no session (decision 30).
			.csrf((csrf) -> csrf.csrfTokenRepository(new BrowserCsrfTokens()))
			.addFilterBefore(new LoginThrottleFilter(throttle, LOGIN), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new AccountSessionFilter(accounts, LOGIN), AnonymousAuthenticationFilter.class)
			// A form sent twice from one page is carried out once (decision 28); after
			// the
			// CSRF check and the access rules, so that only allowed requests reach its
			// table.
			.addFilterAfter(new SubmitOnceFilter(submissions, hash), AuthorizationFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				// The headers are set before the request is handled instead of when the
				// response is committed: otherwise the filter wraps request and response,
				// and every request attribute a page's template reads and every write
				// passes one more wrapper (docs/performance.md). A controller that sets
				// its own Cache-Control still replaces the default; Pragma: no-cache and
				// Expires: 0 then stay, harmless beside the no-store of our downloads.
				.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
					@Override
					public <O extends HeaderWriterFilter> O postProcess(O filter) {
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}
				}));
		return http.build();
	}

	/**
	 * No Micrometer observation around each security filter, authentication and access
	 * decision: they cost about 6 % of every request (a timer and a counter per filter,
	 * docs/performance.md) and nobody reads them. Requests are still timed as a whole
	 * ({@code http.server.requests}); logins are counted by {@code LoginMetrics}.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * To the page asked for before logging in, or the start page; on the way the throttle
	 * forgets the attempt and sets the browser's device cookie.
	 */
	private static AuthenticationSuccessHandler successHandler(LoginThrottle throttle) {
		SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
		redirect.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			throttle.succeeded(request, response);
			redirect.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
