package nl.nvp.goedegesprek.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Email;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.advice.AdviceFixtures;
import nl.nvp.goedegesprek.project.dialogue.FacilitatorLinkFixture;
import nl.nvp.goedegesprek.project.signup.SignUpFixtures;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.shared.KeyedHash;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.Mailbox;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Actor;
import nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Outcome;
import nl.nvp.goedegesprek.support.TestClock;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.TemplateCacheKey;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Property-based fuzzing of every form and endpoint (jqwik): every route the application
 * maps (read from the {@link RequestMappingHandlerMapping}, so a new route is fuzzed
 * without being listed here) is sent generated requests by whoever may use it (the
 * {@link AuthorizationMatrixTest} says who). Each field the handler binds, found from its
 * parameters and form objects, gets a sensible value, a hostile one (markup, SQL, control
 * characters, unicode edge cases, huge and negative numbers, impossible dates, wrong
 * types), is left out, or is sent several times. For every request:
 * <ul>
 * <li>the answer is never a server error (5xx);</li>
 * <li>no generated markup comes back unescaped, neither now nor on any later page that
 * shows what was stored (every marker is unique, so a raw one anywhere is a
 * reflection);</li>
 * <li>a refused request (4xx, or a form shown again) stores nothing at all: a trigger on
 * every table logs each committed row change during the request.</li>
 * </ul>
 * A route with a path variable or a raw parameter map this test cannot fill fails it, so
 * a new route never goes unfuzzed.
 */
@IntegrationTest
class FormFuzzTest {

	/** At least this many generated requests in one run. */
	static final int TRIES = 10_000;

	/** Every route gets at least this many of them. */
	private static final int MIN_PER_ROUTE = 5;

	/** Markup markers: unique per generated value, never in a template. */
	private static final Pattern RAW_MARKUP = Pattern
		.compile("<script>alert\\('fz\\d+|<svg onload=alert\\('fz\\d+|<img src=x onerror=alert\\('fz\\d+|<fz\\d+>"
				+ "|(?:href|src|action|formaction)\\s*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE);

	/**
	 * What every match of {@link #RAW_MARKUP} contains: a quick first look at an answer.
	 */
	private static final Pattern MAY_BE_RAW_MARKUP = Pattern.compile("fz\\d|javascript:", Pattern.CASE_INSENSITIVE);

	/**
	 * Tables written whatever the outcome of a request: rate-limit buckets, the access
	 * log of viewed personal data (a refused form about participants is still a view of
	 * them), the event publication registry, the scheduler lock and the sessions (the
	 * generated requests keep theirs in memory, but the clean-up job deletes expired ones
	 * of other tests every minute), and the claims of the double-submit guard and of
	 * survey answers (decision 28; their clean-up job also runs every minute).
	 */
	private static final Set<String> WRITTEN_REGARDLESS = Set.of("login_throttle", "personal_data_access",
			"event_publication", "event_publication_archive", "shedlock", "spring_session", "spring_session_attributes",
			"form_submission", "survey_answer_claim");

	/**
	 * Flash attributes that hold a message key only; a flash with anything else (what was
	 * typed, a link made) is shown on the page the post leads to, which is then fetched
	 * too.
	 */
	private static final Set<String> FLASH_KEYS_ONLY = Set.of("flashMessage", "flashError");

	/** Routes that are handled by Spring Security's filters, not by a controller. */
	private static final List<String[]> FILTER_ROUTES = List.of(new String[] { "POST", "/inloggen" },
			new String[] { "POST", "/uitloggen" });

	/** The region whose reference data the fuzzing may change (no other test uses it). */
	private static final String FUZZ_REGION = "JZ39";

	/**
	 * -Dformfuzz.collect=true: report every kind of finding at the end instead of
	 * stopping at the first.
	 */
	private static final boolean COLLECT = Boolean.getBoolean("formfuzz.collect");

	private static Fixture fixture;

	private static Stats stats;

	@Autowired
	private WebApplicationContext context;

	/** The suite's MockMvc, without recording every answer for printing on failure. */
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JdbcClient jdbcClient;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private nl.nvp.goedegesprek.account.CalendarFeeds calendarFeeds;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private nl.nvp.goedegesprek.project.setup.ProjectFixtures projects;

	@Autowired
	private SignUpFixtures signUps;

	@Autowired
	private AdviceFixtures advice;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private Mailbox mailbox;

	@Autowired
	private nl.nvp.goedegesprek.joining.JoinForms joinForms;

	@Autowired
	private com.icegreen.greenmail.util.GreenMail greenMail;

	private List<Target> targets;

	/** How a session attribute is sealed before Spring Session JDBC stores it. */
	private SessionAttributeCipher sessionCipher;

	@BeforeProperty
	void startApplication() throws Exception {
		long started = System.nanoTime();
		// jqwik is not JUnit Jupiter: the shared application context (the same cached one
		// as every @IntegrationTest) is injected by hand.
		new TestContextManager(FormFuzzTest.class).prepareTestInstance(this);
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(this.context);
		this.context.getBeanProvider(MockMvcBuilderCustomizer.class)
			.orderedStream()
			.filter((customizer) -> !(customizer instanceof SpringBootMockMvcBuilderCustomizer))
			.forEach((customizer) -> customizer.customize(builder));
		SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(this.context);
		quiet.setPrint(MockMvcPrint.NONE);
		quiet.customize(builder);
		this.mvc = builder.build();
		this.sessionCipher = new SessionAttributeCipher(this.context.getBean(KeyedHash.class),
				FormFuzzTest.class.getClassLoader());
		if (fixture == null) {
			fixture = new Fixture();
		}
		this.targets = targets();
		// Every route can be filled (or fails here, with the reason).
		this.targets.forEach((target) -> {
			target.pathVariables().forEach((name) -> fixture.pathValues(target.pattern(), name));
			target.fields().forEach(fixture::valid);
		});
		System.out.printf("FormFuzzTest: application and data ready after %.1f s%n",
				(System.nanoTime() - started) / 1e9);
		stats = new Stats();
		stats.commits = this.jdbc
			.queryForObject("select xact_commit from pg_stat_database where datname = current_database()", Long.class);
		stats.sessions = this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
		stats.mails = this.greenMail.getReceivedMessages().length;
		installWriteLog();
	}

	@AfterProperty
	void report() {
		removeWriteLog();
		if (stats.requests.get() == 0) {
			return;
		}
		double seconds = (System.nanoTime() - stats.started) / 1e9;
		System.out.printf(
				"FormFuzzTest: %d generated requests (%d POST) and %d follow-up GETs on %d routes in %.1f s;"
						+ " answers by status: %s%n",
				stats.requests.get(), stats.posts.get(), stats.followUps.get(), this.targets.size(), seconds,
				new TreeMap<>(stats.statuses));
		System.out.printf("FormFuzzTest: %.1f s of it in requests and checks (the rest generating them)%n",
				stats.nanos.values().stream().mapToLong(Long::longValue).sum() / 1e9);
		stats.nanos.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(12)
			.forEach((e) -> System.out.printf("FormFuzzTest: %6.2f s in %4d requests to %s%n", e.getValue() / 1e9,
					stats.perTarget.get(e.getKey()), e.getKey()));
		System.out.println("FormFuzzTest: seconds by phase: " + new TreeMap<>(stats.phases).entrySet()
			.stream()
			.map((e) -> e.getKey() + " " + String.format("%.1f", e.getValue() / 1e9))
			.collect(Collectors.joining(", ")));
		System.out.printf("FormFuzzTest: %d database transactions, %d session rows added, %d mails sent%n",
				this.jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
						Long.class) - stats.commits,
				this.jdbc.queryForObject("select count(*) from spring_session", Long.class) - stats.sessions,
				this.greenMail.getReceivedMessages().length - stats.mails);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Long.class))
			.as("session rows after the fuzzing (generated requests keep their session in memory)")
			.isLessThanOrEqualTo(stats.sessions);
		ICache<TemplateCacheKey, TemplateModel> parsed = this.context.getBean(SpringTemplateEngine.class)
			.getCacheManager()
			.getTemplateCache();
		System.out.printf(
				"FormFuzzTest: %d parsed templates and fragment selections in Thymeleaf's cache"
						+ " (%d without the page that inserts them)%n",
				parsed.keySet().size(),
				parsed.keySet()
					.stream()
					.map((key) -> key.getTemplate() + key.getTemplateSelectors())
					.distinct()
					.count());
		// Every page was rendered: a cache near its limit would evict and parse again.
		assertThat(parsed.keySet().size())
			.as("parsed templates cached after rendering every page (TemplateCacheConfiguration)")
			.isLessThan(TemplateCacheConfiguration.TEMPLATES / 2);
		stats.findings.forEach((key, message) -> System.out.println("FINDING " + key + "\n" + message + "\n"));
		assertThat(stats.findings).as("findings").isEmpty();
		if (stats.requests.get() >= TRIES) {
			// A complete run (a failing one stops early and reports its own failure).
			List<String> seldom = this.targets.stream()
				.filter((target) -> stats.perTarget.getOrDefault(target.toString(), 0) < MIN_PER_ROUTE)
				.map(Target::toString)
				.toList();
			assertThat(seldom).as("routes fuzzed fewer than %d times", MIN_PER_ROUTE).isEmpty();
		}
	}

	@Property(tries = TRIES, seed = "20261204", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
	void noInputMakesAServerErrorReflectsMarkupOrStoresHalf(@ForAll("requests") Generated generated) throws Exception {
		Target target = generated.target();
		stats.count(target, generated);
		URI uri = uri(target, generated.pathValues());
		MockHttpServletRequestBuilder builder = request(target.method(), uri);
		generated.params().forEach((name, values) -> values.forEach((value) -> builder.param(name, value)));
		generated.cookies().forEach((name, value) -> builder.cookie(new Cookie(name, value)));
		if (generated.htmx()) {
			builder.header("HX-Request", "true");
		}
		if (target.method() == HttpMethod.POST && generated.withCsrf()) {
			builder.with(csrf());
		}
		AccountPrincipal principal = fixture.principal(generated.actor());
		if (principal != null) {
			builder.with(user(principal));
		}
		String address = generated.address();
		builder.with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
		builder.with(FormFuzzTest::sessionInMemory);
		long started = System.nanoTime();
		try {
			check(generated, target, uri, builder, principal);
		}
		catch (AssertionError ex) {
			if (!COLLECT) {
				throw ex;
			}
			String message = String.valueOf(ex.getMessage());
			stats.findings.putIfAbsent(target + " " + message.substring(0, Math.min(message.length(), 12)),
					message.substring(0, Math.min(message.length(), 1500)));
		}
		finally {
			stats.time(target, System.nanoTime() - started);
		}
	}

	/**
	 * Only for a request that published events (its write log shows a publication): waits
	 * until the listeners of the events a request published (after its commit, on a
	 * thread of their own; a publication is deleted once done) have finished, so that
	 * what they write is counted for the request that caused it, not for the next one.
	 */
	private void awaitEventListeners(String what) throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
		while (this.jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class) > 0) {
			assertThat(System.nanoTime()).as("event listeners still running 10 s after %s", what).isLessThan(deadline);
			Thread.sleep(1);
		}
	}

	private void check(Generated generated, Target target, URI uri, MockHttpServletRequestBuilder builder,
			AccountPrincipal principal) throws Exception {
		String what = target + " as " + generated.actor() + " " + abbreviated(uri.toString()) + " "
				+ generated.params()
					.entrySet()
					.stream()
					.map((e) -> e.getKey() + "=" + e.getValue().stream().map(FormFuzzTest::abbreviated).toList())
					.collect(Collectors.joining(", ", "{", "}"));
		long t0 = System.nanoTime();
		MvcResult result = perform(builder, what);
		long t1 = System.nanoTime();
		stats.phase("perform", t1 - t0);
		MockHttpServletResponse response = result.getResponse();
		stats.status(response.getStatus());
		assertSafe(response, what);
		assertStorable(result, what);
		long t2 = System.nanoTime();
		stats.phase("assertSafe", t2 - t1);
		Set<String> written = new TreeSet<>(
				this.jdbc.queryForList("delete from fuzz_write_log returning table_name", String.class));
		long t3 = System.nanoTime();
		stats.phase("writeLog", t3 - t2);
		if (written.contains("event_publication")) {
			// The request published events: what their listeners write counts for it too.
			awaitEventListeners(what);
			written.addAll(this.jdbc.queryForList("delete from fuzz_write_log returning table_name", String.class));
			stats.phase("awaitListeners", System.nanoTime() - t3);
		}
		written.removeAll(WRITTEN_REGARDLESS);
		boolean refused = response.getStatus() >= 400
				|| (target.method() == HttpMethod.POST && response.getStatus() == 200 && !generated.htmx());
		if (refused) {
			assertThat(written).as("tables written by a refused request (%d) %s", response.getStatus(), what).isEmpty();
		}
		if (response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null
				&& response.getRedirectedUrl().startsWith("/") && result.getFlashMap() != null
				&& !FLASH_KEYS_ONLY.containsAll(result.getFlashMap().keySet())) {
			long t4 = System.nanoTime();
			followRedirect(result, principal, what);
			stats.phase("followRedirect", System.nanoTime() - t4);
		}
	}

	/**
	 * Generated requests keep their session in memory ({@link MockHttpSession}) instead
	 * of in PostgreSQL: Spring Session's filter is told it has already run. Sessions are
	 * not what this test is about (TwoInstancesTest and the session tests cover them in
	 * PostgreSQL), and a read and a write of the session table per request would double
	 * its time. {@link #assertStorable} still checks that every session attribute a
	 * request leaves could be stored the way the session repository stores it.
	 */
	private static MockHttpServletRequest sessionInMemory(MockHttpServletRequest request) {
		request.setAttribute(SessionRepositoryFilter.class.getName() + ".FILTERED", Boolean.TRUE);
		return request;
	}

	/**
	 * Every attribute of the request's session survives the conversion Spring Session
	 * JDBC applies before it writes a session row (serialized and encrypted).
	 */
	private void assertStorable(MvcResult result, String what) {
		HttpSession session = result.getRequest().getSession(false);
		if (session == null) {
			return;
		}
		for (String name : Collections.list(session.getAttributeNames())) {
			Object value = session.getAttribute(name);
			try {
				this.sessionCipher.seal("fuzz", name, value);
			}
			catch (RuntimeException ex) {
				throw new AssertionError(
						"[500: session attribute " + name + " cannot be stored: " + ex + "] from " + what, ex);
			}
		}
	}

	/** The checks themselves catch what they look for. */
	@Example
	void checksCatchRawMarkupAndRefusedWrites() throws Exception {
		MockHttpServletResponse raw = new MockHttpServletResponse();
		raw.setContentType("text/html");
		raw.getWriter().write("<p>Hallo</p><script>alert('fz12')</script>");
		assertThatThrownBy(() -> assertSafe(raw, "raw")).hasMessageContaining("Unescaped markup");
		MockHttpServletResponse link = new MockHttpServletResponse();
		link.setContentType("text/html");
		link.getWriter().write("<a href=\"javascript:alert(&#39;fz12&#39;)\">x</a>");
		assertThatThrownBy(() -> assertSafe(link, "link")).hasMessageContaining("Unescaped markup");
		MockHttpServletResponse escaped = new MockHttpServletResponse();
		escaped.setContentType("text/html");
		escaped.getWriter()
			.write("<p>&lt;script&gt;alert(&#39;fz12&#39;)&lt;/script&gt; &quot;&gt;&lt;svg onload=x&gt;</p>");
		assertSafe(escaped, "escaped");
		this.jdbc.queryForList("delete from fuzz_write_log returning table_name", String.class);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> {
			this.jdbc.update("update region set name = name where code = ?", FUZZ_REGION);
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForList("delete from fuzz_write_log returning table_name", String.class))
			.as("a rolled back change")
			.isEmpty();
		this.jdbc.update("update region set name = name where code = ?", FUZZ_REGION);
		assertThat(this.jdbc.queryForList("delete from fuzz_write_log returning table_name", String.class))
			.as("a committed change")
			.containsExactly("region");
	}

	/** The page a successful post leads to, with its flash message. */
	private void followRedirect(MvcResult result, AccountPrincipal principal, String what) throws Exception {
		MockHttpServletRequestBuilder next = get(URI.create(result.getResponse().getRedirectedUrl()));
		if (result.getFlashMap() != null && !result.getFlashMap().isEmpty()) {
			next.flashAttrs(result.getFlashMap());
		}
		if (principal != null) {
			next.with(user(principal));
		}
		next.with(FormFuzzTest::sessionInMemory);
		MvcResult followed = perform(next, "after " + what);
		stats.followUps.incrementAndGet();
		assertSafe(followed.getResponse(), "after " + what);
		assertStorable(followed, "after " + what);
	}

	/**
	 * MockMvc hands an exception that no handler took on to the test; a server answers it
	 * with 500.
	 */
	private MvcResult perform(MockHttpServletRequestBuilder builder, String what) {
		try {
			return this.mvc.perform(builder).andReturn();
		}
		catch (Exception ex) {
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			throw new AssertionError("[500: " + cause + "] from " + what, ex);
		}
	}

	private static void assertSafe(MockHttpServletResponse response, String what) throws Exception {
		assertThat(response.getStatus()).as("status of %s", what).isLessThan(500);
		for (String header : response.getHeaderNames()) {
			for (String value : response.getHeaders(header)) {
				assertThat(value).as("header %s of %s", header, what).doesNotContain("\r", "\n");
			}
		}
		String type = String.valueOf(response.getContentType());
		if (type.contains("csv") || type.contains("pdf") || type.contains("calendar") || type.contains("json")) {
			// Not HTML: a browser does not run markup in a download or in JSON (served
			// with
			// nosniff).
			return;
		}
		String body = response.getContentAsString();
		if (!MAY_BE_RAW_MARKUP.matcher(body).find()) {
			return;
		}
		Matcher raw = RAW_MARKUP.matcher(body);
		if (raw.find()) {
			int from = Math.max(0, raw.start() - 200);
			throw new AssertionError("Unescaped markup in the answer to " + what + ":\n"
					+ body.substring(from, Math.min(body.length(), raw.end() + 200)));
		}
	}

	/** A value as a report shows it: short, with invisible characters made visible. */
	private static String abbreviated(String value) {
		String shown = (value.length() > 80) ? value.substring(0, 60) + "…(" + value.length() + " chars)" : value;
		StringBuilder visible = new StringBuilder();
		shown.codePoints()
			.forEach((c) -> visible.append((Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
					|| Character.getType(c) == Character.SURROGATE || c == 0xFFFE || c == 0xFFFF)
							? String.format("\\u%04x", c) : Character.toString(c)));
		return visible.toString();
	}

	private static URI uri(Target target, Map<String, String> pathValues) {
		return UriComponentsBuilder.fromPath(target.pattern()).encode().buildAndExpand(pathValues).toUri();
	}

	// ------------------------------------------------------------------ targets

	/** A route to fuzz: one method and pattern, with the fields its handler binds. */
	record Target(HttpMethod method, String pattern, List<String> pathVariables, List<Field> fields,
			List<Field> cookies, Set<Actor> actors) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	enum Kind {

		TEXT, EMAIL, INTEGER, DECIMAL, BOOLEAN, DATE, TIME, ENUM, UUID

	}

	/** One request field: its name, what it holds, and whether it may be repeated. */
	record Field(String name, Kind kind, List<String> constants, boolean multiple) {

		static Field of(String name, Class<?> type, boolean multiple, AnnotatedElement annotations) {
			if (type.isEnum()) {
				List<String> constants = Arrays.stream(type.getEnumConstants())
					.map((constant) -> ((Enum<?>) constant).name())
					.toList();
				return new Field(name, Kind.ENUM, constants, multiple);
			}
			Kind kind;
			if (type == boolean.class || type == Boolean.class) {
				kind = Kind.BOOLEAN;
			}
			else if (type == BigDecimal.class || type == double.class || type == Double.class) {
				kind = Kind.DECIMAL;
			}
			else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
				kind = Kind.INTEGER;
			}
			else if (type == LocalDate.class) {
				kind = Kind.DATE;
			}
			else if (type == LocalTime.class) {
				kind = Kind.TIME;
			}
			else if (type == java.util.UUID.class) {
				kind = Kind.UUID;
			}
			else if (annotations != null && AnnotatedElementUtils.hasAnnotation(annotations, Email.class)) {
				kind = Kind.EMAIL;
			}
			else {
				kind = Kind.TEXT;
			}
			return new Field(name, kind, List.of(), multiple);
		}

	}

	private List<Target> targets() {
		Map<String, Set<Actor>> allowed = allowedActors();
		List<Target> found = new ArrayList<>();
		this.handlerMapping.getHandlerMethods()
			.forEach((info, handler) -> found.addAll(targetsOf(info, handler, allowed)));
		for (String[] route : FILTER_ROUTES) {
			found.add(new Target(HttpMethod.valueOf(route[0]), route[1], List.of(),
					List.of(new Field("username", Kind.EMAIL, List.of(), false),
							new Field("password", Kind.TEXT, List.of(), false)),
					List.of(), Set.of(Actor.ANONYMOUS, Actor.NATIONAL)));
		}
		found.sort((a, b) -> a.toString().compareTo(b.toString()));
		return found;
	}

	private List<Target> targetsOf(RequestMappingInfo info, HandlerMethod handler, Map<String, Set<Actor>> allowed) {
		List<Target> found = new ArrayList<>();
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		for (String pattern : info.getPatternValues()) {
			if (pattern.equals("/error")) {
				// Only reached by an error dispatch (AuthorizationMatrixTest covers it).
				continue;
			}
			for (RequestMethod method : methods) {
				if (method != RequestMethod.GET && method != RequestMethod.POST) {
					throw new AssertionError("FormFuzzTest does not fuzz " + method + " " + pattern + " yet");
				}
				Set<Actor> actors = allowed.get(method + " " + shape(pattern));
				if (actors == null) {
					throw new AssertionError(method + " " + pattern + " is not in AuthorizationMatrixTest");
				}
				List<Field> fields = new ArrayList<>();
				List<Field> cookies = new ArrayList<>();
				List<String> variables = new ArrayList<>();
				Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(pattern);
				while (variable.find()) {
					variables.add(variable.group(1));
				}
				for (MethodParameter parameter : handler.getMethodParameters()) {
					parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
					fieldsOf(method + " " + pattern, parameter, fields, cookies);
				}
				found.add(new Target(HttpMethod.valueOf(method.name()), pattern, variables, dedupe(fields), cookies,
						actors));
			}
		}
		return found;
	}

	private static List<Field> dedupe(List<Field> fields) {
		Map<String, Field> byName = new LinkedHashMap<>();
		fields.forEach((field) -> byName.putIfAbsent(field.name(), field));
		return List.copyOf(byName.values());
	}

	/** The request fields one handler parameter binds. */
	private void fieldsOf(String route, MethodParameter parameter, List<Field> fields, List<Field> cookies) {
		Class<?> type = parameter.getParameterType();
		if (parameter.hasParameterAnnotation(PathVariable.class)
				|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
			return;
		}
		CookieValue cookie = parameter.getParameterAnnotation(CookieValue.class);
		if (cookie != null) {
			cookies.add(Field.of(cookie.name().isEmpty() ? parameter.getParameterName() : cookie.name(), type, false,
					null));
			return;
		}
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			if (Map.class.isAssignableFrom(type)) {
				List<Field> raw = rawParameters(route);
				if (raw == null) {
					throw new AssertionError(route + " reads a raw parameter map: tell FormFuzzTest.rawParameters "
							+ "which fields it expects");
				}
				fields.addAll(raw);
				return;
			}
			String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
			addField(name, type, parameter.getGenericParameterType(), null, fields, 0);
			return;
		}
		if (parameter.hasParameterAnnotation(ModelAttribute.class) || (!BeanUtils.isSimpleProperty(type)
				&& type.getPackageName().startsWith("nl.nvp.goedegesprek") && !Errors.class.isAssignableFrom(type))) {
			propertiesOf(type, "", fields, 0);
			return;
		}
		if (BindingResult.class.isAssignableFrom(type) || type.getPackageName().startsWith("org.springframework")
				|| type.getPackageName().startsWith("jakarta") || type.getPackageName().startsWith("java")) {
			return;
		}
		throw new AssertionError(route + " has a parameter FormFuzzTest does not know how to fill: " + parameter);
	}

	private void propertiesOf(Class<?> type, String prefix, List<Field> fields, int depth) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				BindParam bind = component.getAnnotation(BindParam.class);
				String name = (bind != null) ? bind.value() : component.getName();
				addField(prefix + name, component.getType(), component.getGenericType(), component, fields, depth);
			}
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			java.lang.reflect.Field declared = ReflectionUtils.findField(type, property.getName());
			addField(prefix + property.getName(), property.getPropertyType(),
					property.getWriteMethod().getGenericParameterTypes()[0], declared, fields, depth);
		}
	}

	private void addField(String name, Class<?> type, Type generic, AnnotatedElement annotations, List<Field> fields,
			int depth) {
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			Class<?> element = type.isArray() ? type.getComponentType() : typeArgument(generic, 0);
			if (BeanUtils.isSimpleValueType(element)) {
				fields.add(Field.of(name, element, true, annotations));
			}
			else if (depth < 2) {
				// Indexed nested forms: the first, the last of a usual size, and one past
				// the binder's limit.
				for (int index : new int[] { 0, 1, 7, 64 }) {
					propertiesOf(element, name + "[" + index + "].", fields, depth + 1);
				}
			}
			return;
		}
		if (Map.class.isAssignableFrom(type)) {
			Class<?> key = typeArgument(generic, 0);
			Class<?> value = typeArgument(generic, 1);
			List<String> keys = new ArrayList<>(List.of("ONBEKEND", ""));
			if (key.isEnum()) {
				Arrays.stream(key.getEnumConstants()).forEach((constant) -> keys.add(((Enum<?>) constant).name()));
			}
			keys.forEach((k) -> fields.add(Field.of(name + "[" + k + "]", value, false, annotations)));
			return;
		}
		if (BeanUtils.isSimpleValueType(type)) {
			fields.add(Field.of(name, type, false, annotations));
		}
		else if (depth < 2) {
			propertiesOf(type, name + ".", fields, depth + 1);
		}
	}

	private static Class<?> typeArgument(Type generic, int index) {
		if (generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[index] instanceof Class<?> argument) {
			return argument;
		}
		return String.class;
	}

	/** Handlers that read the whole parameter map: the fields their forms send. */
	private List<Field> rawParameters(String route) {
		List<Field> fields = new ArrayList<>();
		switch (route) {
			case "POST /vragenlijst/{token}" -> {
				fixture.survey.questionIds().forEach((id) -> fields.add(Field.of("q" + id, String.class, true, null)));
				fields.add(Field.of("q0", Integer.class, false, null));
				fields.add(Field.of("qx", Integer.class, false, null));
			}
			case "POST /trajecten/{id}/prioriteiten" -> {
				fields.add(Field.of("stippen-" + fixture.itemId, Integer.class, false, null));
				fields.add(Field.of("stippen-" + fixture.otherItemId, Integer.class, false, null));
				fields.add(Field.of("stippen-", Integer.class, false, null));
				fields.add(Field.of("stippen-99999999999999999999", Integer.class, false, null));
			}
			default -> {
				return null;
			}
		}
		return fields;
	}

	/**
	 * Who may use each route, by the authorization matrix; a personal link's route (not
	 * found for all of them there, as it is tried with an unknown link) is used without
	 * an account.
	 */
	private static Map<String, Set<Actor>> allowedActors() {
		Set<Actor> fuzzed = Set.of(Actor.ANONYMOUS, Actor.NATIONAL, Actor.REGIONAL_ASSIGNED,
				Actor.POLICYMAKER_OWN_REGION);
		Map<String, Set<Actor>> allowed = new LinkedHashMap<>();
		for (AuthorizationMatrixTest.Route route : AuthorizationMatrixTest.MATRIX) {
			Set<Actor> actors = route.expected()
				.entrySet()
				.stream()
				.filter((e) -> e.getValue() == Outcome.OK && fuzzed.contains(e.getKey()))
				.map(Map.Entry::getKey)
				.collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Actor.class)));
			if (actors.isEmpty()) {
				actors.add(Actor.ANONYMOUS);
			}
			allowed.merge(route.method() + " " + shape(route.pattern()), actors, (a, b) -> {
				a.addAll(b);
				return a;
			});
		}
		return allowed;
	}

	private static String shape(String pattern) {
		return pattern.replaceAll("\\{[^}]+}", "{}");
	}

	// ------------------------------------------------------------------ generators

	/** One generated request. */
	record Generated(Target target, Actor actor, Map<String, String> pathValues, Map<String, List<String>> params,
			Map<String, String> cookies, boolean htmx, boolean withCsrf, String address) {

		@Override
		public String toString() {
			return this.target + " as " + this.actor + " " + this.pathValues + " " + this.params;
		}

	}

	@Provide
	Arbitrary<Generated> requests() {
		List<Tuple.Tuple2<Integer, Target>> weighted = this.targets.stream()
			.map((target) -> Tuple.of(weight(target), target))
			.toList();
		// One arbitrary per route, made once: jqwik then keeps its generators between
		// tries.
		Map<Target, Arbitrary<Generated>> perTarget = new LinkedHashMap<>();
		this.targets.forEach((target) -> perTarget.put(target, requestFor(target)));
		return Arbitraries.frequency(weighted).flatMap(perTarget::get);
	}

	/**
	 * Forms get three times the attention of pages; logging in (a deliberately slow
	 * password hash) and downloads (a PDF takes long to make) as much as a page. (At half
	 * a page's weight they were expected only about seven times in a run, so one route
	 * more anywhere could leave one under {@link #MIN_PER_ROUTE} by chance.)
	 */
	private static int weight(Target target) {
		if (target.pattern().equals("/inloggen") || target.pattern().endsWith(".pdf")) {
			return 2;
		}
		return (target.method() == HttpMethod.POST) ? 6 : 2;
	}

	private Arbitrary<Generated> requestFor(Target target) {
		Arbitrary<Actor> actor = Arbitraries.of(target.actors());
		Arbitrary<Map<String, String>> path = pathValues(target);
		Arbitrary<Map<String, List<String>>> params = params(target);
		Arbitrary<Map<String, String>> cookies = cookies(target);
		Arbitrary<Boolean> htmx = Arbitraries.frequency(Tuple.of(85, false), Tuple.of(15, true));
		Arbitrary<Boolean> withCsrf = Arbitraries.frequency(Tuple.of(98, true), Tuple.of(2, false));
		Arbitrary<String> address = Arbitraries.integers()
			.between(0, 255)
			.list()
			.ofSize(3)
			.map((parts) -> "10." + parts.get(0) + "." + parts.get(1) + "." + parts.get(2));
		return Combinators.combine(actor, path, params, cookies, htmx, withCsrf, address)
			.as((a, p, f, c, h, x, ip) -> new Generated(target, a, p, f, c, h, x, ip));
	}

	private Arbitrary<Map<String, String>> pathValues(Target target) {
		if (target.pathVariables().isEmpty()) {
			return Arbitraries.just(Map.of());
		}
		List<Arbitrary<Map.Entry<String, String>>> values = target.pathVariables()
			.stream()
			.map((name) -> Arbitraries
				.frequencyOf(Tuple.of(88, Arbitraries.of(fixture.pathValues(target.pattern(), name))),
						Tuple.of(12, Values.hostile()))
				.map((value) -> Map.entry(name, value)))
			.toList();
		return Combinators.combine(values).as((entries) -> {
			Map<String, String> map = new LinkedHashMap<>();
			entries.forEach((e) -> map.put(e.getKey(), e.getValue()));
			return map;
		});
	}

	private Arbitrary<Map<String, String>> cookies(Target target) {
		if (target.cookies().isEmpty()) {
			return Arbitraries.just(Map.of());
		}
		List<Arbitrary<Map.Entry<String, String>>> values = target.cookies()
			.stream()
			.map((field) -> Arbitraries
				.frequencyOf(Tuple.of(50, Arbitraries.just("")), Tuple.of(25, Arbitraries.just("1")),
						Tuple.of(25, Values.cookieSafe()))
				.map((value) -> Map.entry(field.name(), value)))
			.toList();
		return Combinators.combine(values).as((entries) -> {
			Map<String, String> map = new LinkedHashMap<>();
			entries.stream().filter((e) -> !e.getValue().isEmpty()).forEach((e) -> map.put(e.getKey(), e.getValue()));
			return map;
		});
	}

	private Arbitrary<Map<String, List<String>>> params(Target target) {
		List<Arbitrary<Map.Entry<String, List<String>>>> values = new ArrayList<>();
		for (Field field : target.fields()) {
			Arbitrary<String> valid = fixture.valid(field);
			Arbitrary<String> hostile = Values.hostile();
			Arbitrary<String> wrongType = Values.wrongType(field);
			Arbitrary<List<String>> single = Arbitraries.frequencyOf(Tuple.of(50, valid.map(List::of)),
					Tuple.of(22, hostile.map(List::of)), Tuple.of(8, wrongType.map(List::of)),
					Tuple.of(12, Arbitraries.just(List.of())),
					Tuple.of(8, Arbitraries.oneOf(valid, hostile, wrongType).list().ofMinSize(2).ofMaxSize(3)));
			Arbitrary<List<String>> value = field.multiple() ? Arbitraries.frequencyOf(Tuple.of(70, single),
					Tuple.of(30, valid.list().ofMinSize(2).ofMaxSize(4))) : single;
			values.add(value.map((list) -> Map.entry(field.name(), list)));
		}
		// Fields no form has: junk, binder probes and the language switch.
		values.add(Arbitraries
			.frequencyOf(Tuple.of(80, Arbitraries.just(List.<String>of())),
					Tuple.of(20, Values.hostile().list().ofMinSize(1).ofMaxSize(2)))
			.flatMap((list) -> Arbitraries
				.of("taal", "id", "version", "class.module.classLoader.defaultAssertionStatus", "_method", "fz[0]",
						"form.title", "steps[999999]")
				.map((name) -> Map.entry(name, list))));
		return Combinators.combine(values).as((entries) -> {
			Map<String, List<String>> map = new LinkedHashMap<>();
			entries.stream()
				.filter((e) -> !e.getValue().isEmpty())
				.forEach((e) -> map.merge(e.getKey(), new ArrayList<>(e.getValue()), (a, b) -> {
					a.addAll(b);
					return a;
				}));
			return map;
		});
	}

	/** Hostile and sensible values. */
	static final class Values {

		private Values() {
		}

		static Arbitrary<String> marker() {
			return Arbitraries.integers().between(1, 99_999_999).map((n) -> "fz" + n);
		}

		static Arbitrary<String> markup() {
			return marker().flatMap((m) -> Arbitraries.of("<script>alert('" + m + "')</script>",
					"\"><svg onload=alert('" + m + "')>", "'><img src=x onerror=alert('" + m + "')>",
					"</textarea><script>alert('" + m + "')</script>", "</title><" + m + ">",
					"javascript:alert('" + m + "')", "<a href=\"javascript:alert('" + m + "')\">x</a>",
					"<" + m + "> & \" ' `", "Tekst <script>alert('" + m + "')</script> met opmaak"));
		}

		static Arbitrary<String> sql() {
			return Arbitraries.of("' OR 1=1 --", "'; drop table account; --", "\" OR \"\"=\"", "1; select pg_sleep(0)",
					"' union select password_hash from account --", "%' and 1=1 and '%'='", "\\'; --", "1' or '1'='1");
		}

		static Arbitrary<String> control() {
			return Arbitraries.oneOf(
					Arbitraries.of("\u0000", "a\u0000b", "\r\n", "Naam\r\nBcc: x@y.z", "\u202eevil", "\u0007\u0008",
							"\t\t", "\u001b[31m", "\u2028\u2029", "\u000b\u000c", "\u007f"),
					Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(10));
		}

		static Arbitrary<String> unicode() {
			return Arbitraries.oneOf(
					Arbitraries.of("\uD800", "x\uDC00y", "\uDBFF\uDFFF", "e\u0301\u0301\u0301\u0301\u0301",
							"Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359", "😀", "👨‍👩‍👧‍👦", "🏳️‍🌈",
							"\u200b\u200c\u200d", "\ufeff", "\ufffe\uffff", "＜script＞", "ﬁ", "İı", "ß", "\u0130",
							"𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "مرحبا", "שלום", "\u00a0", "\u3000"),
					Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
					Arbitraries.strings().withCharRange('\u0300', '\u036f').ofMinLength(1).ofMaxLength(200));
		}

		static Arbitrary<String> huge() {
			return Arbitraries.oneOf(Arbitraries.integers().between(200, 20_000).map("x"::repeat),
					Arbitraries.integers().between(100, 5_000).map("😀"::repeat),
					Arbitraries.integers().between(50, 2_000).map("<a>"::repeat),
					Arbitraries.integers().between(10, 400).map("a\n"::repeat));
		}

		static Arbitrary<String> number() {
			return Arbitraries.oneOf(Arbitraries.longs().map(String::valueOf),
					Arbitraries.bigIntegers()
						.between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
						.map(String::valueOf),
					Arbitraries.doubles().map(String::valueOf),
					Arbitraries.of("NaN", "Infinity", "-Infinity", "-0", "1e309", "0x1F", "1,5", " 7 ", "+3", "٣",
							"9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "1_000",
							"0.0000000001", "1E+2"));
		}

		static Arbitrary<String> date() {
			return Arbitraries.oneOf(
					Combinators
						.combine(Arbitraries.integers().between(-999_999_999, 999_999_999),
								Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
						.as((y, m, d) -> String.format("%d-%02d-%02d", y, m, d)),
					Arbitraries.integers()
						.between(-9999, 99999)
						.map((y) -> String.format((y > 9999) ? "+%d-01-01" : "%04d-01-01", y)),
					Arbitraries.of("+999999999-12-31", "-999999999-01-01", "0000-00-00", "2026-02-30", "2026-13-01",
							"1899-12-31", "1970-01-01", "9999-12-31", "2100-12-31", "2101-01-01", "31-12-2026",
							"2026-1-1", "2026-12-31T10:00", "25:61", "24:00", "-01:00", "13:00:00.000000001", "12:60",
							"now", "2026-W01"));
		}

		static Arbitrary<String> injection() {
			return Arbitraries.of("${7*7}", "#{7*7}", "*{7*7}", "__${T(java.lang.Runtime).getRuntime()}__::.x",
					"[[${7*7}]]", "{{7*7}}", "../../etc/passwd", "%00", "%2e%2e%2f", "..\\..\\windows", "/",
					"//evil.example", "https://evil.example", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0",
					"@SUM(1+1)", "null", "undefined", "[]", "{}", "true", "false", "0", "", " ");
		}

		static Arbitrary<String> hostile() {
			return Arbitraries.frequencyOf(Tuple.of(30, markup()), Tuple.of(8, sql()), Tuple.of(12, control()),
					Tuple.of(14, unicode()), Tuple.of(4, huge()), Tuple.of(12, number()), Tuple.of(10, date()),
					Tuple.of(10, injection()),
					Tuple.of(10, Combinators.combine(markup(), control(), unicode()).as((a, b, c) -> a + b + c)));
		}

		/** A value of another field's type. */
		static Arbitrary<String> wrongType(Field field) {
			return Arbitraries.of("abc", "1", "-1", "2027-03-01", "13:30", "true", "on", "FOSTER_PARENT",
					"fz@test.example", "10.5", "6f1c7a52-8a4e-4f0e-9a43-2b7d1c0e5f11", "kinderen");
		}

		/** Hostile values a cookie can carry (no separators). */
		static Arbitrary<String> cookieSafe() {
			return Arbitraries.oneOf(number(), Arbitraries.strings().alpha().ofMaxLength(300),
					Arbitraries.of("%3Cscript%3E", "\"quoted\"", "a=b"));
		}

	}

	// ------------------------------------------------------------------ data

	/** What the routes are about: one trajectory in JZ32 with everything in it. */
	private final class Fixture {

		final Map<Actor, AccountPrincipal> principals = new EnumMap<>(Actor.class);

		final long trajectoryId;

		final long otherTrajectoryId;

		final long projectId;

		final long adviceId;

		final long targetAccountId;

		final MeetingFixtures.Created meeting;

		final MeetingFixtures.Created dialogue;

		/** A meeting of its own to cancel, so that the others stay open. */
		final MeetingFixtures.Created toCancel;

		final long registrationId;

		final long joinRequestId;

		final String pendingToken;

		final String projectPublicId;

		final String signUpToken;

		/**
		 * A guardian's consent link (decision 35), of a child's registration waiting for
		 * it.
		 */
		final String consentToken;

		final String projectConsentToken;

		/**
		 * A guardian's consent link of a child's project sign-up whose consent was given,
		 * to withdraw (decision 51).
		 */
		final String projectConsentGivenToken;

		final String votingToken;

		final ResearchFixtures.Created survey;

		final long templateId;

		final long templateQuestionId;

		final long topicId;

		final long catalogueTopicId;

		final long ownTopicId;

		final long indicatorId;

		final long itemId;

		final long otherItemId;

		final long actionId;

		final long versionId;

		final long nationalActionId;

		final String invitationToken;

		final String hostToken;

		final long hostLinkId;

		final long projectMeetingId;

		final String facilitatorToken;

		final long facilitatorLinkId;

		final long remarkId;

		final String ownerToken;

		final String calendarToken;

		final long projectThemeId;

		final long codedRemarkId;

		Fixture() throws Exception {
			this.principals.put(Actor.NATIONAL, FormFuzzTest.this.accounts.create(Role.NATIONAL_COORDINATOR));
			AccountPrincipal coordinator = FormFuzzTest.this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
			this.principals.put(Actor.REGIONAL_ASSIGNED, coordinator);
			this.principals.put(Actor.POLICYMAKER_OWN_REGION,
					FormFuzzTest.this.accounts.create(Role.POLICYMAKER, "JZ32"));
			this.targetAccountId = FormFuzzTest.this.accounts.create(Role.POLICYMAKER, "JZ01").id();
			this.trajectoryId = FormFuzzTest.this.trajectories.createRunning("JZ32", "Fuzz", coordinator.id());
			this.otherTrajectoryId = FormFuzzTest.this.trajectories.createRunning("JZ32", "Fuzz twee",
					coordinator.id());
			this.projectId = FormFuzzTest.this.projects.create("Fuzz-project", Set.of("JZ32"), coordinator.id());
			// A dialogue of the project with its facilitator's link, a remark and someone
			// with a place; a second link is what ending happens to (issue 17).
			this.projectMeetingId = FormFuzzTest.this.meetings.create(this.projectId, "Fuzz-dialoog", 8, Map.of()).id();
			FormFuzzTest.this.meetings.confirmed(this.projectMeetingId, "Fuzz Deelnemer",
					ParticipantRole.FOSTER_PARENT);
			this.facilitatorToken = FacilitatorLinkFixture.link(FormFuzzTest.this.jdbcClient, this.projectId,
					this.projectMeetingId, "Fuzz-gespreksleider");
			this.facilitatorLinkId = FacilitatorLinkFixture.linkId(FormFuzzTest.this.jdbcClient, FacilitatorLinkFixture
				.link(FormFuzzTest.this.jdbcClient, this.projectId, this.projectMeetingId, "Fuzz-tweede"));
			this.remarkId = FacilitatorLinkFixture.remark(FormFuzzTest.this.jdbcClient, this.facilitatorToken, "IDEA",
					"Fuzz-idee");
			SignUpFixtures.Project signUpProject = FormFuzzTest.this.signUps.project("Fuzz-aanmelden", Set.of("JZ32"),
					coordinator.id());
			this.projectPublicId = signUpProject.publicId().toString();
			this.signUpToken = FormFuzzTest.this.signUps.signUp(signUpProject.id(), "Fuzz",
					"fuzz-aanmelding@test.example", ParticipantRole.FOSTER_PARENT, "JZ32", false);
			this.projectConsentToken = FormFuzzTest.this.signUps.awaitingConsent(signUpProject.id(), "Fuzzkind",
					"fuzz-kind@test.example", "fuzz-voogd@test.example");
			this.projectConsentGivenToken = FormFuzzTest.this.signUps.consentGiven(signUpProject.id(), "Fuzzkind twee",
					"fuzz-kind-twee@test.example", "fuzz-voogd-twee@test.example");
			this.codedRemarkId = FormFuzzTest.this.jdbc.queryForObject("""
					insert into dialogue_remark (trajectory_id, meeting_id, kind, text, created_at, changed_at)
					values (?, ?, 'IDEA', 'Fuzz-idee', now(), now()) returning id""", Long.class, this.projectId,
					this.projectMeetingId);
			this.projectThemeId = FormFuzzTest.this.jdbc.queryForObject("""
					insert into project_theme (trajectory_id, name, created_at, changed_at)
					values (?, 'Fuzz-thema', now(), now()) returning id""", Long.class, this.projectId);
			this.adviceId = FormFuzzTest.this.advice.advice(this.projectId, this.projectThemeId, "Fuzz-advies",
					"Fuzz-advies.");
			this.meeting = FormFuzzTest.this.meetings.create(this.trajectoryId, "Fuzz", 40, Map.of());
			this.dialogue = FormFuzzTest.this.meetings.createSecondDialogue(this.trajectoryId, "Fuzz prioriteiten");
			this.toCancel = FormFuzzTest.this.meetings.create(this.trajectoryId, "Fuzz afzeggen", 40, Map.of());
			this.joinRequestId = FormFuzzTest.this.joinForms.request();
			this.registrationId = FormFuzzTest.this.meetings.confirmed(this.meeting.id(), "Fuzz",
					ParticipantRole.FOSTER_PARENT);
			this.pendingToken = FormFuzzTest.this.meetings.pending(this.meeting.id(), "Fuzz", ParticipantRole.PARENT);
			this.calendarToken = FormFuzzTest.this.calendarFeeds.renew(coordinator.id());
			this.consentToken = FormFuzzTest.this.meetings.awaitingConsent(this.meeting.id(), "Fuzzkind")
				.guardianToken();
			this.votingToken = FormFuzzTest.this.meetings.confirmedToken(this.dialogue.id(), "Stemmer",
					ParticipantRole.FOSTER_CHILD);
			this.survey = FormFuzzTest.this.research.openSurvey(this.trajectoryId, coordinator);
			FormFuzzTest.this.research.answer(this.survey, Audience.FOSTER_FAMILIES, 3, "Fuzz");
			this.templateId = FormFuzzTest.this.research.template("Fuzz-sjabloon");
			this.templateQuestionId = FormFuzzTest.this.research.firstQuestionOfTemplate(this.templateId);
			List<Long> topics = FormFuzzTest.this.harvest.choose(this.trajectoryId, coordinator, "Transparantie");
			this.topicId = topics.get(0);
			FormFuzzTest.this.mvc.perform(post("/onderwerpen").param("name", "Fuzz-onderwerp"));
			this.catalogueTopicId = FormFuzzTest.this.harvest.catalogueTopic("Fuzz-onderwerp");
			FormFuzzTest.this.mvc.perform(post("/indicatoren").param("name", "Fuzz-indicator").param("unit", "aantal"));
			this.indicatorId = FormFuzzTest.this.jdbc
				.queryForObject("select id from indicator where name = 'Fuzz-indicator'", Long.class);
			this.ownTopicId = FormFuzzTest.this.harvest.ownTopic(this.trajectoryId, coordinator, "Eigen fuzz");
			this.itemId = FormFuzzTest.this.harvest.harvest(this.trajectoryId, coordinator, this.topicId,
					HarvestKind.IDEA, "Idee");
			this.otherItemId = FormFuzzTest.this.harvest.harvest(this.trajectoryId, coordinator, this.topicId,
					HarvestKind.IDEA, "Nog een idee");
			this.actionId = FormFuzzTest.this.actionPlan.actionWithContact(this.trajectoryId, coordinator, this.topicId,
					"Fuzz-actie", TestClock.today().plusMonths(2), "eigenaar-fuzz@test.example");
			this.versionId = FormFuzzTest.this.actionPlan.submitPlan(this.trajectoryId, coordinator);
			this.nationalActionId = FormFuzzTest.this.actionPlan.nationalAction("Fuzz landelijk");
			FormFuzzTest.this.mvc.perform(post("/accounts").param("email", "uitgenodigd-fuzz@test.example")
				.param("displayName", "Uitgenodigd")
				.param("role", "POLICYMAKER")
				.param("regionCodes", "JZ32"));
			// The invitation is mailed (decision 27), not shown.
			this.invitationToken = linkIn(
					jakarta.mail.internet.MimeMessage.class
						.cast(FormFuzzTest.this.mailbox.await("uitgenodigd-fuzz@test.example", 1).get(0)),
					"/uitnodiging/");
			this.hostToken = linkIn(
					post("/trajecten/" + this.trajectoryId + "/oogst/invoerlinks").param("label", "Tafel 1"),
					"/oogst-invoer/");
			// A second link (for another table) is what revoking happens to, so that the
			// first keeps working for the other requests.
			linkIn(post("/trajecten/" + this.trajectoryId + "/oogst/invoerlinks").param("label", "Tafel 2"),
					"/oogst-invoer/");
			this.hostLinkId = FormFuzzTest.this.jdbc.queryForObject(
					"select max(id) from harvest_entry_link where trajectory_id = ?", Long.class, this.trajectoryId);
			// Outputs: a draft and a published one, each with a file (decision 42)
			for (boolean published : new boolean[] { false, true }) {
				long output = FormFuzzTest.this.jdbc.queryForObject("""
						insert into output (trajectory_id, kind, title, summary, output_date, file_type, file_size,
						file_storage, published_at, created_at, changed_at) values (?, 'RESEARCH_REPORT', ?, 'Fuzz',
						date '2026-11-01', 'application/pdf', 5, 'DATABASE', case when ? then now() end, now(), now())
						returning id""", Long.class, this.trajectoryId, "Fuzz-opbrengst " + published, published);
				FormFuzzTest.this.jdbc.update("insert into output_file (output_id, content) values (?, ?)", output,
						"%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
				this.outputIds.add(output);
			}
			FormFuzzTest.this.mvc
				.perform(post("/trajecten/" + this.trajectoryId + "/acties/" + this.actionId + "/link-versturen"));
			this.ownerToken = linkIn(jakarta.mail.internet.MimeMessage.class
				.cast(FormFuzzTest.this.mailbox.await("eigenaar-fuzz@test.example", 1).get(0)), "/voortgang/");
		}

		private MockHttpServletRequestBuilder post(String url) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
				.with(csrf())
				.with(user(this.principals.get(Actor.NATIONAL)));
		}

		/** The personal link a request shows once (in its flash message). */
		private String linkIn(MockHttpServletRequestBuilder request, String prefix) throws Exception {
			MvcResult result = FormFuzzTest.this.mvc.perform(request).andReturn();
			return tokenAfter(prefix, String.valueOf(result.getFlashMap()));
		}

		private String linkIn(jakarta.mail.internet.MimeMessage message, String prefix) {
			return tokenAfter(prefix, Mailbox.text(message));
		}

		private static String tokenAfter(String prefix, String text) {
			Matcher link = Pattern.compile(Pattern.quote(prefix) + "([A-Za-z0-9_-]+)").matcher(text);
			assertThat(link.find()).as("a link %s in %s", prefix, text).isTrue();
			return link.group(1);
		}

		private final List<Long> outputIds = new ArrayList<>();

		AccountPrincipal principal(Actor actor) {
			return this.principals.get(actor);
		}

		/** Values that identify something real for a path variable of a route. */
		List<String> pathValues(String pattern, String name) {
			List<Object> values = switch (name) {
				case "id" -> {
					if (pattern.startsWith("/accounts/")) {
						yield List.of(this.targetAccountId);
					}
					if (pattern.equals("/bijeenkomsten/{id}/afzeggen")) {
						yield List.of(this.toCancel.id());
					}
					if (pattern.startsWith("/bijeenkomsten/{id}/gespreksleider")) {
						yield List.of(this.projectMeetingId, this.meeting.id());
					}
					if (pattern.startsWith("/bijeenkomsten/")) {
						yield List.of(this.meeting.id(), this.dialogue.id());
					}
					if (pattern.startsWith("/trajecten/{id}/adviezen")) {
						// A national project's advice (decision 48), and a trajectory
						// that
						// is none.
						yield List.of(this.projectId, this.projectId, this.trajectoryId);
					}
					if (pattern.startsWith("/projecten/")) {
						// A national project (decision 45), and a trajectory that is
						// none.
						yield List.of(this.projectId, this.projectId, this.trajectoryId);
					}
					if (pattern.matches("/trajecten/\\{id}/(codeboek|codering|analyse).*")) {
						// A national project's codebook (decision 47), and a trajectory
						// that is none.
						yield List.of(this.projectId, this.projectId, this.trajectoryId);
					}
					if (pattern.matches("/trajecten/\\{id}(/annuleren|/afronden|/stappen/.*)?")) {
						// What closes a trajectory or changes its coordinators happens to
						// the
						// second one, so that the first stays open for the other forms.
						yield List.of(this.otherTrajectoryId);
					}
					yield List.of(this.trajectoryId, this.trajectoryId, this.otherTrajectoryId);
				}
				case "trajectoryId" -> List.of(this.trajectoryId, this.otherTrajectoryId);
				case "themeId" -> List.of(this.projectThemeId, this.projectThemeId, 987654321L);
				case "remarkId" ->
					pattern.contains("/codering/") ? List.of(this.codedRemarkId, this.codedRemarkId, 987654321L)
							: List.of(this.remarkId, 987654321L);
				case "code" -> List.of(FUZZ_REGION);
				case "step" -> List.of("RESEARCH_FIGURES", "RESEARCH_EXPERIENCE", "KICK_OFF", "FOLLOW_UP");
				case "registrationId" -> List.of(this.registrationId);
				case "requestId" -> List.of(this.joinRequestId);
				case "figureId", "findingId", "answerId" ->
					List.of("1", "987654321", "6f1c7a52-8a4e-4f0e-9a43-2b7d1c0e5f11");
				case "topicId" -> pattern.startsWith("/onderwerpen") ? List.of(this.catalogueTopicId)
						: List.of(this.ownTopicId, this.topicId);
				case "itemId" -> List.of(this.itemId, this.otherItemId);
				case "actionId" -> List.of(this.actionId);
				case "adviceId" -> List.of(this.adviceId, 987654321L);
				case "linkId" -> pattern.contains("/gespreksleider/") ? List.of(this.facilitatorLinkId, 987654321L)
						: List.of(this.hostLinkId, 987654321L);
				case "versionId" -> List.of(this.versionId);
				case "outputId" -> List.copyOf(this.outputIds);
				case "nationalActionId" -> List.of(this.nationalActionId);
				case "indicatorId" -> List.of(this.indicatorId);
				case "year" -> List.of(2024, 1999);
				case "templateId" -> List.of(this.templateId);
				case "questionId" -> pattern.startsWith("/vragenlijstsjablonen") ? List.of(this.templateQuestionId)
						: List.copyOf(this.survey.questionIds());
				case "audience" ->
					Arrays.stream(Audience.values()).map(Audience::slug).map(Object.class::cast).toList();
				case "publicId" -> pattern.startsWith("/aanmelden") ? List.of(this.meeting.publicId())
						: pattern.startsWith("/project-aanmelden") ? List.of(this.projectPublicId)
								: List.of(java.util.UUID.randomUUID());
				case "token" -> tokens(pattern);
				default -> throw new AssertionError("FormFuzzTest cannot fill {" + name + "} of " + pattern
						+ ": give it a real value in Fixture.pathValues");
			};
			return values.stream().map(String::valueOf).toList();
		}

		private List<Object> tokens(String pattern) {
			if (pattern.startsWith("/project-aanmelding/")) {
				return List.of(this.signUpToken);
			}
			if (pattern.startsWith("/aanmelding/")) {
				return List.of(this.pendingToken, this.votingToken);
			}
			if (pattern.startsWith("/stemmen/")) {
				return List.of(this.votingToken);
			}
			if (pattern.startsWith("/toestemming/")) {
				return List.of(this.consentToken);
			}
			if (pattern.startsWith("/project-toestemming/")) {
				return List.of(this.projectConsentToken, this.projectConsentGivenToken);
			}
			if (pattern.startsWith("/vragenlijst/")) {
				return List.copyOf(this.survey.tokens().values());
			}
			if (pattern.startsWith("/gespreksleider/")) {
				return List.of(this.facilitatorToken);
			}
			if (pattern.startsWith("/oogst-invoer/")) {
				return List.of(this.hostToken);
			}
			if (pattern.startsWith("/voortgang/")) {
				return List.of(this.ownerToken);
			}
			if (pattern.startsWith("/agenda/")) {
				return List.of(this.calendarToken);
			}
			if (pattern.startsWith("/uitnodiging/")) {
				return List.of(this.invitationToken);
			}
			if (pattern.startsWith("/instellen/")) {
				// Only before the first account exists (FirstStartSetupTest).
				return List.of("onbekend");
			}
			throw new AssertionError("FormFuzzTest has no personal link for " + pattern + ": add it to tokens()");
		}

		/** A sensible value for a field. */
		Arbitrary<String> valid(Field field) {
			String name = field.name().toLowerCase();
			if (name.contains("regioncode") || name.equals("regio")) {
				return Arbitraries.of("JZ32", FUZZ_REGION);
			}
			if (name.equals("password") || name.equals("repeat")) {
				return Arbitraries.just("correct-paard-batterij-2026");
			}
			if (name.contains("phone")) {
				return Arbitraries.of("0612345678", "+31 (0)24 123 45 67");
			}
			if (name.contains("link") || name.contains("url")) {
				return Arbitraries.strings()
					.alpha()
					.ofMinLength(1)
					.ofMaxLength(20)
					.map((s) -> "https://example.org/" + s);
			}
			if (name.equals("website")) {
				return Arbitraries.just("");
			}
			if (name.equals("options") || name.equals("hosts")) {
				return Arbitraries.of("Een\nTwee\nDrie", "Anna\nBram", "Ja\nNee");
			}
			if (name.equals("oordeel")) {
				return Arbitraries.of("onderschrijven", "wijzigingen");
			}
			return switch (field.kind()) {
				case EMAIL -> Arbitraries.integers().between(1, 1_000_000).map((n) -> "fz" + n + "@test.example");
				case ENUM -> Arbitraries.of(field.constants());
				case BOOLEAN -> Arbitraries.of("true", "false", "on");
				case DATE ->
					Arbitraries.integers().between(-30, 400).map((d) -> TestClock.today().plusDays(d).toString());
				case TIME -> Arbitraries.of("09:00", "13:30", "17:00", "23:59");
				case DECIMAL -> Arbitraries.bigDecimals()
					.between(BigDecimal.ZERO, new BigDecimal("100000"))
					.ofScale(2)
					.map(BigDecimal::toPlainString);
				case UUID -> Arbitraries.of(this.meeting.publicId().toString());
				case INTEGER -> integer(name);
				case TEXT -> Arbitraries.strings()
					.withCharRange('a', 'z')
					.withChars(" éëï-'")
					.ofMinLength(1)
					.ofMaxLength(40)
					.map((s) -> "Fuzz " + s);
			};
		}

		private Arbitrary<String> integer(String name) {
			List<Long> ids;
			if (name.contains("version")) {
				return Arbitraries.longs().between(0, 4).map(String::valueOf);
			}
			if (name.contains("topic") || name.contains("onderwerp")) {
				ids = List.of(this.topicId, this.ownTopicId, this.catalogueTopicId);
			}
			else if (name.contains("indicator")) {
				ids = List.of(this.indicatorId, FormFuzzTest.this.research.catalogueIndicatorId());
			}
			else if (name.contains("meeting") || name.contains("bijeenkomst")) {
				ids = List.of(this.meeting.id(), this.dialogue.id());
			}
			else if (name.contains("template")) {
				ids = List.of(this.templateId, FormFuzzTest.this.research.seededTemplateId());
			}
			else if (name.contains("idea") || name.contains("idee") || name.startsWith("stippen")) {
				return Arbitraries.of(String.valueOf(this.itemId), String.valueOf(this.otherItemId), "0", "1", "3");
			}
			else if (name.contains("actie") || name.contains("action")) {
				ids = List.of(this.actionId);
			}
			else if (name.contains("coordinator")) {
				ids = List.of(this.principals.get(Actor.REGIONAL_ASSIGNED).id());
			}
			else if (name.contains("registration")) {
				ids = List.of(this.registrationId);
			}
			else if (name.equals("year")) {
				return Arbitraries.integers().between(2000, 2100).map(String::valueOf);
			}
			else {
				return Arbitraries.integers().between(0, 12).map(String::valueOf);
			}
			return Arbitraries.of(ids).map(String::valueOf);
		}

	}

	// ------------------------------------------------------------------ bookkeeping

	/**
	 * A trigger on every table writes the table's name into fuzz_write_log for each row
	 * inserted, changed or deleted (in the mail outbox: inserted); a rolled back change
	 * leaves no line.
	 */
	private void installWriteLog() {
		this.jdbc.execute("create unlogged table if not exists fuzz_write_log (table_name text not null)");
		this.jdbc.execute("""
				create or replace function fuzz_log_write() returns trigger language plpgsql as $$
				begin
				  -- The mail outbox's sender thread marks and deletes rows on its own; only a
				  -- request's insert into the outbox is the request's write.
				  if tg_table_name = 'mail_outbox' and tg_op <> 'INSERT' then
				    return null;
				  end if;
				  insert into fuzz_write_log values (tg_table_name);
				  return null;
				end $$""");
		for (String table : tables()) {
			this.jdbc.execute("drop trigger if exists fuzz_write on " + table);
			this.jdbc.execute("create trigger fuzz_write after insert or update or delete on " + table
					+ " for each row execute function fuzz_log_write()");
		}
	}

	private void removeWriteLog() {
		for (String table : tables()) {
			this.jdbc.execute("drop trigger if exists fuzz_write on " + table);
		}
		this.jdbc.execute("drop function if exists fuzz_log_write()");
		this.jdbc.execute("drop table if exists fuzz_write_log");
	}

	private List<String> tables() {
		return this.jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
				+ "current_schema() and table_type = 'BASE TABLE' and table_name not in ('fuzz_write_log', "
				+ "'flyway_schema_history')", String.class);
	}

	private static final class Stats {

		final long started = System.nanoTime();

		long commits;

		long sessions;

		long mails;

		final AtomicInteger requests = new AtomicInteger();

		final AtomicInteger posts = new AtomicInteger();

		final AtomicInteger followUps = new AtomicInteger();

		final Map<String, Integer> perTarget = new ConcurrentHashMap<>();

		final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

		final Map<String, String> findings = new TreeMap<>();

		void count(Target target, Generated generated) {
			this.requests.incrementAndGet();
			if (target.method() == HttpMethod.POST) {
				this.posts.incrementAndGet();
			}
			this.perTarget.merge(target.toString(), 1, Integer::sum);
		}

		final Map<String, Long> nanos = new ConcurrentHashMap<>();

		void time(Target target, long nanos) {
			this.nanos.merge(target.toString(), nanos, Long::sum);
		}

		final Map<String, Long> phases = new ConcurrentHashMap<>();

		void phase(String name, long nanos) {
			this.phases.merge(name, nanos, Long::sum);
		}

		void status(int status) {
			this.statuses.merge(status, 1, Integer::sum);
		}

	}

}
