package nl.nvp.goedegesprek.project.signup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.Registrations;
import nl.nvp.goedegesprek.region.RegionSummary;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.KeyedHash;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data (decision 21): 36 confirmed sign-ups for the demo project "Samenwerken binnen
 * pleegzorg" (made by project.setup's DemoProject just before), spread over its four
 * roles, regions across the country, parts of the week, dates and online or in person,
 * some with support needs, and three pairs that must not meet (a shared case code, or the
 * same organisation). Once: a project with sign-ups gets no more.
 */
@Component
@Profile("demo")
@Order(9)
class DemoSignUps implements ApplicationRunner {

	private static final String[] FIRST_NAMES = { "Anouk", "Bram", "Carla", "Daan", "Esra", "Femke", "Gijs", "Hanna",
			"Ilse", "Joost", "Karin", "Lars", "Mila", "Noor", "Olaf", "Petra", "Quinten", "Rachid", "Sanne", "Tim",
			"Ursula", "Vera", "Wouter", "Xandra", "Yusuf", "Zoë", "Annelies", "Bas", "Chantal", "Dirk", "Eline",
			"Frank", "Gerda", "Hamid", "Iris", "Jan" };

	private static final String[] LAST_NAMES = { "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
			"Mulder", "de Groot", "Bos" };

	private static final List<ParticipantRole> ROLES = List.of(ParticipantRole.FOSTER_PARENT, ParticipantRole.PARENT,
			ParticipantRole.FOSTER_CARE_WORKER, ParticipantRole.CHILD_PROTECTION_WORKER);

	private static final String[] ORGANISATIONS = { "Pleegzorg Oost", "Jeugdbescherming Gelderland",
			"Pleegzorg Brabant", "Jeugdbescherming Noord" };

	private final DemoBasis demo;

	private final Regions regions;

	private final KeyedHash hash;

	private final SignUps signUps;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoSignUps(DemoBasis demo, Regions regions, KeyedHash hash, SignUps signUps, JdbcClient jdbc, Clock clock) {
		this.demo = demo;
		this.regions = regions;
		this.hash = hash;
		this.signUps = signUps;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.demo.project().ifPresent((project) -> fill(project.id()));
	}

	private void fill(long projectId) {
		boolean settled = this.jdbc.sql("select count(*) from national_project where trajectory_id = ?")
			.param(projectId)
			.query(Long.class)
			.single() == 1;
		boolean empty = this.jdbc.sql("select count(*) from project_sign_up where trajectory_id = ?")
			.param(projectId)
			.query(Long.class)
			.single() == 0;
		if (!settled || !empty) {
			return;
		}
		List<RegionSummary> all = this.regions.current();
		LocalDate today = LocalDate.now(this.clock);
		for (int i = 0; i < FIRST_NAMES.length; i++) {
			ParticipantRole role = ROLES.get(i % ROLES.size());
			String name = FIRST_NAMES[i] + " " + LAST_NAMES[i % LAST_NAMES.length];
			String email = FIRST_NAMES[i].toLowerCase(Locale.ROOT).replace("ë", "e") + "." + (i + 1)
					+ "@deelnemer.example";
			String region = all.get((i * 5) % all.size()).code();
			String organisation = role.isProfessional() ? ORGANISATIONS[i % ORGANISATIONS.length] : null;
			// Three pairs that must not meet: two by a case code they agreed on, one by
			// their organisation.
			String caseCode = switch (i) {
				case 0, 2 -> "vlinder";
				case 5, 7 -> "zeilboot 12";
				default -> null;
			};
			boolean avoidOrganisation = i == 6 || i == 10;
			String mode = switch (i % 3) {
				case 0 -> "EITHER";
				case 1 -> "ONLINE";
				default -> "IN_PERSON";
			};
			Timestamp at = Timestamp.from(this.clock.instant().minus(40 - i, ChronoUnit.DAYS));
			long id = this.jdbc.sql("""
					insert into project_sign_up (trajectory_id, name, email, role, region_code, organisation,
					  organisation_hash, case_hash, mode, needs_accessibility, needs_interpreter, needs_travel_costs,
					  needs_childcare, status, privacy_version, language, created_at, confirmed_at)
					values (:project, :name, :email, :role, :region, :organisation, :organisationHash, :caseHash,
					  :mode, :access, :interpreter, :travel, false, 'CONFIRMED', :privacy, 'nl', :at, :at)
					returning id""")
				.param("project", projectId)
				.param("name", name)
				.param("email", email)
				.param("role", role.name())
				.param("region", region)
				.param("organisation", organisation)
				.param("organisationHash",
						(avoidOrganisation && organisation != null)
								? this.hash.hex(SignUps.ORGANISATION_PURPOSE, SignUps.normalised(organisation)) : null)
				.param("caseHash", this.signUps.caseHash(caseCode))
				.param("mode", mode)
				.param("access", i % 9 == 4)
				.param("interpreter", i % 11 == 3)
				.param("travel", i % 4 == 1)
				.param("privacy", Registrations.PRIVACY_VERSION)
				.param("at", at)
				.query(Long.class)
				.single();
			// Parts of the week: evenings for most, some mornings or afternoons.
			int[][] parts = { { 1 + i % 5, 2 }, { 1 + (i + 2) % 7, i % 3 }, { 6 - i % 2, 0 } };
			for (int p = 0; p < 1 + i % 3; p++) {
				this.jdbc.sql("""
						insert into project_sign_up_week_part (sign_up_id, weekday, part) values (?, ?, ?)
						on conflict do nothing""")
					.params(id, parts[p][0], WeekPart.Part.values()[parts[p][1]].name())
					.update();
			}
			if (i % 4 == 3) {
				this.jdbc.sql("insert into project_sign_up_date (sign_up_id, available_on) values (?, ?), (?, ?)")
					.params(id, today.plusDays(10 + i), id, today.plusDays(24 + i))
					.update();
			}
		}
	}

}
