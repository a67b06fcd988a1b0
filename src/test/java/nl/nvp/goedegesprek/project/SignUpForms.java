package nl.nvp.goedegesprek.project;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.signup.SignUpFixtures;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sign-up forms of national projects, for the double-submit test: signing up (two
 * tabs with one address make one sign-up and one mail), and through the personal link
 * confirming (one mail), changing, cancelling and deleting; a parent's or guardian's
 * consent to a child's sign-up (one consent, one mail), and withdrawing it (one
 * withdrawal, one mail).
 */
@TestComponent
public class SignUpForms implements FormCatalogue {

	private final SignUpFixtures signUps;

	SignUpForms(SignUpFixtures signUps) {
		this.signUps = signUps;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /project-aanmelden/{publicId}", () -> {
			SignUpFixtures.Project project = this.signUps.project("Aanmelden " + UUID.randomUUID(), Set.of());
			String email = "aanmelder-" + UUID.randomUUID() + "@test.example";
			String address = "10.51." + ThreadLocalRandom.current().nextInt(256) + "."
					+ ThreadLocalRandom.current().nextInt(1, 255);
			return new Prepared(project.page(), null, () -> filled(post(project.page()).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}), email));
		}), FormCase.of("POST /project-aanmelding/{token}/bevestigen", () -> {
			String token = pending();
			return new Prepared("/project-aanmelding/" + token, null,
					() -> post("/project-aanmelding/" + token + "/bevestigen"));
		}), FormCase.of("POST /project-aanmelding/{token}/wijzigen", () -> {
			String token = pending();
			return new Prepared("/project-aanmelding/" + token + "/wijzigen", null,
					() -> post("/project-aanmelding/" + token + "/wijzigen")
						.param("weekParts", "2-MORNING", "4-EVENING")
						.param("mode", "ONLINE")
						.param("needsInterpreter", "true"));
		}), FormCase.of("POST /project-aanmelding/{token}/annuleren", () -> {
			String token = pending();
			return new Prepared("/project-aanmelding/" + token, null,
					() -> post("/project-aanmelding/" + token + "/annuleren"));
		}), FormCase.of("POST /project-aanmelding/{token}/verwijderen", () -> {
			String token = pending();
			return new Prepared("/project-aanmelding/" + token + "/verwijderen", null,
					() -> post("/project-aanmelding/" + token + "/verwijderen"));
		}), FormCase.of("POST /project-toestemming/{token}", () -> {
			// A parent's or guardian's yes (decision 50): one consent, one mail to the
			// child.
			SignUpFixtures.Project project = this.signUps.project("Toestemming " + UUID.randomUUID(), Set.of());
			String token = this.signUps.awaitingConsent(project.id(), "Sam",
					"kind-" + UUID.randomUUID() + "@test.example", "voogd-" + UUID.randomUUID() + "@test.example");
			return new Prepared("/project-toestemming/" + token, null,
					() -> post("/project-toestemming/" + token).param("answer", "ja").param("responsible", "true"));
		}), FormCase.of("POST /project-toestemming/{token}/intrekken", () -> {
			// A parent or guardian withdraws the consent they gave (decision 51): one
			// withdrawal, one mail to the child.
			SignUpFixtures.Project project = this.signUps.project("Intrekken " + UUID.randomUUID(), Set.of());
			String token = this.signUps.consentGiven(project.id(), "Sam", "kind-" + UUID.randomUUID() + "@test.example",
					"voogd-" + UUID.randomUUID() + "@test.example");
			return new Prepared("/project-toestemming/" + token, null,
					() -> post("/project-toestemming/" + token + "/intrekken"));
		}));
	}

	private String pending() {
		SignUpFixtures.Project project = this.signUps.project("Link " + UUID.randomUUID(), Set.of());
		return this.signUps.signUp(project.id(), "Pim", "pim-" + UUID.randomUUID() + "@test.example",
				ParticipantRole.FOSTER_PARENT, "JZ32", false);
	}

	/**
	 * The sign-up form filled in: a foster parent from Rijk van Nijmegen, with a case
	 * code.
	 */
	public static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String email) {
		return request.param("name", "Fenna de Vries")
			.param("email", email)
			.param("role", "FOSTER_PARENT")
			.param("regionCode", "JZ32")
			.param("weekParts", "1-EVENING", "3-MORNING")
			.param("mode", "EITHER")
			.param("needsTravelCosts", "true")
			.param("caseCode", "Zonnebloem-7")
			.param("consent", "true");
	}

}
