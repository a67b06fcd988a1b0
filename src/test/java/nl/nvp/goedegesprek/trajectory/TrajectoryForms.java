package nl.nvp.goedegesprek.trajectory;

import java.util.List;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The trajectory module's state-changing forms, for the double-submit test. */
@TestComponent
public class TrajectoryForms implements FormCatalogue {

	private final AccountFixtures accounts;

	private final TrajectoryFixtures trajectories;

	TrajectoryForms(AccountFixtures accounts, TrajectoryFixtures trajectories) {
		this.accounts = accounts;
		this.trajectories = trajectories;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /trajecten", () -> {
			AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
			String title = "Twee keer " + UUID.randomUUID();
			return new Prepared("/trajecten/nieuw", user(coordinator), () -> described(post("/trajecten"), title));
		}), FormCase.of("POST /trajecten/{id}", () -> {
			Running running = running();
			String title = "Nieuwe titel " + UUID.randomUUID();
			return new Prepared("/trajecten/" + running.id() + "/bewerken", user(running.coordinator()),
					() -> described(post("/trajecten/" + running.id()), title).param("version",
							String.valueOf(this.trajectories.version(running.id()))));
		}), step("starten", "DIALOGUE_MEETING_1"), step("afronden", "KICK_OFF"),
				step("overslaan", "DIALOGUE_MEETING_1"), FormCase.of("POST /trajecten/{id}/afronden", () -> {
					Running running = running();
					return new Prepared("/trajecten/" + running.id(), user(running.coordinator()),
							() -> post("/trajecten/" + running.id() + "/afronden").param("version",
									String.valueOf(this.trajectories.version(running.id()))));
				}), FormCase.of("POST /trajecten/{id}/annuleren", () -> {
					Running running = running();
					return new Prepared("/trajecten/" + running.id() + "/annuleren", user(running.coordinator()),
							() -> post("/trajecten/" + running.id() + "/annuleren").param("reason", "Geen animo")
								.param("version", String.valueOf(this.trajectories.version(running.id()))));
				}));
	}

	private FormCase step(String action, String step) {
		return FormCase.of("POST /trajecten/{id}/stappen/{step}/" + action, () -> {
			Running running = running();
			return new Prepared("/trajecten/" + running.id(), user(running.coordinator()),
					() -> post("/trajecten/" + running.id() + "/stappen/" + step + "/" + action).param("version",
							String.valueOf(this.trajectories.version(running.id()))));
		});
	}

	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long id = this.trajectories.createRunning("JZ32", "Lopend " + UUID.randomUUID(), coordinator.id());
		return new Running(id, coordinator);
	}

	private static MockHttpServletRequestBuilder described(MockHttpServletRequestBuilder request, String title) {
		for (int i = 0; i < StepType.values().length; i++) {
			request.param("steps[" + i + "].type", StepType.values()[i].name());
		}
		return request.param("title", title).param("variant", "FULL").param("regionCode", "JZ32");
	}

	private record Running(long id, AccountPrincipal coordinator) {
	}

}
