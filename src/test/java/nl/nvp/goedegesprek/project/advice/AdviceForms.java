package nl.nvp.goedegesprek.project.advice;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;

import org.springframework.boot.test.context.TestComponent;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The advice forms of a national project, for the double-submit test: a new advice (two
 * tabs make one: one advice per theme) and changing one (the second is stale).
 */
@TestComponent
public class AdviceForms implements FormCatalogue {

	private final AccountFixtures accounts;

	private final ProjectFixtures projects;

	private final MeetingFixtures meetings;

	private final AdviceFixtures advice;

	private final AdvicePublishing publishing;

	AdviceForms(AccountFixtures accounts, ProjectFixtures projects, MeetingFixtures meetings, AdviceFixtures advice,
			AdvicePublishing publishing) {
		this.accounts = accounts;
		this.projects = projects;
		this.meetings = meetings;
		this.advice = advice;
		this.publishing = publishing;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /trajecten/{id}/adviezen/nieuw", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of());
			long theme = this.advice.theme(id, "Rollen en taken");
			long meeting = this.meetings.createDialogue(id, "Dialoog", 8, Map.of()).id();
			String path = "/trajecten/" + id + "/adviezen/nieuw";
			return new Prepared(path + "?thema=" + theme, user(national),
					() -> post(path).param("themeId", String.valueOf(theme))
						.param("title", "Een startgesprek")
						.param("text", "Bespreek taken en rollen voor de plaatsing.")
						.param("dialogues", String.valueOf(meeting))
						.param("version", "0"));
		}), FormCase.of("POST /trajecten/{id}/adviezen/{adviceId}/bewerken", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of());
			long theme = this.advice.theme(id, "Verwachtingen");
			long adviceId = this.advice.advice(id, theme, "Verwachtingen", "Spreek verwachtingen uit.");
			long version = this.advice.version(adviceId);
			String path = "/trajecten/" + id + "/adviezen/" + adviceId + "/bewerken";
			return new Prepared(path, user(national),
					() -> post(path).param("themeId", String.valueOf(theme))
						.param("title", "Verwachtingen (nieuw)")
						.param("text", "Spreek verwachtingen uit, aan het begin.")
						.param("version", String.valueOf(version)));
		}), FormCase.of("POST /trajecten/{id}/adviezen/publiceren", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of());
			this.advice.advice(id, this.advice.theme(id, "Transparantie"), "Deel informatie",
					"Deel informatie eerder.");
			String path = "/trajecten/" + id + "/adviezen";
			return new Prepared(path, user(national), () -> post(path + "/publiceren"));
		}), FormCase.of("POST /trajecten/{id}/adviezen/{adviceId}/landelijke-actie", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of());
			long adviceId = this.advice.advice(id, this.advice.theme(id, "Positie van ouders"),
					"Maatjes voor ouders " + UUID.randomUUID(), "Zet maatjesprojecten op.");
			String path = "/trajecten/" + id + "/adviezen";
			return new Prepared(path, user(national), () -> post(path + "/" + adviceId + "/landelijke-actie"));
		}), FormCase.of("POST /trajecten/{id}/adviezen/intrekken", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			long id = this.projects.create("Advies " + UUID.randomUUID(), Set.of());
			this.advice.advice(id, this.advice.theme(id, "Transparantie"), "Deel informatie",
					"Deel informatie eerder.");
			this.publishing.publish(id, national);
			String path = "/trajecten/" + id + "/adviezen";
			return new Prepared(path, user(national), () -> post(path + "/intrekken"));
		}));
	}

}
