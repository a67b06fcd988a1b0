package nl.nvp.goedegesprek.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Sends a form twice at the same moment from one page shown in a browser, as a double
 * click does: the same session cookie and the same CSRF token (taken from the page), the
 * same fields. Also counts the rows of every table, so that a test can compare what two
 * sends left with what one send leaves.
 */
@TestComponent
public class SentTwice {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/**
	 * Tables that change with every request whatever it does, or that hold the guard
	 * itself and the survey answer's claims (both emptied by a job every minute, at any
	 * moment of a check).
	 */
	private static final List<String> NOT_COUNTED = List.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "form_submission", "survey_answer_claim", "login_throttle", "shedlock");

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	SentTwice(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/**
	 * A page with a form, as the browser holds it: the browser's cookies (its session, or
	 * without one the cookie with its CSRF secret, decision 30) and the page's CSRF
	 * token.
	 */
	public record Page(Cookie[] session, String csrf) {

		/** The form's request as sent from this page. */
		public MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
			return request.cookie(this.session).param("_csrf", this.csrf);
		}

	}

	/**
	 * Opens a page (as {@code who}, or anonymously when null) and keeps what a browser
	 * keeps.
	 */
	public Page open(String url, RequestPostProcessor who) throws Exception {
		return open(url, who, null);
	}

	/** Opens a page in a browser that has these cookies (another tab). */
	public Page open(String url, RequestPostProcessor who, Cookie... session) throws Exception {
		MockHttpServletRequestBuilder request = get(url);
		if (who != null) {
			request.with(who);
		}
		if (session != null && session.length > 0) {
			request.cookie(session);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() != 200) {
			throw new AssertionError("GET " + url + " answered " + response.getStatus());
		}
		String token = csrfToken(response.getContentAsString())
			.orElseThrow(() -> new AssertionError("GET " + url + " has no form with a CSRF token"));
		Cookie[] kept = kept((session != null) ? session : new Cookie[0], List.of(response));
		if (java.util.Arrays.stream(kept)
			.noneMatch((cookie) -> Set.of("SESSION", "gg-csrf").contains(cookie.getName()))) {
			throw new AssertionError("GET " + url + " left the browser no session and no CSRF cookie");
		}
		return new Page(kept, org.springframework.web.util.HtmlUtils.htmlUnescape(token));
	}

	/**
	 * The cookies a browser holds after these answers: what it had, with what the answers
	 * set (later ones win) and without what they expired.
	 */
	public static Cookie[] kept(Cookie[] before, List<MockHttpServletResponse> answers) {
		Map<String, Cookie> cookies = new LinkedHashMap<>();
		for (Cookie cookie : before) {
			cookies.put(cookie.getName(), cookie);
		}
		for (MockHttpServletResponse answer : answers) {
			for (Cookie cookie : answer.getCookies()) {
				if (cookie.getMaxAge() == 0) {
					cookies.remove(cookie.getName());
				}
				else {
					cookies.put(cookie.getName(), cookie);
				}
			}
		}
		return cookies.values().toArray(Cookie[]::new);
	}

	/** Sends the requests at the same moment; returns their answers in order. */
	@SafeVarargs
	public final List<MockHttpServletResponse> atOnce(Supplier<MockHttpServletRequestBuilder>... requests)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(requests.length);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (Supplier<MockHttpServletRequestBuilder> request : requests) {
				MockHttpServletRequestBuilder built = request.get();
				Callable<MockHttpServletResponse> send = () -> {
					start.await();
					return this.mvc.perform(built).andReturn().getResponse();
				};
				answers.add(pool.submit(send));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				responses.add(answer.get());
			}
			return responses;
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The double-submit check of one form, in three fresh situations: sent once (what one
	 * send changes); sent twice at once from one page (a double click: the same answer
	 * twice, and no more change than one send); sent at once from two pages of the same
	 * session (two tabs: no server error, and no more change than one send unless the
	 * form may act twice by design). Changes are counted as rows per table, which also
	 * counts mails (every mail is a row in the outbox).
	 */
	public void check(FormCase form) throws Exception {
		FormCase.Prepared single = form.prepare().prepare();
		Page page = open(single.page(), single.who());
		Map<String, Long> before = rows();
		MockHttpServletResponse answer = this.mvc.perform(sent(single, page)).andReturn().getResponse();
		Map<String, Long> once = settledDifference(before);
		assertThat(answer.getStatus()).as("%s sent once with valid input is carried out", form).isBetween(200, 399);
		assertThat(answer.getContentAsString()).as("%s sent once with valid input has no errors", form)
			.doesNotContain("error-summary");

		FormCase.Prepared doubleClick = form.prepare().prepare();
		Page clicked = open(doubleClick.page(), doubleClick.who());
		before = rows();
		List<MockHttpServletResponse> answers = atOnce(() -> sent(doubleClick, clicked),
				() -> sent(doubleClick, clicked));
		Map<String, Long> twice = settledDifference(before);
		assertThat(answers).as("%s sent twice from one page", form)
			.allSatisfy((response) -> assertThat(response.getStatus()).isLessThan(500));
		assertThat(answers.get(1).getStatus()).as("%s: both answers alike", form).isEqualTo(answers.get(0).getStatus());
		assertThat(answers.get(1).getHeader("Location")).as("%s: both answers lead to the same page", form)
			.isEqualTo(answers.get(0).getHeader("Location"));
		assertThat(twice).as("%s sent twice from one page changes what one send changes", form).isEqualTo(once);

		FormCase.Prepared tabs = form.prepare().prepare();
		Page first = open(tabs.page(), tabs.who());
		Page second = open(tabs.page(), tabs.who(), first.session());
		before = rows();
		answers = atOnce(() -> sent(tabs, first), () -> sent(tabs, second));
		Map<String, Long> twoTabs = settledDifference(before);
		assertThat(answers).as("%s sent from two pages at once", form)
			.allSatisfy((response) -> assertThat(response.getStatus()).isLessThan(500));
		if (!form.twoPagesMayRepeat()) {
			assertThat(twoTabs).as("%s sent from two pages at once changes what one send changes", form)
				.isEqualTo(once);
		}
	}

	private static MockHttpServletRequestBuilder sent(FormCase.Prepared prepared, Page page) {
		MockHttpServletRequestBuilder request = page.from(prepared.request().get());
		return (prepared.who() != null) ? request.with(prepared.who()) : request;
	}

	/**
	 * The change in rows since {@code before}, once the event listeners the requests set
	 * off (after their commit, on threads of their own) have finished.
	 */
	private Map<String, Long> settledDifference(Map<String, Long> before) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single() > 0) {
			assertThat(System.nanoTime()).as("event listeners still running after 10 s").isLessThan(deadline);
			Thread.sleep(5);
		}
		return difference(before, rows());
	}

	/** The number of rows of every table of the application (not the guard's own). */
	public Map<String, Long> rows() {
		List<String> tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = current_schema() "
					+ "and table_type = 'BASE TABLE' order by table_name")
			.query(String.class)
			.list();
		StringBuilder sql = new StringBuilder();
		List<String> counted = new ArrayList<>();
		for (String table : tables) {
			if (NOT_COUNTED.contains(table) || table.startsWith("event_publication")) {
				continue;
			}
			sql.append(sql.isEmpty() ? "" : " union all ")
				.append("select '")
				.append(table)
				.append("', count(*) from ")
				.append(table);
			counted.add(table);
		}
		Map<String, Long> rows = new LinkedHashMap<>();
		this.jdbc.sql(sql.toString()).query((rs) -> {
			rows.put(rs.getString(1), rs.getLong(2));
		});
		return rows;
	}

	/**
	 * What changed in the number of rows per table between two counts (tables that
	 * changed only).
	 */
	public static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> changed = new LinkedHashMap<>();
		after.forEach((table, count) -> {
			long delta = count - before.getOrDefault(table, 0L);
			if (delta != 0) {
				changed.put(table, delta);
			}
		});
		return changed;
	}

	/**
	 * The CSRF token of the first form in this HTML, as the page wrote it (still
	 * HTML-escaped).
	 */
	public static Optional<String> csrfToken(String html) {
		Matcher csrf = CSRF.matcher(html);
		return csrf.find() ? Optional.of(csrf.group(1)) : Optional.empty();
	}

}
