package nl.nvp.goedegesprek.joining;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.joining.request.JoinRequests;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox of requests costs the same statements with one request or many, answered or
 * not: the counts per status and the list are one statement each.
 */
@IntegrationTest
class JoinInboxStatementCountTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private JoinForms forms;

	@Autowired
	private JoinRequests requests;

	@Test
	void moreRequestsCostNoMoreStatements() {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		this.forms.request();
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		long one = statements.forPage(this.mvc, "/aanvragen", national);
		long oneNew = statements.forPage(this.mvc, "/aanvragen?status=NEW", national);
		for (int i = 0; i < 12; i++) {
			long id = this.forms.request();
			if (i % 3 == 0) {
				this.requests.answer(id, "Antwoord " + i, national);
			}
		}
		long many = statements.forPage(this.mvc, "/aanvragen", national);
		long manyNew = statements.forPage(this.mvc, "/aanvragen?status=NEW", national);
		assertThat(many).isEqualTo(one);
		assertThat(manyNew).isEqualTo(oneNew);
		assertThat(one).as("counts and list").isGreaterThanOrEqualTo(2);
	}

}
