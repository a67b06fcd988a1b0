package nl.nvp.goedegesprek.web;

import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stylesheets and scripts every page links to are served to anyone, and only they are
 * static files: a link to a page is never looked for on the class path (with Boot's
 * default pattern, /**, every link a page builds was, and a miss is not cached).
 */
@IntegrationTest
class StaticFilesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ResourceUrlProvider resourceUrls;

	@Test
	void theFilesThePagesLinkToAreServed() throws Exception {
		for (String path : new String[] { "/css/app.css", "/webjars/bootstrap/css/bootstrap.min.css" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/css"));
		}
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void onlyCssAndWebjarsAreStatic() {
		assertThat(this.resourceUrls.getHandlerMap()).containsOnlyKeys("/css/**", "/webjars/**");
		assertThat(this.resourceUrls.getForLookupPath("/trajecten/1")).isNull();
	}

}
