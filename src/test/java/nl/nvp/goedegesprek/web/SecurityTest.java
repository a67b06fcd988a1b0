package nl.nvp.goedegesprek.web;

import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	private static MockHttpServletRequestBuilder login(String email, String password, String address) {
		return post("/inloggen").with(csrf()).param("username", email).param("password", password).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void pagesSendStrictSecurityHeaders() throws Exception {
		this.mvc.perform(get("/inloggen"))
			.andExpect(header().string("Content-Security-Policy",
					Matchers.allOf(Matchers.containsString("script-src 'self'"),
							Matchers.containsString("frame-ancestors 'none'"),
							Matchers.not(Matchers.containsString("unsafe-inline")),
							Matchers.not(Matchers.containsString("unsafe-eval")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		this.mvc.perform(get("/inloggen").secure(true))
			.andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=31536000")));
		this.mvc.perform(get("/inloggen")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		this.mvc.perform(post("/trajecten").with(user(national)).param("title", "Zonder token"))
			.andExpect(status().isForbidden());
	}

	@Test
	void loginSlowsDownThenBlocksWithTheSameAnswerForKnownAndUnknownAccounts() throws Exception {
		AccountPrincipal known = this.accounts.create(Role.POLICYMAKER, "JZ32");
		String unknown = "onbekend-" + UUID.randomUUID() + "@test.example";
		for (String email : new String[] { known.getUsername(), unknown }) {
			String address = "10.0.0." + (email.equals(unknown) ? 2 : 1);
			for (int attempt = 1; attempt <= 5; attempt++) {
				this.mvc.perform(login(email, "fout", address)).andExpect(redirectedUrl("/inloggen?fout"));
			}
			// After five failures: wait before the next attempt, even with the right
			// password.
			this.mvc.perform(login(email, AccountFixtures.PASSWORD, address))
				.andExpect(redirectedUrlPattern("/inloggen?geblokkeerd=*"));
		}
		// Another account from the same place is not blocked by this.
		AccountPrincipal other = this.accounts.create(Role.POLICYMAKER, "JZ32");
		this.mvc.perform(login(other.getUsername(), AccountFixtures.PASSWORD, "10.0.0.1"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void manyFailuresFromOneAddressBlockThatAddress() throws Exception {
		String address = "10.0.1." + (int) (Math.random() * 200);
		for (int attempt = 1; attempt <= 20; attempt++) {
			this.mvc.perform(login("a" + attempt + "-" + UUID.randomUUID() + "@test.example", "fout", address))
				.andExpect(redirectedUrl("/inloggen?fout"));
		}
		AccountPrincipal someone = this.accounts.create(Role.POLICYMAKER, "JZ32");
		this.mvc.perform(login(someone.getUsername(), AccountFixtures.PASSWORD, address))
			.andExpect(redirectedUrlPattern("/inloggen?geblokkeerd=*"));
	}

	@Test
	void loginPageExplainsABlockInMinutes() throws Exception {
		String page = this.mvc.perform(get("/inloggen").param("geblokkeerd", "3"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Wacht 3 minuten");
		assertThat(this.mvc.perform(get("/inloggen").param("geblokkeerd", "<script>"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("<script>").contains("Wacht 30 minuten");
	}

}
