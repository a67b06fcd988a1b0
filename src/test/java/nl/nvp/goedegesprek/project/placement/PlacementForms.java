package nl.nvp.goedegesprek.project.placement;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.signup.SignUpFixtures;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;

import org.springframework.boot.test.context.TestComponent;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The grouping page's forms, for the double-submit test: the proposal, moving, fixing,
 * the region of an in-person dialogue (one row however often it is sent) and confirming a
 * dialogue (a double click or two tabs register nobody twice and send no second mail).
 */
@TestComponent
public class PlacementForms implements FormCatalogue {

	private final SignUpFixtures signUps;

	private final PlacementFixtures placements;

	private final AccountFixtures accounts;

	private final DialogueGroups groups;

	PlacementForms(SignUpFixtures signUps, PlacementFixtures placements, AccountFixtures accounts,
			DialogueGroups groups) {
		this.signUps = signUps;
		this.placements = placements;
		this.accounts = accounts;
		this.groups = groups;
	}

	/** A project with one Monday evening dialogue and one sign-up per role. */
	record Situation(long projectId, long dialogueId, List<Long> signUps, AccountPrincipal coordinator) {

		String page() {
			return "/projecten/" + this.projectId + "/indeling";
		}

	}

	Situation situation() {
		AccountPrincipal coordinator = this.accounts.create(Role.NATIONAL_COORDINATOR);
		long project = this.signUps.project("Indelen " + UUID.randomUUID(), Set.of()).id();
		long dialogue = this.placements.dialogue(project, "Maandag", PlacementFixtures.next(DayOfWeek.MONDAY),
				LocalTime.of(19, 30), false, 8, Map.of());
		List<Long> people = List
			.of(ParticipantRole.FOSTER_PARENT, ParticipantRole.PARENT, ParticipantRole.FOSTER_CARE_WORKER,
					ParticipantRole.CHILD_PROTECTION_WORKER)
			.stream()
			.map((role) -> this.placements.signUp(project, "Deelnemer " + role,
					"indeling-" + UUID.randomUUID() + "@test.example", role, "EITHER", null, DayOfWeek.MONDAY))
			.toList();
		return new Situation(project, dialogue, people, coordinator);
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /projecten/{id}/indeling/voorstel", () -> {
			Situation s = situation();
			return new Prepared(s.page(), user(s.coordinator()),
					() -> post("/projecten/" + s.projectId() + "/indeling/voorstel"));
		}), FormCase.of("POST /projecten/{id}/indeling/verplaatsen", () -> {
			Situation s = situation();
			return new Prepared(s.page(), user(s.coordinator()),
					() -> post("/projecten/" + s.projectId() + "/indeling/verplaatsen")
						.param("signUp", Long.toString(s.signUps().get(0)))
						.param("meeting", Long.toString(s.dialogueId())));
		}), FormCase.of("POST /projecten/{id}/indeling/vastzetten", () -> {
			Situation s = situation();
			this.groups.propose(s.projectId());
			return new Prepared(s.page(), user(s.coordinator()),
					() -> post("/projecten/" + s.projectId() + "/indeling/vastzetten")
						.param("signUp", Long.toString(s.signUps().get(1)))
						.param("fixed", "true"));
		}), FormCase.of("POST /projecten/{id}/indeling/bevestigen", () -> {
			Situation s = situation();
			this.groups.propose(s.projectId());
			return new Prepared(s.page(), user(s.coordinator()),
					() -> post("/projecten/" + s.projectId() + "/indeling/bevestigen").param("meeting",
							Long.toString(s.dialogueId())));
		}), FormCase.of("POST /projecten/{id}/indeling/bevestigen-compleet", () -> {
			Situation s = situation();
			this.groups.propose(s.projectId());
			return new Prepared(s.page(), user(s.coordinator()),
					() -> post("/projecten/" + s.projectId() + "/indeling/bevestigen-compleet"));
		}), FormCase.of("POST /projecten/{id}/indeling/regio", () -> {
			Situation s = situation();
			return new Prepared(s.page(), user(s.coordinator()),
					() -> post("/projecten/" + s.projectId() + "/indeling/regio")
						.param("meeting", Long.toString(s.dialogueId()))
						.param("regionCode", "JZ32"));
		}));
	}

}
