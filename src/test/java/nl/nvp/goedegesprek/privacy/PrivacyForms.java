package nl.nvp.goedegesprek.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.meeting.MeetingFixtures;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.support.FormCase;
import nl.nvp.goedegesprek.support.FormCase.Prepared;
import nl.nvp.goedegesprek.support.FormCatalogue;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import nl.nvp.goedegesprek.support.TestClock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The data-request forms (decision 16), for the double-submit test: each step on the
 * address of a participant with a registration for a meeting to come and one that took
 * place.
 */
@TestComponent
public class PrivacyForms implements FormCatalogue {

	private final AccountFixtures accounts;

	private final TrajectoryFixtures trajectories;

	private final MeetingFixtures meetings;

	private final JdbcClient jdbc;

	PrivacyForms(AccountFixtures accounts, TrajectoryFixtures trajectories, MeetingFixtures meetings, JdbcClient jdbc) {
		this.accounts = accounts;
		this.trajectories = trajectories;
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	@Override
	public List<FormCase> forms() {
		return List.of(step("/privacy/verzoeken"), step("/privacy/verzoeken/gegevens.json"),
				step("/privacy/verzoeken/gegevens.pdf"), step("/privacy/verzoeken/verwijderen"),
				step("/privacy/verzoeken/verwijderen/bevestigd").twoPagesMayRepeat(
						"The data is erased once; every erasure a coordinator asks for is recorded in the access log, "
								+ "also the second one that finds nothing left (erasure of 0), so that the log shows "
								+ "each time someone asked (DataRequestTest.twoErasuresAtOnceEraseOnceAndRecordBoth)"));
	}

	private FormCase step(String path) {
		return FormCase.of("POST " + path, () -> {
			String email = person();
			AccountPrincipal national = this.accounts.create(Role.NATIONAL_COORDINATOR);
			return new Prepared("/privacy/verzoeken", user(national), () -> post(path).param("email", email));
		});
	}

	/** A participant's address with personal data in the meeting module. */
	private String person() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ30");
		long trajectory = this.trajectories.createRunning("JZ30", "Verzoek " + tag, coordinator.id());
		MeetingFixtures.Created past = this.meetings.create(trajectory, "Voorbij " + tag, 20, Map.of(),
				TestClock.today().minusDays(3));
		MeetingFixtures.Created coming = this.meetings.create(trajectory, "Straks " + tag, 20, Map.of());
		long first = this.meetings.confirmed(past.id(), "Verzoeker", ParticipantRole.FOSTER_PARENT);
		long second = this.meetings.confirmed(coming.id(), "Verzoeker", ParticipantRole.FOSTER_PARENT);
		String email = "verzoek-" + tag + "@test.example";
		this.jdbc.sql("update registration set email = ? where id in (?, ?)").params(email, first, second).update();
		return email;
	}

}
