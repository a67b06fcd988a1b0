package nl.nvp.goedegesprek.web;

import java.util.List;
import java.util.stream.Stream;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form of the application, fed hostile and malformed values for every field it has:
 * the answer is never a server error, and what comes back never contains the markup
 * unescaped.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

	private static final List<String> VALUES = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"'; drop table account; --", "99999999999999999999999999", "-1", "", " ", "\u0000", "😀".repeat(300),
			"x".repeat(20_000), "../../etc/passwd", "${7*7}", "__${T(java.lang.Runtime).getRuntime()}__::.x",
			"2026-13-45", "NaN");

	private static final List<String> FIELDS = List.of("title", "description", "regionCode", "variant",
			"coordinatorIds", "contactName", "contactEmail", "contactPhone", "version", "email", "displayName", "role",
			"regionCodes", "name", "validFrom", "validUntil", "password", "repeat", "steps[0].type",
			"steps[0].included", "steps[0].plannedStart", "steps[1].plannedEnd", "username");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	private AccountPrincipal national;

	private long trajectoryId;

	private long accountId;

	@BeforeAll
	void data() {
		this.national = this.accounts.create(Role.NATIONAL_COORDINATOR);
		this.trajectoryId = this.trajectories.create("JZ32", "Vijandige invoer");
		this.accountId = this.accounts.create(Role.POLICYMAKER, "JZ32").id();
	}

	Stream<Arguments> cases() {
		List<String> paths = List.of("/trajecten", "/trajecten/{id}", "/accounts", "/accounts/{account}",
				"/regios/JZ05", "/uitnodiging/x", "/instellen/x");
		return paths.stream().flatMap((path) -> VALUES.stream().map((value) -> Arguments.of(path, value)));
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("cases")
	void formNeverFailsWithAServerErrorNorEchoesMarkup(String path, String value) throws Exception {
		String url = path.replace("{id}", Long.toString(this.trajectoryId))
			.replace("{account}", Long.toString(this.accountId));
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(user(this.national));
		FIELDS.forEach((field) -> request.param(field, value));
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("status").isLessThan(500);
		assertThat(response.getContentAsString()).doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

}
