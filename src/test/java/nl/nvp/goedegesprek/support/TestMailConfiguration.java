package nl.nvp.goedegesprek.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A GreenMail SMTP server for the test run, on a free port; tests read what the
 * application sent from it.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestMailConfiguration {

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		greenMail.start();
		return greenMail;
	}

	@Bean
	DynamicPropertyRegistrar mailProperties(GreenMail greenMail) {
		return (registry) -> {
			registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
			// Fast on loopback: no delayed acknowledgements (a multi-line EHLO answer,
			// the
			// wait for QUIT's answer); the mail itself goes through SMTP as before.
			registry.add("spring.mail.properties.mail.smtp.socketFactory.class", NoDelaySocketFactory.class::getName);
			registry.add("spring.mail.properties.mail.smtp.socketFactory.fallback", () -> "false");
			registry.add("spring.mail.properties.mail.smtp.ehlo", () -> "false");
			registry.add("spring.mail.properties.mail.smtp.quitwait", () -> "false");
		};
	}

}
