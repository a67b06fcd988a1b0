package nl.nvp.goedegesprek.region;

import java.util.List;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The region module's state-changing form, for the double-submit test. */
@TestComponent
public class RegionForms implements FormCatalogue {

	/** A region that no other test reads by name: its spelling changes each time. */
	private static final String CODE = "JZ37";

	private final AccountFixtures accounts;

	private final RegionRepository regions;

	private final TransactionTemplate transactions;

	RegionForms(AccountFixtures accounts, RegionRepository regions, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.regions = regions;
		this.transactions = transactions;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(FormCase.of("POST /regios/{code}", () -> {
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			Region region = this.transactions.execute((status) -> this.regions.findById(CODE).orElseThrow());
			String name = "Noord-Limburg".equals(region.getName()) ? "Noord Limburg" : "Noord-Limburg";
			return new Prepared("/regios/" + CODE + "/bewerken", user(national),
					() -> post("/regios/" + CODE).param("name", name)
						.param("validFrom", region.getValidFrom().toString())
						.param("version", String.valueOf(region.getVersion())));
		}));
	}

}
