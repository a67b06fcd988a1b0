package nl.nvp.goedegesprek.project;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.dialogue.FacilitatorLinkFixture;
import nl.nvp.goedegesprek.project.codebook.CodebookFixtures;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The project module's forms, for the double-submit test: a new national project (two
 * tabs make one: one title), and changing its settings (the second is stale); a
 * dialogue's facilitator link (two tabs make one) and what the facilitator sends through
 * it (a remark kept once, attendance and changes the same twice).
 */
@TestComponent
public class ProjectForms implements FormCatalogue {

	private final AccountFixtures accounts;

	private final ProjectFixtures projects;

	private final TrajectoryFixtures trajectories;

	private final MeetingFixtures meetings;

	private final JdbcClient jdbc;

	private final CodebookFixtures codebook;

	ProjectForms(AccountFixtures accounts, ProjectFixtures projects, TrajectoryFixtures trajectories,
			MeetingFixtures meetings, JdbcClient jdbc, CodebookFixtures codebook) {
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.codebook = codebook;
		this.accounts = accounts;
		this.projects = projects;
		this.trajectories = trajectories;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /projecten/nieuw", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			String title = "Project " + UUID.randomUUID();
			return new Prepared("/projecten/nieuw", user(national), () -> filled(post("/projecten/nieuw"), title, 43));
		}), FormCase.of("POST /projecten/{id}/bewerken", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			String title = "Project " + UUID.randomUUID();
			long id = this.projects.create(title, Set.of());
			long version = this.trajectories.version(id);
			return new Prepared("/projecten/" + id + "/bewerken", user(national),
					() -> filled(post("/projecten/" + id + "/bewerken"), title + " (nieuw)", 50).param("version",
							String.valueOf(version)));
		}), FormCase.of("POST /bijeenkomsten/{id}/gespreksleider", () -> {
			Dialogue dialogue = dialogue();
			String page = "/bijeenkomsten/" + dialogue.meeting() + "/gespreksleider";
			return new Prepared(page, user(dialogue.coordinator()),
					() -> post(page).param("label", "Anna").param("seen", "0"));
		}), FormCase.of("POST /bijeenkomsten/{id}/gespreksleider/{linkId}/intrekken", () -> {
			Dialogue dialogue = dialogue();
			String page = "/bijeenkomsten/" + dialogue.meeting() + "/gespreksleider";
			long link = FacilitatorLinkFixture.linkId(this.jdbc, dialogue.token());
			return new Prepared(page, user(dialogue.coordinator()), () -> post(page + "/" + link + "/intrekken"));
		}), FormCase.of("POST /gespreksleider/{token}", () -> {
			Dialogue dialogue = dialogue();
			String page = "/gespreksleider/" + dialogue.token();
			return new Prepared(page, null,
					() -> post(page).param("kind", "QUOTE")
						.param("text", "Bel mij gewoon op.")
						.param("speakerRole", "PARENT")
						.param("consent", "true"));
		}), FormCase.of("POST /gespreksleider/{token}/opmerkingen/{remarkId}", () -> {
			Dialogue dialogue = dialogue();
			long remark = FacilitatorLinkFixture.remark(this.jdbc, dialogue.token(), "IDEA", "Een buddy.");
			String page = "/gespreksleider/" + dialogue.token() + "/opmerkingen/" + remark;
			return new Prepared(page, null,
					() -> post(page).param("kind", "IDEA")
						.param("text", "Een buddy voor ouders.")
						.param("version", "0"));
		}), FormCase.of("POST /gespreksleider/{token}/opmerkingen/{remarkId}/verwijderen", () -> {
			Dialogue dialogue = dialogue();
			long remark = FacilitatorLinkFixture.remark(this.jdbc, dialogue.token(), "IDEA", "Een buddy.");
			String page = "/gespreksleider/" + dialogue.token();
			return new Prepared(page, null, () -> post(page + "/opmerkingen/" + remark + "/verwijderen"));
		}), FormCase.of("POST /gespreksleider/{token}/aanwezigheid", () -> {
			Dialogue dialogue = dialogue();
			long registration = this.meetings.confirmed(dialogue.meeting(), "Anna de Vries",
					ParticipantRole.FOSTER_PARENT);
			String page = "/gespreksleider/" + dialogue.token();
			return new Prepared(page, null,
					() -> post(page + "/aanwezigheid").param("present", String.valueOf(registration)));
		}),
				// The codebook (decision 47): a theme from two tabs is added once (one
				// name), the catalogue taken over once, a change from a stale page
				// refused, a theme deleted once, and a remark's themes set as a set.
				FormCase.of("POST /trajecten/{id}/codeboek", () -> {
					Coordinated project = coordinated();
					return new Prepared(project.base() + "/codeboek", user(project.coordinator()),
							() -> post(project.base() + "/codeboek").param("name", "Transparantie")
								.param("description", "Open zijn over keuzes."));
				}), FormCase.of("POST /trajecten/{id}/codeboek/catalogus", () -> {
					Coordinated project = coordinated();
					return new Prepared(project.base() + "/codeboek", user(project.coordinator()),
							() -> post(project.base() + "/codeboek/catalogus"));
				}), FormCase.of("POST /trajecten/{id}/codeboek/{themeId}", () -> {
					Coordinated project = coordinated();
					long theme = this.codebook.theme(project.id(), "Rollen");
					String path = project.base() + "/codeboek/" + theme;
					return new Prepared(path, user(project.coordinator()),
							() -> post(path).param("name", "Rol- en taakverdeling").param("version", "0"));
				}), FormCase.of("POST /trajecten/{id}/codeboek/{themeId}/verwijderen", () -> {
					Coordinated project = coordinated();
					long theme = this.codebook.theme(project.id(), "Weg");
					return new Prepared(project.base() + "/codeboek", user(project.coordinator()),
							() -> post(project.base() + "/codeboek/" + theme + "/verwijderen"));
				}), FormCase.of("POST /trajecten/{id}/codering/{remarkId}", () -> {
					Coordinated project = coordinated();
					long a = this.codebook.theme(project.id(), "Transparantie");
					long b = this.codebook.theme(project.id(), "Positie van ouders");
					long dialogue = this.codebook.dialogue(project.id(), "Dialoog", 5);
					long remark = this.codebook.remark(project.id(), dialogue, "CAN_BE_BETTER", "PARENT",
							"Ouders horen het te laat.");
					return new Prepared(project.base() + "/codering", user(project.coordinator()),
							() -> post(project.base() + "/codering/" + remark).param("themeIds", String.valueOf(a),
									String.valueOf(b)));
				}));
	}

	private record Coordinated(long id, AccountPrincipal coordinator) {

		String base() {
			return "/trajecten/" + this.id;
		}

	}

	/** A national project run by a regional coordinator of JZ32. */
	private Coordinated coordinated() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long id = this.projects.create("Project " + UUID.randomUUID(), Set.of("JZ32"), coordinator.id());
		return new Coordinated(id, coordinator);
	}

	/** A dialogue of a new project run by its coordinator, with a facilitator's link. */
	private Dialogue dialogue() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long project = this.projects.create("Project " + UUID.randomUUID(), Set.of(), coordinator.id());
		long meeting = this.meetings.create(project, "Dialoog", 8, java.util.Map.of()).id();
		return new Dialogue(coordinator, meeting,
				FacilitatorLinkFixture.link(this.jdbc, project, meeting, "Gespreksleider"));
	}

	private record Dialogue(AccountPrincipal coordinator, long meeting, String token) {
	}

	static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String title, int target) {
		return filled(request, title, target, "REGIONS");
	}

	/** The form filled in, with JZ32 and JZ34 ticked and this reach chosen. */
	static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String title, int target,
			String reach) {
		return request.param("title", title)
			.param("aim", "Samen leren hoe het beter kan.")
			.param("startsOn", "2026-09-01")
			.param("endsOn", "2027-06-30")
			.param("roles", "FOSTER_PARENT", "PARENT", "FOSTER_CARE_WORKER", "CHILD_PROTECTION_WORKER")
			.param("targetDialogues", String.valueOf(target))
			.param("reach", reach)
			.param("regionCodes", "JZ32", "JZ34");
	}

}
