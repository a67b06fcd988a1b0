package nl.nvp.goedegesprek.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing of the demo exists outside the demo profile: no mail catcher, no demo mail page
 * (404), no demo day; and where another mail server (Mailpit) already listens, the demo
 * starts no catcher and its page points to Mailpit.
 */
@IntegrationTest
class DemoOnlyInTheDemoTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MockMvc mvc;

	@Test
	void outsideTheDemoThereIsNoMailCatcherAndNoDemoMailPage() throws Exception {
		assertThat(this.context.getBeanNamesForType(DemoMailCatcher.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoMailController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoDay.class)).isEmpty();
		this.mvc.perform(get("/demo/mails")).andExpect(status().isNotFound());
	}

	@Test
	void whereMailpitListensTheDemoStartsNoCatcherAndPointsToMailpit() throws IOException {
		try (ServerSocket mailpit = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			DemoMailCatcher catcher = new DemoMailCatcher("127.0.0.1", mailpit.getLocalPort());
			try {
				assertThat(catcher.running()).isFalse();
				ExtendedModelMap model = new ExtendedModelMap();
				assertThat(new DemoMailController(catcher, new PublicUrls("http://x")).mails(model))
					.isEqualTo("demo/mails");
				assertThat(model.get("catching")).isEqualTo(false);
				assertThat(model.get("mailpit")).isEqualTo("http://localhost:8025");
			}
			finally {
				catcher.destroy();
			}
		}
	}

}
