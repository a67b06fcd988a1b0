package nl.nvp.goedegesprek.output;

import java.util.List;
import java.util.UUID;

import nl.nvp.goedegesprek.output.editing.OutputKind;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;

import org.springframework.boot.test.context.TestComponent;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The outputs module's state-changing forms, for the double-submit test: making an output
 * (with a file: two tabs make one), changing it, publishing, withdrawing and deleting it.
 */
@TestComponent
public class OutputForms implements FormCatalogue {

	private final AccountFixtures accounts;

	private final TrajectoryFixtures trajectories;

	private final OutputFixtures outputs;

	OutputForms(AccountFixtures accounts, TrajectoryFixtures trajectories, OutputFixtures outputs) {
		this.accounts = accounts;
		this.trajectories = trajectories;
		this.outputs = outputs;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /trajecten/{id}/opbrengsten/nieuw", () -> {
			Running running = running();
			String title = "Rapport " + UUID.randomUUID();
			return new Prepared(running.base() + "/opbrengsten/nieuw", user(running.coordinator()),
					() -> post(running.base() + "/opbrengsten/nieuw").param("kind", "RESEARCH_REPORT")
						.param("title", title)
						.param("summary", "Wat de regio vertelde.")
						.param("date", "2026-11-20")
						.param("link", "https://www.nvp-plein.nl/rapport"));
		}), FormCase.of("POST /trajecten/{id}/opbrengsten/{outputId}/bewerken", () -> {
			Running running = running();
			long output = this.outputs.link(running.trajectory(), OutputKind.BLOG, "Blog", false);
			long version = this.outputs.version(output);
			return new Prepared(running.base() + "/opbrengsten/" + output + "/bewerken", user(running.coordinator()),
					() -> post(running.base() + "/opbrengsten/" + output + "/bewerken").param("kind", "BLOG")
						.param("title", "Blog, herschreven")
						.param("summary", "Nieuw.")
						.param("date", "2026-11-21")
						.param("link", "https://www.nvp-plein.nl/blog")
						.param("version", String.valueOf(version)));
		}), action("publiceren", false), action("intrekken", true), action("verwijderen", false));
	}

	private FormCase action(String what, boolean published) {
		return FormCase.of("POST /trajecten/{id}/opbrengsten/{outputId}/" + what, () -> {
			Running running = running();
			long output = this.outputs.link(running.trajectory(), OutputKind.NEWS_ITEM, "Nieuws", published);
			long version = this.outputs.version(output);
			return new Prepared(running.base() + "/opbrengsten", user(running.coordinator()),
					() -> post(running.base() + "/opbrengsten/" + output + "/" + what).param("version",
							String.valueOf(version)));
		});
	}

	private Running running() {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ32");
		long trajectory = this.trajectories.createRunning("JZ32", "Opbrengsten " + UUID.randomUUID(), coordinator.id());
		return new Running(trajectory, coordinator);
	}

	private record Running(long trajectory, AccountPrincipal coordinator) {

		String base() {
			return "/trajecten/" + this.trajectory;
		}

	}

}
