package nl.nvp.goedegesprek.research.response;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.BrowserKey;
import nl.nvp.goedegesprek.shared.FormErrors;
import nl.nvp.goedegesprek.research.survey.SurveyStatus;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Answering a survey through an audience's link (no account). After an answer the browser
 * keeps a cookie that says only "answered" (the same value for everyone, so it identifies
 * nobody); when it is there the page asks whether someone else is answering before it
 * shows the questions again. A browser that is logged in to the application cannot
 * answer: the people who read results (coordinators, policymakers) must not add answers
 * to a group from their own session (decision 14). A link that a coordinator replaced
 * answers 410 Gone with a kind page on every route here.
 */
@Controller
class PublicSurveyController {

	static final String ANSWERED_COOKIE = "gg-vragenlijst-ingevuld";

	/**
	 * The session attribute that holds the links this browser answered through, as keyed
	 * hashes: another tab of the same browser that sends the form later saves nothing.
	 * "Someone else answers" (the {@code opnieuw} page) removes the mark.
	 */
	static final String ANSWERED_MARKS = "gg.survey.answered";

	private final SurveyResponses responses;

	PublicSurveyController(SurveyResponses responses) {
		this.responses = responses;
	}

	@GetMapping("/vragenlijst/{token}")
	String form(@PathVariable String token, @RequestParam(name = "opnieuw", required = false) String again,
			@CookieValue(name = ANSWERED_COOKIE, required = false) String answered,
			@AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		SurveyResponses.Form form = this.responses.form(token);
		model.addAttribute("survey", form);
		if (form.status() != SurveyStatus.OPEN) {
			return "research/answer-closed";
		}
		if (user != null) {
			return loggedIn(response);
		}
		if (again != null) {
			// Someone else answers in this browser now: their answers count again.
			HttpSession session = request.getSession(false);
			Set<String> marks = (session != null) ? marks(session) : null;
			if (marks != null && marks.remove(this.responses.answeredMark(token))) {
				session.setAttribute(ANSWERED_MARKS, marks);
			}
			// Also without the mark: two tabs that sent at once each got a session, and
			// the browser may have kept the one without it, while the claim still stands.
			this.responses.someoneElse(token, BrowserKey.of(request));
		}
		else if (answered != null) {
			return "research/answer-again";
		}
		model.addAttribute("values", Map.of());
		model.addAttribute("errors", Map.of());
		return "research/answer";
	}

	@PostMapping("/vragenlijst/{token}")
	String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> parameters,
			@AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (user != null) {
			// Checked before anything else: nothing from this browser is saved.
			model.addAttribute("survey", this.responses.form(token));
			return loggedIn(response);
		}
		HttpSession session = request.getSession();
		String mark = this.responses.answeredMark(token);
		Set<String> marks = marks(session);
		if (marks != null && marks.contains(mark)) {
			// This browser answered already, from another tab: one respondent, one
			// response. Nothing is saved; it gets the thanks page like the first.
			return thanked(token, request, response);
		}
		SurveyResponses.Outcome outcome = this.responses.submit(token, parameters, BrowserKey.of(request));
		if (outcome.repeated()) {
			// The same answer again (a double click): saved once, thanked like the first.
			markAnswered(session, marks, mark);
			return thanked(token, request, response);
		}
		model.addAttribute("survey", this.responses.form(token));
		if (outcome.closed()) {
			return "research/answer-closed";
		}
		if (outcome.busy()) {
			response.setStatus(429);
			return "research/answer-busy";
		}
		if (!outcome.saved()) {
			model.addAttribute("values", outcome.values());
			model.addAttribute("errors", outcome.errors());
			if (!outcome.errors().isEmpty()) {
				FormErrors.show(model);
			}
			return "research/answer";
		}
		markAnswered(session, marks, mark);
		return thanked(token, request, response);
	}

	/** Notes in the session that this browser answered through the link. */
	private static void markAnswered(HttpSession session, Set<String> marks, String mark) {
		Set<String> answeredHere = (marks != null) ? marks : new HashSet<>();
		answeredHere.add(mark);
		session.setAttribute(ANSWERED_MARKS, answeredHere);
	}

	/**
	 * The marks of the links this browser answered through (keyed hashes, see
	 * {@link SurveyResponses#answeredMark}), or null.
	 */
	@SuppressWarnings("unchecked")
	private static Set<String> marks(HttpSession session) {
		return (session.getAttribute(ANSWERED_MARKS) instanceof HashSet<?> marks) ? (Set<String>) marks : null;
	}

	/** Keeps the "answered" cookie and sends the browser to the thanks page. */
	private static String thanked(String token, HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(ANSWERED_COOKIE, "ja")
			.path(request.getContextPath() + "/vragenlijst/" + token)
			.maxAge(Duration.ofDays(90))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return "redirect:/vragenlijst/" + token + "/bedankt";
	}

	/** Refuses a browser that is logged in to the application. */
	private static String loggedIn(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "research/answer-logged-in";
	}

	/**
	 * A replaced link: it no longer works, answers given through it are kept, and the
	 * person who shared it has the new one. The page names no survey, so the wrong group
	 * that got the link learns nothing more from it.
	 */
	@ExceptionHandler(SurveyLinkEndedException.class)
	@ResponseStatus(HttpStatus.GONE)
	String ended(SurveyLinkEndedException ex, Model model) {
		model.addAttribute("child", ex.getAudience().isChild());
		return "research/link-ended";
	}

	/**
	 * Thanks only the browser whose answer was saved (the mark in its session, issue 14):
	 * whoever opens this address without having answered is sent to the survey, which
	 * says whether it is open.
	 */
	@GetMapping("/vragenlijst/{token}/bedankt")
	String thanks(@PathVariable String token, HttpServletRequest request, Model model) {
		SurveyResponses.Form form = this.responses.form(token);
		HttpSession session = request.getSession(false);
		Set<String> marks = (session != null) ? marks(session) : null;
		if (marks == null || !marks.contains(this.responses.answeredMark(token))) {
			return "redirect:/vragenlijst/" + token;
		}
		model.addAttribute("survey", form);
		return "research/answer-thanks";
	}

}
