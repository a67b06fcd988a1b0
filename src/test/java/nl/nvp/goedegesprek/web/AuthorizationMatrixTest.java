package nl.nvp.goedegesprek.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import nl.nvp.goedegesprek.joining.JoinForms;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.actionplan.ActionPlanFixtures;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.output.OutputFixtures;
import nl.nvp.goedegesprek.output.editing.OutputKind;
import nl.nvp.goedegesprek.project.dialogue.FacilitatorLinkFixture;
import nl.nvp.goedegesprek.project.advice.AdviceFixtures;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.research.ResearchFixtures;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Actor.ANONYMOUS;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Actor.NATIONAL;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Actor.POLICYMAKER_OTHER_REGION;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Actor.POLICYMAKER_OWN_REGION;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Actor.REGIONAL_ASSIGNED;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Actor.REGIONAL_OTHER_REGION;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Actor.REGIONAL_OTHER_REGION_ASSIGNED;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Actor.REGIONAL_SAME_REGION_NOT_ASSIGNED;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Outcome.FORBIDDEN;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Outcome.LOGIN;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Outcome.NOT_FOUND;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Outcome.OK;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Outcome.SERVER_ERROR;
import static nl.nvp.goedegesprek.web.AuthorizationMatrixTest.Outcome.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the application against everyone who may try it. The trajectory under
 * test lies in Rijk van Nijmegen (JZ32) and is assigned to REGIONAL_ASSIGNED (of JZ32)
 * and REGIONAL_OTHER_REGION_ASSIGNED (of JZ34); the other "other region" actors work in
 * West Brabant Oost (JZ34). Actions are sent with a stale version, so an allowed action
 * answers "changed meanwhile" and changes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	enum Actor {

		ANONYMOUS, NATIONAL, REGIONAL_ASSIGNED, REGIONAL_SAME_REGION_NOT_ASSIGNED, REGIONAL_OTHER_REGION,
		REGIONAL_OTHER_REGION_ASSIGNED, POLICYMAKER_OWN_REGION, POLICYMAKER_OTHER_REGION

	}

	enum Outcome {

		/** Served: 2xx, or a redirect that is not to the login page. */
		OK,
		/** Redirected to log in first. */
		LOGIN, FORBIDDEN, NOT_FOUND,
		/** A server error (500): no route should answer so. */
		SERVER_ERROR,
		/** Asked for HTTP Basic credentials (only the metrics scraper has them). */
		UNAUTHORIZED

	}

	record Route(HttpMethod method, String pattern, Map<Actor, Outcome> expected) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	/** Also tells FormFuzzTest who may use each route. */
	static final List<Route> MATRIX = new ArrayList<>();

	static {
		// Public pages
		row("GET", "/", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/inloggen", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/privacy", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/toegankelijkheid", OK, OK, OK, OK, OK, OK, OK, OK);
		// Only reached by an error dispatch; asked for directly it does not exist.
		row("GET", "/error", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND);
		// The demo mail page exists only under the demo profile, for anyone there
		// (decision
		// 21; DemoBrowserTest); the matrix runs outside the demo, where nobody finds it.
		row("GET", "/demo/mails", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		// Actuator: the metrics for the scraper's password only, never for an account
		// (decision 19; MetricsEndpointTest tries the password and a real session).
		row("GET", "/actuator/prometheus", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN);
		// One-time links: public, and an unknown token is simply not found
		row("GET", "/uitnodiging/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		row("POST", "/uitnodiging/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		row("GET", "/instellen/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		row("POST", "/instellen/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		// Account administration: national coordinators only
		for (String[] route : new String[][] { { "GET", "/accounts" }, { "GET", "/accounts/nieuw" },
				{ "POST", "/accounts" }, { "GET", "/accounts/{accountId}" },
				{ "GET", "/accounts/{accountId}/bewerken" }, { "POST", "/accounts/{accountId}" },
				{ "POST", "/accounts/{accountId}/deactiveren" }, { "POST", "/accounts/{accountId}/activeren" },
				{ "POST", "/accounts/{accountId}/herstellen" } }) {
			row(route[0], route[1], LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		}
		// Regions: coordinators read, national coordinators edit
		row("GET", "/regios", LOGIN, OK, OK, OK, OK, OK, FORBIDDEN, FORBIDDEN);
		row("GET", "/regios/{regionCode}/bewerken", LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		row("POST", "/regios/{regionCode}", LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		// The national overview: the map for everyone with an account; a region's page
		// (here JZ32, the trajectory's) for national coordinators, the region's own
		// people, and a coordinator assigned to one of its trajectories (decision 40)
		row("GET", "/overzicht", LOGIN, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/overzicht/regios/{ownRegionCode}", LOGIN, OK, OK, OK, FORBIDDEN, OK, OK, FORBIDDEN);
		// The recurring topics: everyone with an account, each seeing the trajectories
		// they may see (decision 40)
		row("GET", "/overzicht/onderwerpen", LOGIN, OK, OK, OK, OK, OK, OK, OK);
		// The annual numbers, on the page and as a spreadsheet: the same (counts only,
		// small
		// groups hidden)
		row("GET", "/overzicht/jaarcijfers", LOGIN, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/overzicht/jaarcijfers.csv", LOGIN, OK, OK, OK, OK, OK, OK, OK);
		// National projects (decision 45): the list for everyone with an account (each
		// sees what they may see), a new one for national coordinators only; a project's
		// settings (here one drawing from JZ32, assigned as the matrix trajectory is) for
		// whoever runs it, as a trajectory's
		row("GET", "/projecten", LOGIN, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/projecten/nieuw", LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("POST", "/projecten/nieuw", LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET", "/projecten/{projectId}/bewerken", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		row("POST", "/projecten/{projectId}/bewerken", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		// A project dialogue's facilitator links and harvest: whoever runs the project
		// (issue 17); a meeting of a regional trajectory has none (FacilitatorLinkTest)
		for (String[] route : new String[][] { { "GET", "/bijeenkomsten/{projectMeetingId}/gespreksleider" },
				{ "POST", "/bijeenkomsten/{projectMeetingId}/gespreksleider" },
				{ "POST", "/bijeenkomsten/{projectMeetingId}/gespreksleider/{facilitatorLinkId}/intrekken" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		// All dialogues of a project (issue 17): counts only, for whoever sees the
		// project, as its codebook
		row("GET", "/projecten/{projectId}/dialogen", LOGIN, OK, OK, OK, NOT_FOUND, OK, OK, NOT_FOUND);
		// A project's sign-ups: who runs it; who only reads it is forbidden (issue 17)
		row("GET", "/projecten/{projectId}/aanmeldingen", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN,
				NOT_FOUND);
		// A project's grouping page and its actions (decision 49): as its sign-ups
		for (String[] route : new String[][] { { "GET", "/projecten/{projectId}/indeling" },
				{ "POST", "/projecten/{projectId}/indeling/voorstel" },
				{ "POST", "/projecten/{projectId}/indeling/verplaatsen" },
				{ "POST", "/projecten/{projectId}/indeling/vastzetten" },
				{ "POST", "/projecten/{projectId}/indeling/bevestigen" },
				{ "POST", "/projecten/{projectId}/indeling/bevestigen-compleet" },
				{ "POST", "/projecten/{projectId}/indeling/regio" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		// A project's codebook and analysis (decision 47): read by whoever sees the
		// project, changed by whoever runs it; the coding (remarks with their dialogue)
		// only for whoever runs it
		row("GET", "/trajecten/{projectId}/codeboek", LOGIN, OK, OK, OK, NOT_FOUND, OK, OK, NOT_FOUND);
		row("POST", "/trajecten/{projectId}/codeboek", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		row("POST", "/trajecten/{projectId}/codeboek/catalogus", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN,
				NOT_FOUND);
		row("GET", "/trajecten/{projectId}/codeboek/{projectThemeId}", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK,
				FORBIDDEN, NOT_FOUND);
		row("POST", "/trajecten/{projectId}/codeboek/{projectThemeId}", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK,
				FORBIDDEN, NOT_FOUND);
		// (the theme is in use: deleting it is refused, so it stays for the other rows)
		row("POST", "/trajecten/{projectId}/codeboek/{projectThemeId}/verwijderen", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND,
				OK, FORBIDDEN, NOT_FOUND);
		row("GET", "/trajecten/{projectId}/codering", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		row("POST", "/trajecten/{projectId}/codering/{codedRemarkId}", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK,
				FORBIDDEN, NOT_FOUND);
		row("GET", "/trajecten/{projectId}/analyse", LOGIN, OK, OK, OK, NOT_FOUND, OK, OK, NOT_FOUND);
		// A project's advice per theme (decision 48): whoever sees the project reads it;
		// whoever runs it writes it
		row("GET", "/trajecten/{projectId}/adviezen", LOGIN, OK, OK, OK, NOT_FOUND, OK, OK, NOT_FOUND);
		// An advice becomes a national action: national coordinators only
		row("POST", "/trajecten/{projectId}/adviezen/{adviceId}/landelijke-actie", LOGIN, OK, FORBIDDEN, FORBIDDEN,
				NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND);
		for (String[] route : new String[][] { { "GET", "/trajecten/{projectId}/adviezen/nieuw" },
				{ "POST", "/trajecten/{projectId}/adviezen/nieuw" },
				{ "GET", "/trajecten/{projectId}/adviezen/{adviceId}/bewerken" },
				{ "POST", "/trajecten/{projectId}/adviezen/{adviceId}/bewerken" },
				{ "POST", "/trajecten/{projectId}/adviezen/publiceren" },
				{ "POST", "/trajecten/{projectId}/adviezen/intrekken" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		// Trajectories
		row("GET", "/trajecten", LOGIN, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/trajecten/nieuw", LOGIN, OK, OK, OK, OK, OK, FORBIDDEN, FORBIDDEN);
		row("POST", "/trajecten", LOGIN, OK, OK, OK, OK, OK, FORBIDDEN, FORBIDDEN);
		row("GET", "/trajecten/{id}", LOGIN, OK, OK, OK, NOT_FOUND, OK, OK, NOT_FOUND);
		// Research figures: everyone who sees the trajectory reads them; who runs it
		// changes them
		row("GET", "/trajecten/{id}/cijfers", LOGIN, OK, OK, OK, NOT_FOUND, OK, OK, NOT_FOUND);
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/cijfers/nieuw" },
				{ "POST", "/trajecten/{id}/cijfers" }, { "POST", "/trajecten/{id}/cijfers/{figureId}/verwijderen" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		// The national topic catalogue: national coordinators keep it
		for (String[] route : new String[][] { { "GET", "/onderwerpen" }, { "POST", "/onderwerpen" },
				{ "GET", "/onderwerpen/{topicId}" }, { "POST", "/onderwerpen/{topicId}" } }) {
			row(route[0], route[1], LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		}
		// A trajectory's topics, harvest and actions: read by whoever sees the
		// trajectory,
		// changed by its coordinators; only national coordinators take a topic into the
		// catalogue
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/onderwerpen" },
				{ "GET", "/trajecten/{id}/oogst" }, { "GET", "/trajecten/{id}/acties" },
				{ "GET", "/trajecten/{id}/acties/{actionId}" }, { "GET", "/trajecten/{id}/prioriteiten" } }) {
			row(route[0], route[1], LOGIN, OK, OK, OK, NOT_FOUND, OK, OK, NOT_FOUND);
		}
		for (String[] route : new String[][] { { "POST", "/trajecten/{id}/onderwerpen/eigen" },
				{ "POST", "/trajecten/{id}/oogst" }, { "GET", "/trajecten/{id}/acties/nieuw" },
				{ "POST", "/trajecten/{id}/acties" }, { "GET", "/trajecten/{id}/acties/{actionId}/bewerken" },
				{ "POST", "/trajecten/{id}/acties/{actionId}" },
				{ "POST", "/trajecten/{id}/acties/{actionId}/voortgang" },
				{ "POST", "/trajecten/{id}/oogst/{itemId}/verwijderen" }, { "POST", "/trajecten/{id}/onderwerpen" },
				{ "POST", "/trajecten/{id}/acties/{actionId}/link-versturen" },
				{ "POST", "/trajecten/{id}/prioriteiten" }, { "POST", "/trajecten/{id}/oogst/invoerlinks" },
				{ "GET", "/trajecten/{id}/oogst/invoerlinks" },
				{ "POST", "/trajecten/{id}/oogst/invoerlinks/{hostLinkId}/intrekken" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		row("POST", "/trajecten/{id}/onderwerpen/{ownTopicId}/landelijk", LOGIN, OK, FORBIDDEN, FORBIDDEN, NOT_FOUND,
				FORBIDDEN, FORBIDDEN, NOT_FOUND);
		// The action plan: read by whoever sees the trajectory, written and adopted by
		// its
		// coordinators, commented on and judged by the region's policymakers; the public
		// page
		// of an unknown or private plan is not found
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/actieplan" },
				{ "GET", "/trajecten/{id}/actieplan/versies/{versionId}" },
				{ "GET", "/trajecten/{id}/actieplan.pdf" } }) {
			row(route[0], route[1], LOGIN, OK, OK, OK, NOT_FOUND, OK, OK, NOT_FOUND);
		}
		for (String[] route : new String[][] { { "POST", "/trajecten/{id}/actieplan" },
				{ "POST", "/trajecten/{id}/actieplan/versies/{versionId}/vaststellen" },
				{ "POST", "/trajecten/{id}/actieplan/ter-review" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		for (String[] route : new String[][] { { "POST", "/trajecten/{id}/actieplan/versies/{versionId}/reacties" },
				{ "POST", "/trajecten/{id}/actieplan/versies/{versionId}/oordeel" } }) {
			row(route[0], route[1], LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, OK, NOT_FOUND);
		}
		// Prioritising ideas through a participant's personal link; unknown: not found
		row("GET", "/stemmen/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		row("POST", "/stemmen/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		// A parent's or guardian's consent link (no account, decision 35); unknown: not
		// found
		for (String[] route : new String[][] { { "GET", "/toestemming/{token}" }, { "POST", "/toestemming/{token}" },
				{ "POST", "/toestemming/{token}/intrekken" } }) {
			row(route[0], route[1], NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND);
		}
		// A table host's entry link (no account); unknown: not found
		row("GET", "/oogst-invoer/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		row("POST", "/oogst-invoer/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND);
		// A dialogue facilitator's link (no account; issue 17); unknown: not found
		for (String[] route : new String[][] { { "GET", "/gespreksleider/{token}" },
				{ "POST", "/gespreksleider/{token}" }, { "GET", "/gespreksleider/{token}/opmerkingen/{remarkId}" },
				{ "POST", "/gespreksleider/{token}/opmerkingen/{remarkId}" },
				{ "POST", "/gespreksleider/{token}/opmerkingen/{remarkId}/verwijderen" },
				{ "POST", "/gespreksleider/{token}/aanwezigheid" } }) {
			row(route[0], route[1], NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND);
		}
		// An action owner's personal link (no account); an unknown link is not found
		row("GET", "/voortgang/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		row("POST", "/voortgang/{token}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		row("GET", "/actieplan/{publicId}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		// Outputs (decision 42): read by whoever sees the trajectory, drafts included;
		// made, changed, published and deleted by its coordinators. The public pages,
		// feed and files show only what is published: the matrix trajectory has only a
		// draft (with a file), so its page and the draft's file are not found for anyone.
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/opbrengsten" },
				{ "GET", "/trajecten/{id}/opbrengsten/{outputId}/bestand" } }) {
			row(route[0], route[1], LOGIN, OK, OK, OK, NOT_FOUND, OK, OK, NOT_FOUND);
		}
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/opbrengsten/nieuw" },
				{ "POST", "/trajecten/{id}/opbrengsten/nieuw" },
				{ "GET", "/trajecten/{id}/opbrengsten/{outputId}/bewerken" },
				{ "POST", "/trajecten/{id}/opbrengsten/{outputId}/bewerken" },
				{ "POST", "/trajecten/{id}/opbrengsten/{outputId}/publiceren" },
				{ "POST", "/trajecten/{id}/opbrengsten/{outputId}/intrekken" },
				{ "POST", "/trajecten/{id}/opbrengsten/{outputId}/verwijderen" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		row("GET", "/opbrengsten", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/opbrengsten/feed.atom", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/opbrengsten/trajecten/{id}", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND);
		row("GET", "/opbrengsten/{outputId}/bestand", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND);
		// Who viewed participants' data: national coordinators
		row("GET", "/inzagelog", LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		row("GET", "/beheer/mails", LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		// A person's data request (see, export, erase): national coordinators. Without an
		// address the form answers with its errors (the exports go back to it), so
		// nothing is shown or erased.
		for (String[] route : new String[][] { { "GET", "/privacy/verzoeken" }, { "POST", "/privacy/verzoeken" },
				{ "POST", "/privacy/verzoeken/gegevens.json" }, { "POST", "/privacy/verzoeken/gegevens.pdf" },
				{ "POST", "/privacy/verzoeken/verwijderen" },
				{ "POST", "/privacy/verzoeken/verwijderen/bevestigd" } }) {
			row(route[0], route[1], LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		}
		// The national list of actions: national coordinators
		for (String[] route : new String[][] { { "GET", "/landelijke-acties" }, { "POST", "/landelijke-acties" },
				{ "GET", "/landelijke-acties/{nationalActionId}" },
				{ "POST", "/landelijke-acties/{nationalActionId}/koppelen" },
				{ "POST", "/landelijke-acties/{nationalActionId}/ontkoppelen" },
				{ "POST", "/landelijke-acties/{nationalActionId}/voortgang" } }) {
			row(route[0], route[1], LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		}
		// The national indicator catalogue: national coordinators keep it
		for (String[] route : new String[][] { { "GET", "/indicatoren" }, { "GET", "/indicatoren/nieuw" },
				{ "POST", "/indicatoren" }, { "GET", "/indicatoren/{indicatorId}" },
				{ "POST", "/indicatoren/{indicatorId}" }, { "POST", "/indicatoren/{indicatorId}/landelijke-cijfers" },
				{ "POST", "/indicatoren/{indicatorId}/landelijke-cijfers/{year}/verwijderen" } }) {
			row(route[0], route[1], LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		}
		// A trajectory's own indicators: its coordinators
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/cijfers/indicatoren/nieuw" },
				{ "POST", "/trajecten/{id}/cijfers/indicatoren" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		// Survey templates: national coordinators keep them (the question is removed
		// last)
		for (String[] route : new String[][] { { "GET", "/vragenlijstsjablonen" },
				{ "GET", "/vragenlijstsjablonen/nieuw" }, { "POST", "/vragenlijstsjablonen" },
				{ "GET", "/vragenlijstsjablonen/{templateId}" }, { "POST", "/vragenlijstsjablonen/{templateId}" },
				{ "GET", "/vragenlijstsjablonen/{templateId}/vragen/nieuw" },
				{ "POST", "/vragenlijstsjablonen/{templateId}/vragen" },
				{ "GET", "/vragenlijstsjablonen/{templateId}/vragen/{templateQuestionId}" },
				{ "POST", "/vragenlijstsjablonen/{templateId}/vragen/{templateQuestionId}" },
				{ "POST", "/vragenlijstsjablonen/{templateId}/vragen/{templateQuestionId}/omhoog" },
				{ "POST", "/vragenlijstsjablonen/{templateId}/vragen/{templateQuestionId}/omlaag" },
				{ "POST", "/vragenlijstsjablonen/{templateId}/vragen/{templateQuestionId}/verwijderen" } }) {
			row(route[0], route[1], LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		}
		// The trajectory's survey: built and run by its coordinators (it has an answer,
		// so
		// its questions no longer change); open answers and the export are theirs alone
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/vragenlijst" },
				{ "POST", "/trajecten/{id}/vragenlijst" }, { "GET", "/trajecten/{id}/vragenlijst/instellingen" },
				{ "POST", "/trajecten/{id}/vragenlijst/instellingen" },
				{ "POST", "/trajecten/{id}/vragenlijst/openen" }, { "POST", "/trajecten/{id}/vragenlijst/sluiten" },
				{ "GET", "/trajecten/{id}/vragenlijst/vragen/nieuw" }, { "POST", "/trajecten/{id}/vragenlijst/vragen" },
				{ "GET", "/trajecten/{id}/vragenlijst/vragen/{questionId}" },
				{ "POST", "/trajecten/{id}/vragenlijst/vragen/{questionId}" },
				{ "POST", "/trajecten/{id}/vragenlijst/vragen/{questionId}/omhoog" },
				{ "POST", "/trajecten/{id}/vragenlijst/vragen/{questionId}/omlaag" },
				{ "POST", "/trajecten/{id}/vragenlijst/vragen/{questionId}/verwijderen" },
				{ "GET", "/trajecten/{id}/vragenlijst/uitnodiging/{audience}" },
				{ "GET", "/trajecten/{id}/vragenlijst/voorbeeld/{audience}" },
				{ "GET", "/trajecten/{id}/vragenlijst/nieuwe-link/{audience}" },
				{ "POST", "/trajecten/{id}/vragenlijst/nieuwe-link/{audience}" },
				{ "GET", "/trajecten/{id}/vragenlijst/open-antwoorden" },
				{ "POST", "/trajecten/{id}/vragenlijst/antwoorden/{answerId}/citaat" },
				{ "GET", "/trajecten/{id}/vragenlijst/antwoorden.csv" },
				{ "GET", "/trajecten/{id}/onderzoek/bevindingen" }, { "POST", "/trajecten/{id}/onderzoek/bevindingen" },
				{ "POST", "/trajecten/{id}/onderzoek/bevindingen/{findingId}/verwijderen" },
				{ "POST", "/trajecten/{id}/onderzoek/publiceren" },
				{ "POST", "/trajecten/{id}/onderzoek/intrekken" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		// Results and the report: its coordinators; the others who see the trajectory
		// only
		// once they are published (not here: see SurveyResultsAccessTest)
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/vragenlijst/resultaten" },
				{ "GET", "/trajecten/{id}/onderzoek" }, { "GET", "/trajecten/{id}/onderzoek/rapport.pdf" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		// Answering through an audience's link: no account needed, and not from a browser
		// that is logged in (decision 14); an unknown link is not found
		row("GET", "/vragenlijst/{surveyToken}", OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		row("POST", "/vragenlijst/{surveyToken}", OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN);
		row("GET", "/vragenlijst/{surveyToken}/bedankt", OK, OK, OK, OK, OK, OK, OK, OK);
		for (String[] route : new String[][] { { "GET", "/vragenlijst/{token}" }, { "POST", "/vragenlijst/{token}" },
				{ "GET", "/vragenlijst/{token}/bedankt" } }) {
			row(route[0], route[1], NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND);
		}
		// Meetings: only the people who run the trajectory; participants' data is not for
		// policymakers
		row("GET", "/bijeenkomsten", LOGIN, OK, OK, OK, OK, OK, FORBIDDEN, FORBIDDEN);
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/bijeenkomsten/nieuw" },
				{ "POST", "/trajecten/{id}/bijeenkomsten" }, { "GET", "/trajecten/{id}/bijeenkomsten/reeks" },
				{ "POST", "/trajecten/{id}/bijeenkomsten/reeks" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		// All meetings of a trajectory with how full they are (issue 17): as a meeting's
		// page
		row("GET", "/trajecten/{id}/bijeenkomsten", LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		for (String[] route : new String[][] { { "GET", "/bijeenkomsten/{meetingId}" },
				{ "GET", "/bijeenkomsten/{meetingId}/bewerken" }, { "GET", "/bijeenkomsten/{meetingId}/kopie" },
				{ "POST", "/bijeenkomsten/{meetingId}" }, { "GET", "/bijeenkomsten/{meetingId}/inchecken" },
				{ "GET", "/bijeenkomsten/{meetingId}/deelnemerslijst" },
				{ "GET", "/bijeenkomsten/{meetingId}/deelnemers.csv" }, { "GET", "/bijeenkomsten/{meetingId}/tafels" },
				{ "POST", "/bijeenkomsten/{meetingId}/tafels" },
				{ "GET", "/bijeenkomsten/{meetingId}/tafels/afdrukken" },
				{ "GET", "/bijeenkomsten/{meetingId}/naamkaartjes" },
				{ "POST", "/bijeenkomsten/{meetingId}/inchecken/{registrationId}" },
				{ "POST", "/bijeenkomsten/{meetingId}/tafels/verplaatsen" },
				{ "GET", "/bijeenkomsten/{meetingId}/evaluaties" },
				{ "POST", "/bijeenkomsten/{meetingId}/evaluaties/vragen" },
				{ "POST", "/bijeenkomsten/{meetingId}/evaluaties/citaten/{registrationId}/publiceren" },
				{ "POST", "/bijeenkomsten/{meetingId}/evaluaties/citaten/{registrationId}/niet-publiceren" },
				{ "GET", "/bijeenkomsten/{meetingId}/afzeggen" }, { "POST", "/bijeenkomsten/{meetingId}/afzeggen" } }) {
			// A policymaker of another region learns nothing, as for the trajectory
			// (issue 15).
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
		// A coordinator's own calendar feed address, and the feed (an unknown address is
		// not found, for anyone)
		row("GET", "/mijn-agenda", LOGIN, OK, OK, OK, OK, OK, FORBIDDEN, FORBIDDEN);
		row("POST", "/mijn-agenda", LOGIN, OK, OK, OK, OK, OK, FORBIDDEN, FORBIDDEN);
		row("POST", "/mijn-agenda/stoppen", LOGIN, OK, OK, OK, OK, OK, FORBIDDEN, FORBIDDEN);
		row("GET", "/agenda/{token}.ics", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND);
		// Public meeting pages and personal links (no account); an unknown link is not
		// found
		// "Doe mee" (issue 16): the page and the request form for anyone; the inbox of
		// requests for national coordinators only
		row("GET", "/doe-mee", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/doe-mee/aanvragen", OK, OK, OK, OK, OK, OK, OK, OK);
		row("POST", "/doe-mee/aanvragen", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/doe-mee/verstuurd", OK, OK, OK, OK, OK, OK, OK, OK);
		for (String[] route : new String[][] { { "GET", "/aanvragen" }, { "GET", "/aanvragen/{requestId}" },
				{ "POST", "/aanvragen/{requestId}/antwoord" }, { "POST", "/aanvragen/{requestId}/status" } }) {
			row(route[0], route[1], LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);
		}
		row("GET", "/aanmelden/{publicId}", OK, OK, OK, OK, OK, OK, OK, OK);
		row("POST", "/aanmelden/{publicId}", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/aanmelden/{publicId}/verstuurd", OK, OK, OK, OK, OK, OK, OK, OK);
		// After deleting one's own data: a page without personal data
		row("GET", "/aanmelding/verwijderd", OK, OK, OK, OK, OK, OK, OK, OK);
		// Signing up for a national project, for anyone; its personal links (issue 17)
		row("GET", "/project-aanmelden/{projectPublicId}", OK, OK, OK, OK, OK, OK, OK, OK);
		row("POST", "/project-aanmelden/{projectPublicId}", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/project-aanmelden/{projectPublicId}/verstuurd", OK, OK, OK, OK, OK, OK, OK, OK);
		row("GET", "/project-aanmelding/verwijderd", OK, OK, OK, OK, OK, OK, OK, OK);
		for (String[] route : new String[][] { { "GET", "/project-aanmelding/{token}" },
				{ "POST", "/project-aanmelding/{token}/bevestigen" }, { "GET", "/project-aanmelding/{token}/wijzigen" },
				{ "POST", "/project-aanmelding/{token}/wijzigen" }, { "POST", "/project-aanmelding/{token}/annuleren" },
				{ "GET", "/project-aanmelding/{token}/verwijderen" },
				{ "POST", "/project-aanmelding/{token}/verwijderen" } }) {
			row(route[0], route[1], NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND);
		}
		// A parent's or guardian's consent link for a child's project sign-up (no
		// account,
		// decision 50); unknown: not found
		for (String[] route : new String[][] { { "GET", "/project-toestemming/{token}" },
				{ "POST", "/project-toestemming/{token}" }, { "POST", "/project-toestemming/{token}/intrekken" } }) {
			row(route[0], route[1], NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND);
		}
		for (String[] route : new String[][] { { "GET", "/aanmelding/{token}" },
				{ "POST", "/aanmelding/{token}/bevestigen" }, { "GET", "/aanmelding/{token}/wijzigen" },
				{ "POST", "/aanmelding/{token}" }, { "POST", "/aanmelding/{token}/annuleren" },
				{ "GET", "/aanmelding/{token}/evaluatie" }, { "POST", "/aanmelding/{token}/evaluatie" },
				{ "POST", "/aanmelding/{token}/evaluatie/citaat-weghalen" },
				{ "GET", "/aanmelding/{token}/verwijderen" }, { "POST", "/aanmelding/{token}/verwijderen" } }) {
			row(route[0], route[1], NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND);
		}
		for (String[] route : new String[][] { { "GET", "/trajecten/{id}/bewerken" }, { "POST", "/trajecten/{id}" },
				{ "POST", "/trajecten/{id}/stappen/{step}/starten" },
				{ "POST", "/trajecten/{id}/stappen/{step}/afronden" },
				{ "GET", "/trajecten/{id}/stappen/{step}/afronden" },
				{ "POST", "/trajecten/{id}/stappen/{step}/overslaan" }, { "POST", "/trajecten/{id}/afronden" },
				{ "GET", "/trajecten/{id}/annuleren" }, { "POST", "/trajecten/{id}/annuleren" } }) {
			row(route[0], route[1], LOGIN, OK, OK, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN, NOT_FOUND);
		}
	}

	static {
		// HEAD asks for what GET answers, without the body (link checkers, feed readers,
		// podcast apps): every route that anyone may GET answers HEAD for everyone as
		// its GET does.
		List<Route> gets = MATRIX.stream()
			.filter((route) -> route.method() == HttpMethod.GET && isPublic(route))
			.toList();
		for (Route get : gets) {
			MATRIX.add(new Route(HttpMethod.HEAD, get.pattern(), get.expected()));
		}
	}

	/**
	 * Open to anyone: without an account the route is not refused, only maybe not found.
	 */
	private static boolean isPublic(Route route) {
		Outcome anonymous = route.expected().get(ANONYMOUS);
		return anonymous == OK || anonymous == NOT_FOUND;
	}

	private static void row(String method, String pattern, Outcome... outcomes) {
		Map<Actor, Outcome> expected = new EnumMap<>(Actor.class);
		for (Actor actor : Actor.values()) {
			expected.put(actor, outcomes[actor.ordinal()]);
		}
		MATRIX.add(new Route(HttpMethod.valueOf(method), pattern, expected));
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private MeetingFixtures meetings;

	private final Map<Actor, AccountPrincipal> principals = new EnumMap<>(Actor.class);

	private long trajectoryId;

	private long targetAccountId;

	private MeetingFixtures.Created meeting;

	private long registrationId;

	private ResearchFixtures.Created survey;

	private long templateId;

	private long templateQuestionId;

	@Autowired
	private ResearchFixtures research;

	@Autowired
	private ActionPlanFixtures actionPlan;

	@Autowired
	private HarvestFixtures harvest;

	private long topicId;

	private long ownTopicId;

	private long itemId;

	private long actionId;

	private long versionId;

	private long nationalActionId;

	private long hostLinkId;

	private long joinRequestId;

	@Autowired
	private JoinForms joinForms;

	@Autowired
	private OutputFixtures outputs;

	private long outputId;

	@Autowired
	private ProjectFixtures projects;

	private long projectId;

	private long projectMeetingId;

	private long facilitatorLinkId;

	private String projectPublicId;

	private long projectThemeId;

	private long codedRemarkId;

	@Autowired
	private AdviceFixtures advice;

	private long adviceId;

	@Autowired
	private JdbcClient jdbc;

	@BeforeAll
	void createActorsAndData() {
		this.principals.put(NATIONAL, this.accounts.create(Role.NATIONAL_COORDINATOR));
		this.principals.put(REGIONAL_ASSIGNED, this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32"));
		this.principals.put(REGIONAL_SAME_REGION_NOT_ASSIGNED, this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32"));
		this.principals.put(REGIONAL_OTHER_REGION, this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34"));
		this.principals.put(REGIONAL_OTHER_REGION_ASSIGNED, this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ34"));
		this.principals.put(POLICYMAKER_OWN_REGION, this.accounts.create(Role.POLICYMAKER, "JZ32"));
		this.principals.put(POLICYMAKER_OTHER_REGION, this.accounts.create(Role.POLICYMAKER, "JZ34"));
		this.targetAccountId = this.accounts.create(Role.POLICYMAKER, "JZ01").id();
		this.trajectoryId = this.trajectories.create("JZ32", "Matrix", this.principals.get(REGIONAL_ASSIGNED).id(),
				this.principals.get(REGIONAL_OTHER_REGION_ASSIGNED).id());
		this.meeting = this.meetings.create(this.trajectoryId, "Matrix", 30, Map.of());
		this.registrationId = this.meetings.confirmed(this.meeting.id(), "Matrix", ParticipantRole.FOSTER_PARENT);
		this.survey = this.research.openSurvey(this.trajectoryId, this.principals.get(REGIONAL_ASSIGNED));
		this.research.answer(this.survey, Audience.FOSTER_FAMILIES, 3, "Matrix");
		this.templateId = this.research.template("Matrix-sjabloon");
		this.templateQuestionId = this.research.firstQuestionOfTemplate(this.templateId);
		AccountPrincipal coordinator = this.principals.get(REGIONAL_ASSIGNED);
		this.topicId = this.harvest.choose(this.trajectoryId, coordinator, "Transparantie").get(0);
		this.ownTopicId = this.harvest.ownTopic(this.trajectoryId, coordinator, "Matrix-onderwerp");
		this.itemId = this.harvest.harvest(this.trajectoryId, coordinator, this.topicId, HarvestKind.IDEA, "Idee");
		this.actionId = this.actionPlan.action(this.trajectoryId, coordinator, this.topicId, "Matrix-actie", null);
		this.versionId = this.actionPlan.submitPlan(this.trajectoryId, coordinator);
		this.nationalActionId = this.actionPlan.nationalAction("Matrix-landelijk");
		this.joinRequestId = this.joinForms.request();
		this.hostLinkId = this.jdbc.sql("""
				insert into harvest_entry_link (trajectory_id, label, token_hash, expires_at, created_at)
				values (?, 'Matrix-tafel', ?, now() + interval '7 days', now()) returning id""")
			.params(this.trajectoryId, SecretToken.generate().hash())
			.query(Long.class)
			.single();
		this.projectId = this.projects.create("Matrix-project", Set.of("JZ32"),
				this.principals.get(REGIONAL_ASSIGNED).id(), this.principals.get(REGIONAL_OTHER_REGION_ASSIGNED).id());
		this.projectMeetingId = this.meetings.createDialogue(this.projectId, "Matrix-dialoog", 8, Map.of()).id();
		FacilitatorLinkFixture.link(this.jdbc, this.projectId, this.projectMeetingId, "Matrix-gespreksleider");
		this.facilitatorLinkId = this.jdbc.sql("select max(id) from facilitator_link where meeting_id = ?")
			.param(this.projectMeetingId)
			.query(Long.class)
			.single();
		this.projectPublicId = this.jdbc.sql("select public_id::text from national_project where trajectory_id = ?")
			.param(this.projectId)
			.query(String.class)
			.single();
		this.codedRemarkId = this.jdbc.sql("""
				insert into dialogue_remark (trajectory_id, meeting_id, kind, text, created_at, changed_at)
				values (?, ?, 'IDEA', 'Matrix-idee', now(), now()) returning id""")
			.params(this.projectId, this.projectMeetingId)
			.query(Long.class)
			.single();
		this.projectThemeId = this.jdbc.sql("""
				insert into project_theme (trajectory_id, name, created_at, changed_at)
				values (?, 'Matrix-thema', now(), now()) returning id""")
			.params(this.projectId)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into dialogue_remark_theme (remark_id, theme_id) values (?, ?)")
			.params(this.codedRemarkId, this.projectThemeId)
			.update();
		this.adviceId = this.advice.advice(this.projectId, this.projectThemeId, "Matrix-advies", "Matrix-advies.");
		this.outputId = this.outputs.file(this.trajectoryId, OutputKind.RESEARCH_REPORT, "Matrix-concept",
				OutputFixtures.PDF, "application/pdf", false);
	}

	Stream<Arguments> cases() {
		return MATRIX.stream()
			.flatMap((route) -> route.expected()
				.entrySet()
				.stream()
				.map((e) -> Arguments.of(route, e.getKey(), e.getValue())));
	}

	@ParameterizedTest(name = "{0} as {1} -> {2}")
	@MethodSource("cases")
	void routeAnswersAsTheMatrixSays(Route route, Actor actor, Outcome expected) throws Exception {
		String url = route.pattern()
			.replace("{id}", Long.toString(this.trajectoryId))
			.replace("{accountId}", Long.toString(this.targetAccountId))
			.replace("{requestId}", Long.toString(this.joinRequestId))
			.replace("{regionCode}", "JZ01")
			.replace("{ownRegionCode}", "JZ32")
			.replace("{step}", "RESEARCH_FIGURES")
			.replace("{token}", "onbekende-link")
			.replace("{meetingId}", Long.toString(this.meeting.id()))
			.replace("{publicId}", this.meeting.publicId().toString())
			.replace("{registrationId}", Long.toString(this.registrationId))
			.replace("{figureId}", "987654321")
			.replace("{findingId}", "987654321")
			.replace("{topicId}", Long.toString(this.topicId))
			.replace("{ownTopicId}", Long.toString(this.ownTopicId))
			.replace("{itemId}", Long.toString(this.itemId))
			.replace("{hostLinkId}", Long.toString(this.hostLinkId))
			.replace("{outputId}", Long.toString(this.outputId))
			.replace("{projectMeetingId}", Long.toString(this.projectMeetingId))
			.replace("{facilitatorLinkId}", Long.toString(this.facilitatorLinkId))
			.replace("{remarkId}", "987654321")
			.replace("{projectId}", Long.toString(this.projectId))
			.replace("{projectPublicId}", this.projectPublicId)
			.replace("{projectThemeId}", Long.toString(this.projectThemeId))
			.replace("{codedRemarkId}", Long.toString(this.codedRemarkId))
			.replace("{adviceId}", Long.toString(this.adviceId))
			.replace("{actionId}", Long.toString(this.actionId))
			.replace("{versionId}", Long.toString(this.versionId))
			.replace("{nationalActionId}", Long.toString(this.nationalActionId))
			.replace("{indicatorId}", Long.toString(this.research.catalogueIndicatorId()))
			.replace("{year}", "1999")
			.replace("{templateId}", Long.toString(this.templateId))
			.replace("{templateQuestionId}", Long.toString(this.templateQuestionId))
			.replace("{questionId}", Long.toString(this.survey.questionIds().get(0)))
			.replace("{audience}", "kinderen")
			.replace("{answerId}", "6f1c7a52-8a4e-4f0e-9a43-2b7d1c0e5f11")
			.replace("{surveyToken}", this.survey.token(Audience.FOSTER_FAMILIES));
		MockHttpServletRequestBuilder request = request(route.method(), url);
		if (route.method() == HttpMethod.POST) {
			request.with(csrf()).param("version", "-1").param("present", "false");
			if (route.pattern().contains("/nieuwe-link/")) {
				// A link that is not the audience's: allowed, it changes nothing.
				request.param("link", "onbekend");
			}
			if (route.pattern().contains("/codering/")) {
				// The remark keeps its theme, which so stays in use.
				request.param("themeIds", Long.toString(this.projectThemeId));
			}
			if (route.pattern().endsWith("/verplaatsen")) {
				request.param("registration", Long.toString(this.registrationId)).param("table", "0");
			}
		}
		if (actor != ANONYMOUS) {
			request.with(user(this.principals.get(actor)));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(outcomeOf(response)).as("%s as %s", route, actor).isEqualTo(expected);
	}

	private static Outcome outcomeOf(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 302 && response.getRedirectedUrl() != null && response.getRedirectedUrl().contains("/inloggen")) {
			return LOGIN;
		}
		return switch (status) {
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 500 -> SERVER_ERROR;
			default -> (status < 400) ? OK : Outcome.valueOf("STATUS_" + status);
		};
	}

	@Test
	void matrixListsEveryRouteOfTheApplication() {
		Set<String> routes = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().keySet().forEach((info) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("ANY " + shape(pattern));
				}
				methods.forEach((method) -> routes.add(method + " " + shape(pattern)));
			}
		});
		Set<String> listed = new TreeSet<>();
		MATRIX.stream()
			.filter((route) -> route.method() != HttpMethod.HEAD)
			.forEach((route) -> listed.add(route.method() + " " + shape(route.pattern())));
		// BasicErrorController answers /error for every method; the matrix checks its
		// GET.
		routes.remove("ANY /error");
		listed.remove("GET /error");
		// Actuator endpoints are not controller routes; the matrix checks the metrics.
		listed.remove("GET /actuator/prometheus");
		// The demo mail page is mapped only under the demo profile.
		listed.remove("GET /demo/mails");
		assertThat(listed).as("routes in the matrix").containsExactlyInAnyOrderElementsOf(routes);
	}

	/**
	 * A GET mapping answers HEAD too, so the HEAD rows are not routes of their own; they
	 * are there for exactly the public GET routes (the feed and files of outputs among
	 * them).
	 */
	@Test
	void everyPublicGetRouteIsTriedWithHead() {
		assertThat(MATRIX.stream().filter((route) -> route.method() == HttpMethod.HEAD).map(Route::pattern))
			.containsExactlyInAnyOrderElementsOf(MATRIX.stream()
				.filter((route) -> route.method() == HttpMethod.GET && isPublic(route))
				.map(Route::pattern)
				.toList())
			.contains("/opbrengsten/feed.atom", "/opbrengsten/{outputId}/bestand", "/opbrengsten",
					"/opbrengsten/trajecten/{id}", "/agenda/{token}.ics", "/actieplan/{publicId}", "/");
	}

	/** A route's shape, whatever its path variables are called. */
	private static String shape(String pattern) {
		return pattern.replaceAll("\\{[^}]+}", "{}");
	}

}
