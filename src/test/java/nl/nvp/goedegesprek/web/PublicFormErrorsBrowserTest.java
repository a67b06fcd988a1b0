package nl.nvp.goedegesprek.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.BrowserTest;
import nl.nvp.goedegesprek.support.Browsers;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCatalogue;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error handling that people see, on every form that a participant sends without an
 * account (issue 14): the forms of the double-submit catalogue ({@link FormCatalogue})
 * that a visitor sends, each opened on a phone (390 and 320 CSS px wide), its fields
 * emptied and sent. Then the error summary is on the first screen and has the focus, the
 * title starts with "Fout:", the summary names each field in the order of the form, and
 * every link in it moves the focus to its field; axe and the reflow check pass. A form
 * with nothing to fill in (a button only) is not sent; a public form that accepts empty
 * fields fails this test, so a new one is seen.
 */
class PublicFormErrorsBrowserTest extends BrowserTest {

	private static final int[] PHONES = { 390, 320 };

	private static final String FIELDS = "input[type=text],input[type=password],input[type=email],input[type=tel],input[type=number],input[type=date],input[type=time],textarea,select,input[type=radio],input[type=checkbox]";

	/**
	 * Public forms for which empty is a valid answer, each with where its errors are
	 * tested in the browser instead.
	 */
	private static final Map<String, String> EMPTY_IS_AN_ANSWER = Map.of("POST /stemmen/{token}",
			"no ideas chosen takes back earlier dots; too many: aBallotWithTooManyIdeasShowsTheSummary",
			"POST /gespreksleider/{token}/aanwezigheid",
			"nobody ticked: nobody came (FacilitatorLinkTest); the remark form: FacilitatorBrowserTest");

	/** How many ideas a participant may choose (harvest.priority.Priorities.DOTS). */
	private static final int BALLOT_DOTS = 3;

	/**
	 * The public forms with fields today; a form that drops out of the check fails it.
	 */
	private static final List<String> PUBLIC_FORMS = List.of("POST /aanmelden/{publicId}", "POST /aanmelding/{token}",
			"POST /aanmelding/{token}/evaluatie", "POST /vragenlijst/{token}", "POST /oogst-invoer/{token}",
			"POST /uitnodiging/{token}", "POST /voortgang/{token}", "POST /doe-mee/aanvragen",
			"POST /gespreksleider/{token}", "POST /gespreksleider/{token}/opmerkingen/{remarkId}");

	@Autowired
	private List<FormCatalogue> catalogues;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	@Autowired
	private HarvestFixtures harvest;

	@TestFactory
	Stream<DynamicTest> everyPublicFormShowsItsErrorsWhereTheyAreSeen() {
		Set<String> checked = new TreeSet<>();
		Stream<DynamicTest> forms = this.catalogues.stream()
			.flatMap((catalogue) -> catalogue.forms().stream())
			.filter((form) -> form.route().startsWith("POST "))
			.filter((form) -> !EMPTY_IS_AN_ANSWER.containsKey(form.route()))
			.flatMap((form) -> {
				// Prepared while the tests run (the stream is lazy): only a visitor's
				// forms.
				FormCase.Prepared first = prepared(form);
				return (first.who() != null) ? Stream.empty()
						: Stream.of(DynamicTest.dynamicTest(form.route(), () -> check(form, first, checked)));
			});
		DynamicTest all = DynamicTest.dynamicTest("every public form with fields was sent",
				() -> assertThat(checked).containsAll(PUBLIC_FORMS));
		return Stream.concat(forms, Stream.of(all));
	}

	private static FormCase.Prepared prepared(FormCase form) {
		try {
			return form.prepare().prepare();
		}
		catch (Exception ex) {
			throw new IllegalStateException(form.route(), ex);
		}
	}

	@Test
	void aBallotWithTooManyIdeasShowsTheSummary() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Stemmen " + UUID.randomUUID(), coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		for (int i = 0; i <= BALLOT_DOTS; i++) {
			this.harvest.harvest(trajectory, coordinator, topic, HarvestKind.IDEA, "Idee " + i);
		}
		long dialogue = this.meetings.createSecondDialogue(trajectory, "Dialoog 2").id();
		String token = this.meetings.confirmedToken(dialogue, "Stemmer", ParticipantRole.FOSTER_PARENT);
		for (int width : PHONES) {
			this.page.setViewportSize(width, 800);
			open("/stemmen/" + token);
			this.page.locator("input[name=idee]").all().forEach(Locator::check);
			this.page.locator("main form button[type=submit]").click();
			assertSummarySeen("POST /stemmen/{token}", width);
		}
	}

	/**
	 * The child's registration form (the catalogue sends the adult's): a 12-year-old who
	 * chose a role and age but filled in nothing else sees every error, in the child's
	 * words, guardian fields included.
	 */
	@Test
	void aChildsRegistrationFormShowsItsErrors() {
		long trajectory = this.trajectories.create("JZ32", "Kinderformulier " + UUID.randomUUID());
		MeetingFixtures.Created meeting = this.meetings.create(trajectory, "Jongerendialoog", 20, Map.of());
		for (int width : PHONES) {
			this.page.setViewportSize(width, 800);
			open("/aanmelden/" + meeting.publicId() + "?voor=jongere");
			this.page.getByLabel("Ik ben een pleegkind").check();
			this.page.getByLabel("12 tot 16 jaar").check();
			this.page.locator("main form button[type=submit]").click();
			assertSummarySeen("POST /aanmelden/{publicId} (child)", width);
			Locator summary = this.page.locator(".error-summary");
			assertThat(summary).containsText("Je naam");
			assertThat(summary).containsText("E-mailadres van je ouder of voogd");
			assertThat(summary).not().containsText("Uw ");
		}
	}

	private void check(FormCase form, FormCase.Prepared first, Set<String> checked) {
		FormCase.Prepared prepared = first;
		for (int width : PHONES) {
			if (prepared == null) {
				prepared = prepared(form);
			}
			this.page.setViewportSize(width, 800);
			open(prepared.page());
			prepared = null;
			Locator sent = formFor(form.route());
			if (sent == null || sent.locator(FIELDS).count() == 0) {
				// A button only (confirm, cancel): nothing to fill in wrongly.
				return;
			}
			emptied(sent);
			sent.locator("button[type=submit], button:not([type])").first().click();
			this.page.waitForLoadState();
			assertSummarySeen(form.route(), width);
			checked.add(form.route());
		}
	}

	/**
	 * The error summary is on the first screen with the focus, the title says "Fout:",
	 * every link in it moves the focus to its field, and the page passes axe and reflow.
	 */
	private void assertSummarySeen(String route, int width) {
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary.isVisible()).as("%s at %d px: an error summary", route, width).isTrue();
		assertThat(summary).isFocused();
		// From the top of the page, not of the window: autofocus scrolls to the summary.
		Object top = summary.evaluate("(summary) => summary.getBoundingClientRect().top + window.scrollY");
		assertThat(((Number) top).doubleValue()).as("%s at %d px: the summary starts on the first screen", route, width)
			.isLessThan(800 - 60);
		assertThat(this.page.title()).startsWith("Fout: ");
		Browsers.assertAccessible(this.page);
		Locator links = summary.locator("a");
		assertThat(links.count()).as("%s: links in the summary", route).isPositive();
		for (int i = 0; i < links.count(); i++) {
			String target = links.nth(i).getAttribute("href").substring(1);
			links.nth(i).click();
			Object focused = this.page.evaluate("(id) => { const t = document.getElementById(id);"
					+ " return t === document.activeElement || t.contains(document.activeElement); }", target);
			assertThat(focused).as("%s: the link to #%s moves the focus to its field", route, target).isEqualTo(true);
		}
	}

	/** The form on the page that posts to the route's path. */
	private Locator formFor(String route) {
		Pattern path = Pattern.compile(route.substring("POST ".length()).replaceAll("\\{[^}]+}", "[^/]+") + "$");
		Locator forms = this.page.locator("main form[method=post], main form[method=POST]");
		for (int i = 0; i < forms.count(); i++) {
			String action = forms.nth(i).getAttribute("action");
			if (action != null && path.matcher(action.replaceFirst("\\?.*", "")).find()) {
				return forms.nth(i);
			}
		}
		return null;
	}

	/**
	 * Every field the person fills in, emptied; radio buttons cannot be unset, and stay.
	 */
	private static void emptied(Locator form) {
		form.evaluate(
				"""
						(form) => {
						  for (const field of form.querySelectorAll('input[type=text],input[type=password],input[type=email],input[type=tel],input[type=number],input[type=date],input[type=time],textarea')) {
						    if (!field.readOnly && field.offsetParent !== null) field.value = '';
						  }
						  for (const box of form.querySelectorAll('input[type=checkbox]')) box.checked = false;
						  for (const select of form.querySelectorAll('select')) select.selectedIndex = 0;
						}""");
	}

}
