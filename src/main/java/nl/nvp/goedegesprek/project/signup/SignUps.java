package nl.nvp.goedegesprek.project.signup;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.registration.Registrations;
import nl.nvp.goedegesprek.project.placement.DialoguePlaces;
import nl.nvp.goedegesprek.region.RegionSummary;
import nl.nvp.goedegesprek.region.Regions;
import nl.nvp.goedegesprek.shared.KeyedHash;
import nl.nvp.goedegesprek.shared.MailOutbox;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;
import nl.nvp.goedegesprek.trajectory.Trajectories;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up once for a national project (issue 17), for participants without an account:
 * sign up on the project's public page, confirm the address through the link in the mail
 * (double opt-in: only a confirmed sign-up counts), and view, change, cancel or delete it
 * through that personal link. One sign-up per address and project (a unique index):
 * signing up again mails the link again. The case code is never stored, only its keyed
 * hash, and likewise the organisation's when someone must not sit with their own
 * organisation: the grouping assistant compares the hashes only.
 */
@Service
@Transactional
public class SignUps {

	static final String CONFIRM_EMAIL = "projectSignUp.CONFIRM_EMAIL";

	static final String ALREADY_SIGNED_UP = "projectSignUp.ALREADY_SIGNED_UP";

	static final String CONFIRMED = "projectSignUp.CONFIRMED";

	/** The keyed hashes' purposes (shared.KeyedHash): apart from every other use. */
	static final String CASE_PURPOSE = "project-case";

	static final String ORGANISATION_PURPOSE = "project-organisation";

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Trajectories trajectories;

	private final ProjectTrajectories projects;

	private final Regions regions;

	private final KeyedHash hash;

	private final MailOutbox outbox;

	private final Clock clock;

	private final EntityManager entityManager;

	private final SignUpLinks links;

	private final SignUpConsents consents;

	private final DialoguePlaces places;

	SignUps(JdbcClient jdbc, Trajectories trajectories, ProjectTrajectories projects, Regions regions, KeyedHash hash,
			MailOutbox outbox, Clock clock, EntityManager entityManager, SignUpLinks links, SignUpConsents consents,
			DialoguePlaces places) {
		this.jdbc = jdbc;
		this.places = places;
		this.links = links;
		this.consents = consents;
		this.entityManager = entityManager;
		this.trajectories = trajectories;
		this.projects = projects;
		this.regions = regions;
		this.hash = hash;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * A project as its sign-up page shows it: title, period, the roles a person can sign
	 * up as (the children's roles too, when the project has them: a child under 16 then
	 * needs a parent's or guardian's consent, decision 50), the regions it draws from
	 * (all when the whole country), and whether it takes sign-ups now.
	 */
	record Project(long id, UUID publicId, String title, LocalDate startsOn, LocalDate endsOn,
			List<ParticipantRole> roles, List<RegionSummary> regions, boolean open) {

		boolean offers(ParticipantRole role) {
			return this.roles.contains(role);
		}

		/** The roles on the children's form ({@code child}) or on the adults' form. */
		public List<ParticipantRole> rolesFor(boolean child) {
			return this.roles.stream().filter((role) -> role.isChild() == child).toList();
		}

		/** Whether children can sign up, and adults: which forms the page offers. */
		public boolean forChildren() {
			return !rolesFor(true).isEmpty();
		}

		public boolean forAdults() {
			return !rolesFor(false).isEmpty();
		}

		boolean drawsFrom(String regionCode) {
			return this.regions.stream().anyMatch((region) -> region.code().equals(regionCode));
		}

	}

	private record Row(long id, UUID publicId, LocalDate startsOn, LocalDate endsOn) {
	}

	@Transactional(readOnly = true)
	Project project(UUID publicId) {
		return rows("""
				select trajectory_id, public_id::text, starts_on::text, ends_on::text from national_project
				where public_id = cast(?1 as uuid)""", publicId.toString()).stream()
			.findFirst()
			.map(SignUps::row)
			.map(this::project)
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	Optional<Project> projectOf(long trajectoryId) {
		return rows("""
				select trajectory_id, public_id::text, starts_on::text, ends_on::text from national_project
				where trajectory_id = ?1""", trajectoryId).stream().findFirst().map(SignUps::row).map(this::project);
	}

	private static Row row(Object[] row) {
		return new Row(((Number) row[0]).longValue(), UUID.fromString((String) row[1]),
				LocalDate.parse((String) row[2]), LocalDate.parse((String) row[3]));
	}

	/**
	 * The rows of a query, through the entity manager: the pages that must not grow with
	 * the data (the list, the card) are counted statement by statement there.
	 */
	@SuppressWarnings("unchecked")
	private List<Object[]> rows(String sql, Object... params) {
		Query query = this.entityManager.createNativeQuery(sql);
		for (int i = 0; i < params.length; i++) {
			query.setParameter(i + 1, params[i]);
		}
		List<Object> result = query.getResultList();
		return result.stream().map((one) -> (one instanceof Object[] array) ? array : new Object[] { one }).toList();
	}

	private Project project(Row row) {
		Set<ParticipantRole> roles = EnumSet.noneOf(ParticipantRole.class);
		rows("select role from national_project_role where trajectory_id = ?1", row.id())
			.forEach((role) -> roles.add(ParticipantRole.valueOf((String) role[0])));
		List<ParticipantRole> offered = List.copyOf(roles);
		List<String> reach = this.projects.reach(row.id());
		List<RegionSummary> regions = this.regions.current()
			.stream()
			.filter((region) -> reach.isEmpty() || reach.contains(region.code()))
			.sorted(Comparator.comparing(RegionSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		boolean open = !this.trajectories.isClosed(row.id()) && !today().isAfter(row.endsOn());
		return new Project(row.id(), row.publicId(), this.trajectories.publicTitle(row.id()), row.startsOn(),
				row.endsOn(), offered, regions, open);
	}

	/**
	 * Signs someone up, or, when this address already signed up for the project, mails
	 * its link again (a cancelled sign-up starts anew with what was filled in now). The
	 * answer is the same either way ("check your mail"), so the page never tells who
	 * signed up. Two at once with one address make one sign-up: the second does nothing
	 * (the first one's mail is on its way).
	 */
	void signUp(Project project, SignUpForm form, Locale locale) {
		if (!project.open()) {
			throw new SignUpClosedException();
		}
		if (form.isSpam()) {
			return;
		}
		String email = form.getEmail().trim();
		Optional<Existing> existing = existing(project.id(), email);
		if (existing.isPresent() && !"CANCELLED".equals(existing.get().status())) {
			// Within a minute of the last mail it is the same form sent again (a second
			// tab): that mail is on its way.
			if (!mailedJustNow(existing.get().id())) {
				this.outbox.queue(ALREADY_SIGNED_UP, existing.get().id(), 0, null,
						this.links.issueAnother(existing.get().id()));
			}
			return;
		}
		String language = "en".equals(locale.getLanguage()) ? "en" : "nl";
		long id;
		if (existing.isPresent()) {
			id = existing.get().id();
			this.jdbc.sql("""
					update project_sign_up set name = :name, role = :role, age_group = :ageGroup, region_code = :region,
					  status = 'PENDING', privacy_version = :privacy, language = :language, created_at = :now,
					  confirmed_at = null, cancelled_at = null, version = version + 1
					where id = :id and status = 'CANCELLED'""")
				.param("name", form.getName())
				.param("role", form.getRole().name())
				.param("ageGroup", (form.getAgeGroup() != null) ? form.getAgeGroup().name() : null)
				.param("region", form.getRegionCode())
				.param("privacy", Registrations.PRIVACY_VERSION)
				.param("language", language)
				.param("now", Timestamp.from(now()))
				.param("id", id)
				.update();
		}
		else {
			Optional<Long> inserted = this.jdbc.sql("""
					insert into project_sign_up (trajectory_id, name, email, role, age_group, region_code, mode, status,
					  privacy_version, language, created_at)
					values (:project, :name, :email, :role, :ageGroup, :region, :mode, 'PENDING', :privacy, :language,
					  :now)
					on conflict (trajectory_id, lower(email)) where email is not null do nothing
					returning id""")
				.param("project", project.id())
				.param("name", form.getName())
				.param("email", email)
				.param("role", form.getRole().name())
				.param("ageGroup", (form.getAgeGroup() != null) ? form.getAgeGroup().name() : null)
				.param("region", form.getRegionCode())
				.param("mode", form.getMode().name())
				.param("privacy", Registrations.PRIVACY_VERSION)
				.param("language", language)
				.param("now", Timestamp.from(now()))
				.query(Long.class)
				.optional();
			if (inserted.isEmpty()) {
				// The same address signed up at the same moment; its mail is on its way.
				return;
			}
			id = inserted.get();
		}
		this.jdbc
			.sql("update project_sign_up set organisation = :organisation, organisation_hash = :organisationHash, "
					+ "case_hash = :caseHash where id = :id")
			.param("organisation", form.getOrganisation())
			.param("organisationHash",
					(form.isAvoidOwnOrganisation() && form.getOrganisation() != null)
							? this.hash.hex(ORGANISATION_PURPOSE, normalised(form.getOrganisation())) : null)
			.param("caseHash", caseHash(form.getCaseCode()))
			.param("id", id)
			.update();
		saveAvailability(id, form);
		this.consents.prepare(id, form.needsGuardianConsent() ? form.getGuardianEmail() : null);
		this.outbox.queue(CONFIRM_EMAIL, id, 0, null, this.links.issue(id));
	}

	/** The keyed hash of a case code as given, or null without one (never the code). */
	String caseHash(String code) {
		if (code == null) {
			return null;
		}
		String normalised = normalised(code).replaceAll("[\\s\\-_.]", "");
		return normalised.isEmpty() ? null : this.hash.hex(CASE_PURPOSE, normalised);
	}

	/**
	 * A text as the grouping assistant compares it: compatible characters folded, lower
	 * case, spaces collapsed ("Jeugdzorg Oost" and "jeugdzorg oost" are one).
	 */
	static String normalised(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
	}

	private record Existing(long id, String status) {
	}

	/**
	 * Whether the sign-up's working link was made (and mailed) less than a minute ago.
	 */
	private boolean mailedJustNow(long id) {
		return this.jdbc.sql("""
				select exists (select 1 from project_sign_up_link
				  where sign_up_id = ? and ended_at is null and created_at > ?)""")
			.params(id, Timestamp.from(now().minusSeconds(60)))
			.query(Boolean.class)
			.single();
	}

	private Optional<Existing> existing(long projectId, String email) {
		return this.jdbc.sql("""
				select id, status from project_sign_up
				where trajectory_id = ? and lower(email) = lower(?) and email is not null""")
			.params(projectId, email)
			.query((rs, n) -> new Existing(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/** When, how and with what support: replaces what was there. */
	private void saveAvailability(long id, SignUpForm form) {
		this.jdbc.sql("""
				update project_sign_up set mode = :mode, needs_accessibility = :access,
				  needs_interpreter = :interpreter, needs_travel_costs = :travel, needs_childcare = :childcare,
				  support_note = :note, version = version + 1
				where id = :id""")
			.param("mode", form.getMode().name())
			.param("access", form.isNeedsAccessibility())
			.param("interpreter", form.isNeedsInterpreter())
			.param("travel", form.isNeedsTravelCosts())
			.param("childcare", form.isNeedsChildcare())
			.param("note", form.getSupportNote())
			.param("id", id)
			.update();
		this.jdbc.sql("delete from project_sign_up_date where sign_up_id = ?").param(id).update();
		this.jdbc.sql("delete from project_sign_up_week_part where sign_up_id = ?").param(id).update();
		for (LocalDate date : form.givenDates()) {
			this.jdbc.sql("insert into project_sign_up_date (sign_up_id, available_on) values (?, ?)")
				.params(id, date)
				.update();
		}
		for (WeekPart part : form.getWeekParts()) {
			this.jdbc.sql("insert into project_sign_up_week_part (sign_up_id, weekday, part) values (?, ?, ?)")
				.params(id, part.weekday(), part.part().name())
				.update();
		}
	}

	/**
	 * The sign-up behind a personal link, locked for a change when asked: not found for
	 * an unknown, replaced or ended link, or one past the day after the project ends.
	 */
	long signUpOf(String token, boolean lock) {
		if (!SecretToken.plausible(token)) {
			throw new NotFoundException();
		}
		long id = this.jdbc.sql("""
				select s.id from project_sign_up_link l
				join project_sign_up s on s.id = l.sign_up_id
				join national_project p on p.trajectory_id = s.trajectory_id
				where l.token_hash = :hash and l.ended_at is null and s.anonymised_at is null
				  and :today <= p.ends_on + 1""")
			.param("hash", new SecretToken(token).hash())
			.param("today", today())
			.query(Long.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		if (lock) {
			// Deleted or erased meanwhile (a second tab): not found, as its link now is.
			this.jdbc.sql("select id from project_sign_up where id = ? and anonymised_at is null for update")
				.param(id)
				.query(Long.class)
				.optional()
				.orElseThrow(NotFoundException::new);
		}
		return id;
	}

	/** Whether this token is the sign-up's working link (for a mail about to be sent). */
	@Transactional(readOnly = true)
	boolean isWorkingLink(long id, String token) {
		try {
			return signUpOf(token, false) == id;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	@Transactional(readOnly = true)
	SignUpViews.Personal personal(String token) {
		long id = signUpOf(token, false);
		SignUpViews.Personal personal = this.jdbc.sql("""
				select s.id, s.trajectory_id, s.name, s.email, s.role, s.region_code, s.organisation, s.mode,
				  s.needs_accessibility, s.needs_interpreter, s.needs_travel_costs, s.needs_childcare,
				  s.support_note, s.case_hash is not null as has_case_code,
				  s.organisation_hash is not null as avoids_organisation, s.status, s.age_group
				from project_sign_up s where s.id = ?""")
			.param(id)
			.query((rs, n) -> new SignUpViews.Personal(rs.getLong("id"), rs.getLong("trajectory_id"),
					rs.getString("name"), rs.getString("email"), ParticipantRole.valueOf(rs.getString("role")),
					rs.getString("region_code"), rs.getString("organisation"), Mode.valueOf(rs.getString("mode")),
					rs.getBoolean("needs_accessibility"), rs.getBoolean("needs_interpreter"),
					rs.getBoolean("needs_travel_costs"), rs.getBoolean("needs_childcare"), rs.getString("support_note"),
					rs.getBoolean("has_case_code"), rs.getBoolean("avoids_organisation"),
					SignUpViews.Status.valueOf(rs.getString("status")),
					(rs.getString("age_group") != null) ? AgeGroup.valueOf(rs.getString("age_group")) : null,
					this.consents.lapsesAt(id).orElse(null), new ArrayList<>(), new ArrayList<>(), null, null))
			.optional()
			.orElseThrow(NotFoundException::new);
		List<LocalDate> dates = this.jdbc
			.sql("select available_on from project_sign_up_date where sign_up_id = ? order by available_on")
			.param(id)
			.query(LocalDate.class)
			.list();
		List<WeekPart> parts = this.jdbc
			.sql("select weekday, part from project_sign_up_week_part where sign_up_id = ? order by weekday, part")
			.param(id)
			.query((rs, n) -> new WeekPart(rs.getInt(1), WeekPart.Part.valueOf(rs.getString(2))))
			.list()
			.stream()
			.sorted(Comparator.comparing(WeekPart::weekday).thenComparing(WeekPart::part))
			.toList();
		Project project = projectOf(personal.projectId()).orElseThrow(NotFoundException::new);
		return personal.with(dates, parts, project, this.regions.namesByCode().get(personal.regionCode()));
	}

	/** The change form, filled in with what the sign-up holds now. */
	@Transactional(readOnly = true)
	SignUpForm changeForm(String token) {
		SignUpViews.Personal personal = personal(token);
		SignUpForm form = new SignUpForm();
		form.setDates(personal.dates());
		form.setWeekParts(new LinkedHashSet<>(personal.weekParts()));
		form.setMode(personal.mode());
		form.setNeedsAccessibility(personal.needsAccessibility());
		form.setNeedsInterpreter(personal.needsInterpreter());
		form.setNeedsTravelCosts(personal.needsTravelCosts());
		form.setNeedsChildcare(personal.needsChildcare());
		form.setSupportNote(personal.supportNote());
		return form;
	}

	/** What confirming the address did. */
	enum Confirmation {

		/** The sign-up counts now. */
		CONFIRMED,
		/** A child under 16: a parent or guardian is asked to consent first. */
		AWAITS_CONSENT,
		/** Nothing: confirmed before, or cancelled. */
		BEFORE

	}

	/**
	 * Confirms the address: from then on the sign-up counts, or, for a child under 16, it
	 * waits for a parent's or guardian's consent (decision 50). Confirming twice changes
	 * nothing; a cancelled sign-up is not confirmed by an old mail.
	 */
	Confirmation confirm(String token) {
		long id = signUpOf(token, true);
		boolean pending = this.jdbc.sql("select status = 'PENDING' from project_sign_up where id = ?")
			.param(id)
			.query(Boolean.class)
			.single();
		if (pending && this.consents.askIfNeeded(id)) {
			return Confirmation.AWAITS_CONSENT;
		}
		int confirmed = this.jdbc.sql("""
				update project_sign_up set status = 'CONFIRMED', confirmed_at = ?, version = version + 1
				where id = ? and status = 'PENDING'""").params(Timestamp.from(now()), id).update();
		if (confirmed == 1) {
			this.outbox.queue(CONFIRMED, id, 0, null, token);
		}
		return (confirmed == 1) ? Confirmation.CONFIRMED : Confirmation.BEFORE;
	}

	/** Changes when, how and with what support someone can take part. */
	void change(String token, SignUpForm form) {
		long id = signUpOf(token, true);
		saveAvailability(id, form);
	}

	/** Cancels: the sign-up no longer counts; the link still shows it, to delete it. */
	void cancel(String token) {
		end(signUpOf(token, true));
	}

	/**
	 * Ends a locked sign-up, as its person's cancel does: it no longer counts (for
	 * grouping either), and an open request for consent ends; its link still shows it.
	 */
	private void end(long id) {
		this.consents.endRequest(id);
		this.jdbc.sql("""
				update project_sign_up set status = 'CANCELLED', cancelled_at = ?, version = version + 1
				where id = ? and status <> 'CANCELLED'""").params(Timestamp.from(now()), id).update();
	}

	/**
	 * A parent or guardian withdraws the consent they gave for a child's sign-up, on
	 * their own page (decision 51). The sign-up ends as the child's own cancel ends it; a
	 * place the child has at an upcoming dialogue ends as a cancel through its personal
	 * link ends it (the place goes to the waitlist); and the child gets one kind mail
	 * that says so. Withdrawing twice (a double click, two tabs) withdraws once and mails
	 * once.
	 * @return whether this withdrew
	 */
	boolean withdrawConsent(String guardianToken) {
		Optional<Long> withdrawn = this.consents.withdraw(guardianToken);
		if (withdrawn.isEmpty()) {
			return false;
		}
		long id = withdrawn.get();
		end(id);
		boolean placeEnded = this.places.endAfterWithdrawnConsent(id);
		this.outbox.queue(SignUpConsents.WITHDRAWN, id, placeEnded ? 1 : 0, null, null);
		return true;
	}

	/** Deletes the sign-up and everything of it, at the person's own request. */
	void delete(String token) {
		long id = signUpOf(token, true);
		this.jdbc.sql("delete from project_sign_up where id = ?").param(id).update();
	}

	/**
	 * The confirmed sign-ups of a project for its coordinators, by role (in the order of
	 * the project's roles) and region, with their availability and support: four
	 * statements however many there are. Never a case code or hash.
	 */
	@Transactional(readOnly = true)
	SignUpViews.Overview overview(Project project, int targetDialogues) {
		Map<String, String> names = this.regions.namesByCode();
		Map<Long, List<LocalDate>> dates = new HashMap<>();
		rows("""
				select d.sign_up_id, d.available_on::text from project_sign_up_date d
				join project_sign_up s on s.id = d.sign_up_id
				where s.trajectory_id = ?1 and s.status = 'CONFIRMED' order by d.available_on""", project.id())
			.forEach((row) -> dates.computeIfAbsent(((Number) row[0]).longValue(), (key) -> new ArrayList<>())
				.add(LocalDate.parse((String) row[1])));
		Map<Long, List<WeekPart>> parts = new HashMap<>();
		rows("""
				select w.sign_up_id, w.weekday, w.part from project_sign_up_week_part w
				join project_sign_up s on s.id = w.sign_up_id
				where s.trajectory_id = ?1 and s.status = 'CONFIRMED'""", project.id())
			.forEach((row) -> parts.computeIfAbsent(((Number) row[0]).longValue(), (key) -> new ArrayList<>())
				.add(new WeekPart(((Number) row[1]).intValue(), WeekPart.Part.valueOf((String) row[2]))));
		List<String> needNames = List.of("needsAccessibility", "needsInterpreter", "needsTravelCosts",
				"needsChildcare");
		List<SignUpViews.Listed> listed = rows("""
				select id, name, email, role, region_code, organisation, mode, needs_accessibility,
				  needs_interpreter, needs_travel_costs, needs_childcare, support_note
				from project_sign_up where trajectory_id = ?1 and status = 'CONFIRMED' and email is not null
				order by lower(name), id""", project.id()).stream().map((row) -> {
			long id = ((Number) row[0]).longValue();
			List<String> needs = new ArrayList<>();
			for (int i = 0; i < needNames.size(); i++) {
				if (Boolean.TRUE.equals(row[7 + i])) {
					needs.add("public." + needNames.get(i));
				}
			}
			List<WeekPart> week = parts.getOrDefault(id, List.of())
				.stream()
				.sorted(Comparator.comparing(WeekPart::weekday).thenComparing(WeekPart::part))
				.toList();
			String region = (String) row[4];
			return new SignUpViews.Listed(id, (String) row[1], (String) row[2],
					ParticipantRole.valueOf((String) row[3]), region, names.getOrDefault(region, region),
					(String) row[5], Mode.valueOf((String) row[6]), dates.getOrDefault(id, List.of()), week, needs,
					(String) row[11]);
		}).toList();
		int pending = counts(project.id())[1];
		List<ParticipantRole> roles = new ArrayList<>(project.roles());
		listed.stream()
			.map(SignUpViews.Listed::role)
			.distinct()
			.filter((role) -> !roles.contains(role))
			.forEach(roles::add);
		List<SignUpViews.RoleGroup> groups = roles.stream().map((role) -> {
			Map<String, List<SignUpViews.Listed>> byRegion = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			listed.stream()
				.filter((one) -> one.role() == role)
				.forEach((one) -> byRegion.computeIfAbsent(one.regionName(), (key) -> new ArrayList<>()).add(one));
			int count = byRegion.values().stream().mapToInt(List::size).sum();
			return new SignUpViews.RoleGroup(role, count, project.roles().contains(role) ? targetDialogues : 0,
					byRegion);
		}).toList();
		return new SignUpViews.Overview(project, groups, listed.size(), pending);
	}

	/** How many dialogues a project aims for. */
	@Transactional(readOnly = true)
	int targetDialogues(long projectId) {
		return ((Number) rows("select target_dialogues from national_project where trajectory_id = ?1", projectId)
			.get(0)[0]).intValue();
	}

	/**
	 * What the sign-up card of a project shows, in one statement: the address of its
	 * sign-up page, how many confirmed and how many have yet to, and when it closes.
	 * Empty when the trajectory is no national project.
	 */
	@Transactional(readOnly = true)
	Optional<CardFigures> cardFigures(long trajectoryId) {
		return rows("""
				select np.public_id::text, np.ends_on::text,
				count(s.id) filter (where s.status = 'CONFIRMED'),
				count(s.id) filter (where s.status in ('PENDING', 'AWAITING_CONSENT'))
				from national_project np left join project_sign_up s on s.trajectory_id = np.trajectory_id
				where np.trajectory_id = ?1 group by np.public_id, np.ends_on""", trajectoryId).stream()
			.findFirst()
			.map((row) -> new CardFigures(UUID.fromString((String) row[0]), LocalDate.parse((String) row[1]),
					((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
					!today().isAfter(LocalDate.parse((String) row[1]))));
	}

	/**
	 * The sign-up card's figures.
	 *
	 * @param publicId the project's sign-up page
	 * @param endsOn the last day of the project
	 * @param confirmed how many signed up and confirmed
	 * @param pending how many have not confirmed yet
	 * @param beforeEnd whether the project has not ended by date (it takes sign-ups if
	 * its trajectory is open too)
	 */
	record CardFigures(UUID publicId, LocalDate endsOn, int confirmed, int pending, boolean beforeEnd) {
	}

	/** How many confirmed and unconfirmed sign-ups a project has (one statement). */
	@Transactional(readOnly = true)
	int[] counts(long projectId) {
		Object[] row = rows(
				"""
						select count(*) filter (where status = 'CONFIRMED'), count(*) filter (where status in ('PENDING', 'AWAITING_CONSENT'))
						from project_sign_up where trajectory_id = ?1""",
				projectId)
			.get(0);
		return new int[] { ((Number) row[0]).intValue(), ((Number) row[1]).intValue() };
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
