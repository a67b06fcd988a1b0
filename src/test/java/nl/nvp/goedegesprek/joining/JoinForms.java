package nl.nvp.goedegesprek.joining;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.joining.request.Interest;
import nl.nvp.goedegesprek.joining.request.JoinRequests;
import nl.nvp.goedegesprek.joining.request.RequesterRole;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The joining module's state-changing forms, for the double-submit test. */
@TestComponent
public class JoinForms implements FormCatalogue {

	private final AccountFixtures accounts;

	private final JoinRequests requests;

	private final JdbcClient jdbc;

	JoinForms(AccountFixtures accounts, JoinRequests requests, JdbcClient jdbc) {
		this.accounts = accounts;
		this.requests = requests;
		this.jdbc = jdbc;
	}

	/** A new request from a made-up address, as the public form saves it. */
	public long request() {
		return this.requests.submit(new JoinRequests.Submission("JZ14", "Gemeente Enschede", RequesterRole.MUNICIPALITY,
				"Sam Aanvrager", "aanvrager-" + UUID.randomUUID() + "@test.example", "Wij willen graag meedoen.",
				Interest.WHOLE, "nl"));
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /doe-mee/aanvragen", () -> {
			String email = "aanvraag-" + UUID.randomUUID() + "@test.example";
			String address = "10.47." + ThreadLocalRandom.current().nextInt(256) + "."
					+ ThreadLocalRandom.current().nextInt(1, 255);
			return new Prepared("/doe-mee/aanvragen", null, () -> post("/doe-mee/aanvragen").with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
				.param("regionCode", "JZ14")
				.param("role", "PROVIDER")
				.param("organisation", "Pleegzorg Twente")
				.param("name", "Sam")
				.param("email", email)
				.param("interest", "DIALOGUE_TABLE")
				.param("message", "Kan het met één middag?")
				.param("website", ""));
		}), FormCase.of("POST /aanvragen/{requestId}/antwoord", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			long id = request();
			String text = "Dank u, we bellen u. " + UUID.randomUUID();
			return new Prepared("/aanvragen/" + id, user(national),
					() -> post("/aanvragen/" + id + "/antwoord").param("text", text));
		}), FormCase.of("POST /aanvragen/{requestId}/status", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			long id = request();
			long version = this.jdbc.sql("select version from join_request where id = ?")
				.param(id)
				.query(Long.class)
				.single();
			return new Prepared("/aanvragen/" + id, user(national),
					() -> post("/aanvragen/" + id + "/status").param("status", "CLOSED")
						.param("version", String.valueOf(version)));
		}));
	}

}
