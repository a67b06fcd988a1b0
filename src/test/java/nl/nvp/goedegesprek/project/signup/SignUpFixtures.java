package nl.nvp.goedegesprek.project.signup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.project.setup.ProjectFixtures;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.support.TestClock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * National projects that take sign-ups, and sign-ups with a personal link, for tests: the
 * project runs from a month ago until half a year from today.
 */
@TestComponent
public class SignUpFixtures {

	private final ProjectFixtures projects;

	private final JdbcClient jdbc;

	SignUpFixtures(ProjectFixtures projects, JdbcClient jdbc) {
		this.projects = projects;
		this.jdbc = jdbc;
	}

	/** A project that takes sign-ups. */
	public record Project(long id, UUID publicId) {

		public String page() {
			return "/project-aanmelden/" + this.publicId;
		}

	}

	/** A running project drawing from these regions (none: the whole country). */
	public Project project(String title, Set<String> reach, Long... coordinatorIds) {
		long id = this.projects.create(title, reach, coordinatorIds);
		this.jdbc.sql("update national_project set starts_on = ?, ends_on = ? where trajectory_id = ?")
			.params(TestClock.today().minusMonths(1), TestClock.today().plusMonths(6), id)
			.update();
		return new Project(id, publicId(id));
	}

	public UUID publicId(long projectId) {
		return this.jdbc.sql("select public_id from national_project where trajectory_id = ?")
			.param(projectId)
			.query(UUID.class)
			.single();
	}

	/**
	 * A sign-up made directly (confirmed or not), available next Monday evening and on a
	 * date, with a working personal link; returns the link's token.
	 */
	public String signUp(long projectId, String name, String email, ParticipantRole role, String regionCode,
			boolean confirmed) {
		long id = this.jdbc
			.sql("""
					insert into project_sign_up (trajectory_id, name, email, role, age_group, region_code, organisation, mode,
					  status, privacy_version, language, created_at, confirmed_at)
					values (?, ?, ?, ?, ?, ?, ?, 'EITHER', ?, '2026-12-5', 'nl', now(), ?)
					returning id""")
			.params(projectId, name, email, role.name(), role.isChild() ? "FROM_12_TO_16" : null, regionCode,
					role.isProfessional() ? "Pleegzorg Oost" : null, confirmed ? "CONFIRMED" : "PENDING",
					confirmed ? Timestamp.from(Instant.now()) : null)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into project_sign_up_week_part (sign_up_id, weekday, part) values (?, 1, 'EVENING')")
			.param(id)
			.update();
		this.jdbc.sql("insert into project_sign_up_date (sign_up_id, available_on) values (?, ?)")
			.params(id, LocalDate.now().plusDays(14))
			.update();
		SecretToken token = SecretToken.generate();
		this.jdbc.sql("insert into project_sign_up_link (sign_up_id, token_hash, created_at) values (?, ?, now())")
			.params(id, token.hash())
			.update();
		return token.value();
	}

	/**
	 * The project takes children too: foster children and foster parents' own children.
	 */
	/**
	 * A project for the whole country that offers the children's form.
	 * @param title the title's start (made unique)
	 * @return the project
	 */
	public Project childrenProject(String title) {
		Project project = project(title + " " + UUID.randomUUID(), Set.of());
		offerChildren(project.id());
		return project;
	}

	/**
	 * The sign-up with this address.
	 * @param email the address
	 * @return its id
	 */
	public long idOf(String email) {
		return this.jdbc.sql("select id from project_sign_up where email = ?").param(email).query(Long.class).single();
	}

	/**
	 * The status of the sign-up with this address.
	 * @param email the address
	 * @return e.g. CONFIRMED
	 */
	public String statusOf(String email) {
		return this.jdbc.sql("select status from project_sign_up where email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

	public void offerChildren(long projectId) {
		this.jdbc.sql("""
				insert into national_project_role (trajectory_id, role) values (?, 'FOSTER_CHILD'), (?, 'OWN_CHILD')
				on conflict do nothing""").params(projectId, projectId).update();
	}

	/**
	 * A foster child of 12 to 16 who confirmed their address and now waits for a parent's
	 * or guardian's consent (decision 50); returns the consent link's token.
	 */
	public String awaitingConsent(long projectId, String name, String email, String guardianEmail) {
		offerChildren(projectId);
		signUp(projectId, name, email, ParticipantRole.FOSTER_CHILD, "JZ32", false);
		long id = this.jdbc.sql("select id from project_sign_up where trajectory_id = ? and email = ?")
			.params(projectId, email)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				update project_sign_up set age_group = 'FROM_12_TO_16', status = 'AWAITING_CONSENT',
				  confirmed_at = now() where id = ?""").param(id).update();
		SecretToken token = SecretToken.generate();
		this.jdbc.sql("""
				insert into project_sign_up_consent (sign_up_id, guardian_email, token_hash, requested_at, lapses_at)
				values (?, ?, ?, now(), now() + interval '7 days')""").params(id, guardianEmail, token.hash()).update();
		return token.value();
	}

	/**
	 * A foster child of 12 to 16 whose parent or guardian consented (decision 50): the
	 * sign-up counts; returns the consent link's token, with which the adult can withdraw
	 * it (decision 51).
	 */
	public String consentGiven(long projectId, String name, String email, String guardianEmail) {
		String token = awaitingConsent(projectId, name, email, guardianEmail);
		this.jdbc.sql("""
				update project_sign_up_consent set decision = 'GIVEN', decided_at = now(), guardian_email = null,
				  text_version = '2026-12-project-2'
				where sign_up_id = (select id from project_sign_up where trajectory_id = ? and email = ?)""")
			.params(projectId, email)
			.update();
		this.jdbc.sql("update project_sign_up set status = 'CONFIRMED' where trajectory_id = ? and email = ?")
			.params(projectId, email)
			.update();
		return token;
	}

}
