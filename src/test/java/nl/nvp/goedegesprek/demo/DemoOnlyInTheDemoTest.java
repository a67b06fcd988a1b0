package nl.nvp.goedegesprek.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.nvp.goedegesprek.shared.PublicUrls;
import nl.nvp.goedegesprek.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing of the demo exists outside the demo profile: no bean of the demo package or any
 * module's demo data runner (found by scanning, so a new one is covered too), no demo
 * account with its known password, no demo mail page (404); and where another mail server
 * (Mailpit) already listens, the demo starts no catcher and its page points to Mailpit.
 */
@IntegrationTest
class DemoOnlyInTheDemoTest {

	private static final String APPLICATION = "nl.nvp.goedegesprek";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void outsideTheDemoThereIsNoMailCatcherAndNoDemoMailPage() throws Exception {
		assertThat(this.context.getBeanNamesForType(DemoMailCatcher.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoMailController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DemoDay.class)).isEmpty();
		this.mvc.perform(get("/demo/mails")).andExpect(status().isNotFound());
	}

	/**
	 * Every bean the application context holds, by its class: none is in the demo
	 * package, none is {@code @Profile("demo")}, none is one of the application's
	 * {@code Demo*} classes (the demo data runners, DemoAccounts with its known
	 * password).
	 */
	@Test
	void noBeanOfTheDemoExistsOutsideTheDemo() {
		List<String> demoBeans = new ArrayList<>();
		for (String name : this.context.getBeanDefinitionNames()) {
			Class<?> type = this.context.getType(name, false);
			if (type == null) {
				continue;
			}
			Class<?> user = ClassUtils.getUserClass(type);
			if (isDemo(user)) {
				demoBeans.add(name + " (" + user.getName() + ")");
			}
		}
		assertThat(demoBeans).as("demo beans outside the demo profile").isEmpty();

		// The scan would see them: the application's demo classes are found by the same
		// rule, the data runners and DemoAccounts among them.
		Set<String> demoClasses = new TreeSet<>();
		// (The scanner leaves out what the environment's profiles leave out: scan as the
		// demo does.)
		StandardEnvironment demo = new StandardEnvironment();
		demo.setActiveProfiles("demo");
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				demo);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Profile.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents(APPLICATION)) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
			if (isDemo(type)) {
				demoClasses.add(type.getSimpleName());
			}
		}
		assertThat(demoClasses).contains("DemoAccounts", "DemoTrajectories", "DemoMeetings", "DemoHarvest",
				"DemoResearch", "DemoActionPlan", "DemoDay", "DemoMailCatcher", "DemoMailController", "DemoDialogues",
				"DemoDialogueHarvest", "DemoCodebook", "DemoAdvice");
	}

	@Test
	void theDemoAccountsDoNotExistOutsideTheDemo() {
		// DemoAccounts makes these, all with the password README shows.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from account where email in ('landelijk@goedegesprek.example',
				  'nijmegen@goedegesprek.example', 'brabant@goedegesprek.example',
				  'beleid.nijmegen@goedegesprek.example', 'beleid.brabant@goedegesprek.example')""", Long.class))
			.isZero();
	}

	private static boolean isDemo(Class<?> type) {
		if (!type.getName().startsWith(APPLICATION + ".")) {
			return false;
		}
		Profile profile = AnnotatedElementUtils.findMergedAnnotation(type, Profile.class);
		boolean demoProfile = profile != null
				&& Arrays.stream(profile.value()).anyMatch((value) -> value.replace(" ", "").equals("demo"));
		return type.getPackageName().equals(APPLICATION + ".demo")
				|| type.getPackageName().startsWith(APPLICATION + ".demo.") || demoProfile
				|| type.getSimpleName().startsWith("Demo");
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
