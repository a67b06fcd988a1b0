package nl.nvp.goedegesprek.demo.volume;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a large, realistic volume of made-up data, set-based: each kind
 * of row is made by one {@code INSERT ... SELECT} over {@code generate_series}, with ids
 * taken from the tables' own identity sequences into temporary tables first so that
 * children can refer to their parents (decision 31). Needs only what the migrations make
 * (the regions, the survey template, the topic and indicator catalogues). People are
 * obviously made up ({@code deelnemer123@voorbeeld.invalid}); nothing here is a real
 * person. Not a bean: {@link DemoVolume} runs it in the demo, the volume statement-count
 * test on its own database.
 */
final class VolumeData {

	/** Each run's accounts are {@code coordinator-<tag>-<region>@voorbeeld.invalid}. */
	static final String DOMAIN = "@voorbeeld.invalid";

	/**
	 * The privacy statement the made-up participants agreed to: the meeting module's
	 * current one ({@code Registrations.PRIVACY_VERSION}, which the volume test compares
	 * this with; the demo module reads only the database, not the other modules).
	 */
	static final String PRIVACY_VERSION = "2026-12-5";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String[] OPEN_ANSWERS = { "De begeleiding is betrokken en snel bereikbaar.",
			"Meer tijd voor overleg met de jeugdbeschermer.", "Ik wil vaker horen hoe het met mijn kind gaat.",
			"Het contact met de ouders gaat goed.", "Dat ik mijn broertje vaker zie.",
			"Respijtzorg is moeilijk te vinden.", "De training voor pleegouders was heel nuttig.",
			"Wisselingen van begeleider maken het lastig." };

	/**
	 * How much to make: trajectories (spread over every region and every step), meetings
	 * (many small, one in fifty big), registrations, improvement actions and survey
	 * answers (a few surveys with thousands).
	 */
	record Volume(int trajectories, int meetings, int registrations, int actions, int answers) {

		/** Ten times a realistic volume (issue 13). */
		static final Volume TEN_TIMES = new Volume(200, 1_000, 20_000, 5_000, 50_000);

		/** The same shapes, small. */
		static final Volume SMALL = new Volume(20, 20, 300, 50, 500);

	}

	/** What one run made, counted in the database afterwards. */
	record Counts(long trajectories, long meetings, long registrations, long actions, long answers, long responses) {

	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	VolumeData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Whether a run with this tag has made its data already. */
	boolean made(String tag) {
		return Boolean.TRUE
			.equals(this.jdbc.queryForObject("select exists (select 1 from account where lower(email) like ?)",
					Boolean.class, "coordinator-" + tag + "-%" + DOMAIN));
	}

	/**
	 * Makes the volume in one transaction, dated from today; the tag keeps the accounts
	 * of two runs apart.
	 */
	Counts make(Volume volume, String tag, LocalDate today, Instant now) {
		return this.transactions.execute((status) -> {
			Timestamp at = Timestamp.from(now);
			Date day = Date.valueOf(today);
			this.jdbc.execute("select setseed(0.13)");
			accounts(tag, at);
			trajectories(volume, tag, day, at);
			meetings(volume, day, at);
			registrations(volume, day, at);
			surveys(day, at);
			answers(volume);
			research(day, at);
			actionPlans(volume, day, at);
			Counts counts = new Counts(count("volume_trajectory"), count("volume_meeting"),
					this.jdbc.queryForObject(
							"select count(*) from registration where meeting_id in (select id from volume_meeting)",
							Long.class),
					this.jdbc.queryForObject(
							"select count(*) from improvement_action where trajectory_id in (select id from volume_trajectory)",
							Long.class),
					this.jdbc.queryForObject("""
							select count(*) from survey_answer a join survey_response r on r.id = a.response_id
							where r.survey_id in (select id from volume_survey)""", Long.class),
					this.jdbc.queryForObject(
							"select count(*) from survey_response where survey_id in (select id from volume_survey)",
							Long.class));
			this.jdbc.execute("analyze");
			return counts;
		});
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** A regional coordinator per region, working in that region. */
	private void accounts(String tag, Timestamp at) {
		this.jdbc.update("""
				insert into account (email, display_name, role, created_at, changed_at)
				select 'coordinator-' || ? || '-' || lower(code) || ?, 'Coördinator ' || code || ' (voorbeeld)',
				       'REGIONAL_COORDINATOR', ?, ?
				from region where valid_until is null""", tag, DOMAIN, at, at);
		this.jdbc.update("""
				insert into account_region (account_id, region_code)
				select a.id, r.code from account a join region r
				  on lower(a.email) = 'coordinator-' || ? || '-' || lower(r.code) || ?""", tag, DOMAIN);
	}

	/**
	 * Trajectories over every region; a tenth is a dialogue table, the rest the full
	 * trajectory at every stage: draft, each of the seven steps active, finished.
	 */
	private void trajectories(Volume volume, String tag, Date today, Timestamp at) {
		this.jdbc.execute("""
				create temporary table volume_trajectory on commit drop as
				select g, nextval(pg_get_serial_sequence('trajectory', 'id')) as id,
				       regions.codes[1 + (g - 1) % cardinality(regions.codes)] as region_code,
				       (g % 10 = 0) as dialogue_table,
				       -- 0 draft, 1..7 the step that is active, 8 finished
				       (g * 7) % 9 as stage
				from generate_series(1, $count) g,
				     (select array_agg(code order by code) as codes from region where valid_until is null) regions
				""".replace("$count", Integer.toString(volume.trajectories())));
		this.jdbc.update(
				"""
						insert into trajectory (id, region_code, title, description, variant, status, created_at, changed_at,
						                        closed_at)
						select id, region_code,
						       case when dialogue_table then 'Dialoogtafel ' else 'Het goede gesprek ' end || region_code || ' nr. ' || g,
						       'Een voorbeeldtraject (volumedata).',
						       case when dialogue_table then 'DIALOGUE_TABLE' else 'FULL' end,
						       case when dialogue_table then 'RUNNING' when stage = 0 then 'DRAFT' when stage = 8 then 'FINISHED'
						            else 'RUNNING' end,
						       ?, ?, case when stage = 8 and not dialogue_table then ?::timestamptz end
						from volume_trajectory""",
				at, at, at);
		// The full trajectory's steps, a month each (follow-up a year), the active one
		// running today.
		this.jdbc.update("""
				insert into trajectory_step (trajectory_id, type, state, planned_start, planned_end)
				select t.id, s.type,
				       case when t.stage = 0 then 'NOT_STARTED' when s.n < t.stage or t.stage = 8 then 'DONE'
				            when s.n = t.stage then 'ACTIVE' else 'NOT_STARTED' end,
				       (?::date - (t.stage - s.n) * 30 - 10),
				       (?::date - (t.stage - s.n) * 30 - 10) + case when s.type = 'FOLLOW_UP' then 365 else 29 end
				from volume_trajectory t
				cross join (values (1, 'KICK_OFF'), (2, 'RESEARCH_FIGURES'), (3, 'RESEARCH_EXPERIENCE'),
				                   (4, 'DIALOGUE_MEETING_1'), (5, 'DIALOGUE_MEETING_2'), (6, 'ACTION_PLAN'),
				                   (7, 'FOLLOW_UP')) as s(n, type)
				where not t.dialogue_table""", today, today);
		this.jdbc.update("""
				insert into trajectory_step (trajectory_id, type, state, planned_start, planned_end)
				select id, 'DIALOGUE_TABLE', 'ACTIVE', ?::date + g % 30 - 15, ?::date + g % 30 - 15
				from volume_trajectory where dialogue_table""", today, today);
		this.jdbc.update("""
				insert into trajectory_coordinator (trajectory_id, account_id)
				select t.id, a.id from volume_trajectory t
				join account a on lower(a.email) = 'coordinator-' || ? || '-' || lower(t.region_code) || ?""", tag,
				DOMAIN);
		// From the dialogue meetings on, a trajectory has chosen three of the catalogue's
		// topics.
		this.jdbc.update("""
				insert into trajectory_topic (trajectory_id, topic_id)
				select t.id, c.id from volume_trajectory t
				cross join lateral (select id from topic where trajectory_id is null
				                    order by (id * 7 + t.g) % 13 limit 3) c
				where not t.dialogue_table and t.stage >= 4""");
	}

	/**
	 * Meetings of trajectories that have started, over the weeks around today: one in
	 * fifty big (four hundred places, role quotas), the rest small; a few online, a few
	 * cancelled.
	 */
	private void meetings(Volume volume, Date today, Timestamp at) {
		this.jdbc.execute("""
				create temporary table volume_meeting on commit drop as
				select m.g, nextval(pg_get_serial_sequence('meeting', 'id')) as id, t.id as trajectory_id,
				       t.dialogue_table, (m.g % 50 = 1) as big, (m.g % 7 = 3) as online, (m.g % 97 = 5) as cancelled,
				       case when m.g % 50 = 1 then 400 else 10 + m.g % 25 end as capacity,
				       -- a finished trajectory's meetings are over
				       case when t.stage = 8 then -1 - (m.g * 17) % 28 else (m.g * 17) % 56 - 28 end as days_from_today
				from generate_series(1, $count) m(g)
				join (select id, dialogue_table, stage, row_number() over (order by g) as n, count(*) over () as total
				      from volume_trajectory where stage >= 1) t on t.n = 1 + (m.g - 1) % t.total
				""".replace("$count", Integer.toString(volume.meetings())));
		this.jdbc.update(
				"""
						insert into meeting (id, public_id, trajectory_id, step, title, type, meeting_date, start_time, end_time,
						                     online, address, accessibility_notes, route_notes, online_link, capacity, programme,
						                     contact_name, contact_email, cancelled, cancellation_reason, cancelled_at,
						                     created_at, changed_at)
						select id, gen_random_uuid(), trajectory_id,
						       case when dialogue_table then 'DIALOGUE_TABLE' else 'DIALOGUE_MEETING_1' end,
						       case when big then 'Grote dialoogbijeenkomst ' else 'Dialoogbijeenkomst ' end || g,
						       case when dialogue_table then 'DIALOGUE_TABLE' else 'DIALOGUE_MEETING' end,
						       ?::date + days_from_today, time '19:00', time '21:30', online,
						       case when online then null else 'Wijkcentrum ' || g || ', Voorbeeldstraat 1, Voorbeeldstad' end,
						       'De zaal is rolstoeltoegankelijk.', 'Tien minuten lopen vanaf het station.',
						       case when online then 'https://vergadering.voorbeeld.invalid/' || g end, capacity,
						       '19.00 Welkom' || chr(10) || '19.30 In gesprek aan tafels' || chr(10) || '21.00 Afsluiting',
						       'Coördinator (voorbeeld)', 'bijeenkomst' || g || ?, cancelled,
						       case when cancelled then 'De zaal is niet beschikbaar.' end, case when cancelled then ?::timestamptz end, ?, ?
						from volume_meeting""",
				today, DOMAIN, at, at, at);
		this.jdbc.update("""
				insert into meeting_quota (meeting_id, role, places)
				select id, q.role, q.places from volume_meeting
				cross join (values ('FOSTER_CARE_WORKER', 60), ('POLICYMAKER', 20)) as q(role, places)
				where big""");
	}

	/**
	 * Registrations: the big meetings share what the small ones (four to eighteen each)
	 * leave. Every tenth cancelled, every tenth waiting for its e-mail confirmation; the
	 * others confirmed in order of registration while the meeting and the role's quota
	 * have room, else on the waitlist, as {@code Places} decides. Everyone at a cancelled
	 * meeting is cancelled; most of those with a place at a meeting that is over checked
	 * in.
	 */
	private void registrations(Volume volume, Date today, Timestamp at) {
		int meetings = volume.meetings();
		List<int[]> sizes = new ArrayList<>();
		long small = 0;
		int big = 0;
		for (int g = 1; g <= meetings; g++) {
			if (g % 50 == 1) {
				big++;
			}
			else {
				small += 4 + (g * 5) % 15;
			}
		}
		long left = Math.max(0, volume.registrations() - small);
		int bigIndex = 0;
		for (int g = 1; g <= meetings; g++) {
			if (g % 50 == 1) {
				int size = (int) (left / big + ((bigIndex < left % big) ? 1 : 0));
				sizes.add(new int[] { g, size });
				bigIndex++;
			}
			else {
				sizes.add(new int[] { g, 4 + (g * 5) % 15 });
			}
		}
		this.jdbc.execute("create temporary table volume_meeting_size (g int primary key, size int) on commit drop");
		this.jdbc.batchUpdate("insert into volume_meeting_size (g, size) values (?, ?)", sizes, 500,
				(statement, size) -> {
					statement.setInt(1, size[0]);
					statement.setInt(2, size[1]);
				});
		this.jdbc.execute("""
				create temporary table volume_registration on commit drop as
				select row_number() over (order by m.g, k) as n, m.id as meeting_id, m.capacity, m.cancelled, k,
				       (array['FOSTER_PARENT', 'FOSTER_PARENT', 'FOSTER_CHILD', 'OWN_CHILD', 'PARENT',
				              'FOSTER_CARE_WORKER', 'CHILD_PROTECTION_WORKER', 'POLICYMAKER', 'FOSTER_CARE_PROVIDER',
				              'OTHER'])[1 + (k * 3 + m.g) % 10] as role
				from volume_meeting m join volume_meeting_size s on s.g = m.g
				cross join generate_series(1, s.size) k""");
		this.jdbc.execute("""
				create temporary table volume_registration_status on commit drop as
				with asking as (
				  select r.*, q.places as quota,
				         row_number() over (partition by r.meeting_id, r.role order by r.k) as in_role
				  from volume_registration r
				  left join meeting_quota q on q.meeting_id = r.meeting_id and q.role = r.role
				  where not r.cancelled and r.k % 10 not in (0, 9)
				), placed as (
				  select a.*, (a.quota is null or a.in_role <= a.quota) as role_has_room from asking a
				), ranked as (
				  select p.*, case when p.role_has_room
				                   then row_number() over (partition by p.meeting_id, p.role_has_room order by p.k) end
				              as in_meeting
				  from placed p
				)
				select n, case when role_has_room and in_meeting <= capacity then 'CONFIRMED' else 'WAITLISTED' end
				       as status
				from ranked""");
		this.jdbc.update(
				"""
						insert into registration (meeting_id, name, email, role, role_other, organisation, age_group,
						                          guardian_name, guardian_capacity, needs_accessibility, needs_travel_costs,
						                          consent_version, consent_at, language, status, created_at, status_changed_at,
						                          checked_in_at)
						select r.meeting_id, 'Deelnemer ' || r.n, 'deelnemer' || r.n || ?, r.role,
						       case when r.role = 'OTHER' then 'Vrijwilliger' end,
						       case when r.role in ('FOSTER_CARE_WORKER', 'CHILD_PROTECTION_WORKER', 'POLICYMAKER',
						                            'FOSTER_CARE_PROVIDER') then 'Organisatie ' || (r.n % 40) || ' (voorbeeld)' end,
						       case when r.role in ('FOSTER_CHILD', 'OWN_CHILD')
						            then case when r.n % 2 = 0 then 'FROM_16_TO_18' else 'FROM_12_TO_16' end end,
						       case when r.role in ('FOSTER_CHILD', 'OWN_CHILD') and r.n % 2 = 1 then 'Voogd ' || r.n end,
						       case when r.role in ('FOSTER_CHILD', 'OWN_CHILD') and r.n % 2 = 1 then 'PARENT_WITH_AUTHORITY' end,
						       r.n % 13 = 0, r.n % 7 = 0, ?, ?, case when r.n % 17 = 0 then 'en' else 'nl' end,
						       coalesce(s.status, case when r.cancelled or r.k % 10 = 0 then 'CANCELLED' else 'PENDING' end),
						       ?, ?,
						       -- most of those with a place at a meeting that is over came
						       case when s.status = 'CONFIRMED' and m.meeting_date < ?::date and r.n % 4 <> 0
						            then (m.meeting_date + time '19:05') at time zone 'Europe/Amsterdam' end
						from volume_registration r left join volume_registration_status s on s.n = r.n
						join meeting m on m.id = r.meeting_id""",
				DOMAIN, PRIVACY_VERSION, at, at, at, today);
		// A few of the confirmation mails could not be sent: the coordinators' page of
		// failing mails lists them (ids only, as the outbox keeps them).
		this.jdbc.update(
				"""
						insert into mail_outbox (kind, subject_id, detail, attempts, created_at, next_attempt_at, last_attempt_at,
						                         last_error, outcome, finished_at)
						select 'registration.CONFIRM_EMAIL', id, 0, 8, ?, ?, ?, 'Connection refused (voorbeeld)', 'abandoned', ?
						from registration
						where status = 'PENDING' and id % 7 = 0 and meeting_id in (select id from volume_meeting)""",
				at, at, at, at);
	}

	/**
	 * A survey from the template for each full trajectory from its research step on: open
	 * while that step runs, closed after it; its questions copied from the template and a
	 * link per audience (tokens made as {@code Survey} makes them: the link is shown to
	 * the coordinator, so the token itself is kept).
	 */
	private void surveys(Date today, Timestamp at) {
		this.jdbc.execute("""
				create temporary table volume_survey on commit drop as
				select nextval(pg_get_serial_sequence('survey', 'id')) as id, t.id as trajectory_id, t.g, t.stage
				from volume_trajectory t where not t.dialogue_table and t.stage >= 3""");
		this.jdbc.update("""
				insert into survey (id, trajectory_id, title, introduction, opens_on, closes_on, status, created_at,
				                    changed_at)
				select id, trajectory_id, 'Hoe gaat het met de pleegzorg? (' || g || ')',
				       'Uw antwoorden zijn het begin van de dialoogbijeenkomsten.',
				       ?::date - (stage - 3) * 30 - 10, ?::date - (stage - 3) * 30 + 20,
				       case when stage = 3 then 'OPEN' else 'CLOSED' end, ?, ?
				from volume_survey""", today, today, at, at);
		this.jdbc.update("""
				insert into survey_question (survey_id, position, type, text, child_text, audiences, required, options,
				                             scale_low, scale_high)
				select s.id, q.position, q.type, q.text, q.child_text, q.audiences, q.required, q.options, q.scale_low,
				       q.scale_high
				from volume_survey s
				cross join survey_question q
				where q.template_id = (select min(id) from survey_template)""");
		List<Long> surveys = this.jdbc.queryForList("select id from volume_survey order by id", Long.class);
		List<Object[]> links = new ArrayList<>();
		for (Long survey : surveys) {
			for (String audience : new String[] { "FOSTER_FAMILIES", "PARENTS", "CHILDREN", "PROFESSIONALS",
					"POLICYMAKERS" }) {
				links.add(new Object[] { survey, audience, token() });
			}
		}
		this.jdbc.batchUpdate("insert into survey_link (survey_id, audience, token) values (?, ?, ?)", links);
	}

	/** As {@code Survey.newToken}: 18 random bytes, URL-safe Base64. */
	private static String token() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Responses until the answers reach the volume; a third of them to the three biggest
	 * surveys (thousands of answers each), the rest spread. Each answers the questions
	 * for its audience: the required ones always, the others mostly; a scale 1 to 5, one
	 * or two options, or a text.
	 */
	private void answers(Volume volume) {
		List<Long> surveys = this.jdbc.queryForList("select id from volume_survey order by id", Long.class);
		if (surveys.isEmpty()) {
			return;
		}
		this.jdbc.execute("""
				create temporary table volume_response (id uuid primary key, survey_id bigint, audience varchar(20))
				on commit drop""");
		long answers = 0;
		int round = 0;
		while (answers < volume.answers() && round < 100) {
			long missing = volume.answers() - answers;
			// About six answers a response.
			long responses = Math.max(1, Math.min(missing / 6, 2_000));
			this.jdbc.execute("truncate volume_response");
			this.jdbc.update("""
					insert into volume_response (id, survey_id, audience)
					select gen_random_uuid(),
					       case when g % 3 = 0 then s.ids[1 + (g / 3) % least(3, cardinality(s.ids))]
					            else s.ids[1 + (g * 7 + ?) % cardinality(s.ids)] end,
					       (array['FOSTER_FAMILIES', 'FOSTER_FAMILIES', 'PARENTS', 'CHILDREN', 'PROFESSIONALS',
					              'PROFESSIONALS', 'POLICYMAKERS'])[1 + (g * 5 + ?) % 7]
					from generate_series(1, ?) g,
					     (select array_agg(id order by id) as ids from volume_survey) s""", round, round, responses);
			this.jdbc.update("insert into survey_response (id, survey_id, audience) select * from volume_response");
			answers += this.jdbc.update("""
					insert into survey_answer (id, response_id, question_id, choice, text)
					select gen_random_uuid(), r.id, q.id,
					       case when q.type = 'SCALE' then 1 + floor(random() * 5)::int
					            when q.type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE') then o.option end,
					       case when q.type = 'OPEN' then (?::text[])[1 + floor(random() * ?)::int] end
					from volume_response r
					join survey_question q on q.survey_id = r.survey_id
					 and q.audiences & (1 << array_position(array['FOSTER_FAMILIES', 'PARENTS', 'CHILDREN',
					                                               'PROFESSIONALS', 'POLICYMAKERS']::varchar[],
					                                         r.audience) - 1) <> 0
					left join lateral (
					  select o - 1 as option from generate_series(1, greatest(1, cardinality(q.options))) o
					  where q.type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')
					  order by random() limit case when q.type = 'MULTIPLE_CHOICE' then 2 else 1 end
					) o on true
					where q.required or random() < case when q.type = 'OPEN' then 0.4 else 0.8 end""", OPEN_ANSWERS,
					OPEN_ANSWERS.length);
			round++;
		}
	}

	/**
	 * Figures for every trajectory past its kick-off (each catalogue indicator, two
	 * years), findings from the dialogue meetings on, and the research published from the
	 * second dialogue meeting on.
	 */
	private void research(Date today, Timestamp at) {
		int year = today.toLocalDate().getYear();
		this.jdbc.update("""
				insert into regional_figure (trajectory_id, indicator_id, year, value, source, created_at, changed_at)
				select t.id, i.id, y.year, 100 + (t.g * 37 + i.id * 11 + y.year) % 900,
				       'Jaarverslag pleegzorgaanbieder ' || y.year || ' (voorbeeld)', ?, ?
				from volume_trajectory t
				cross join indicator i
				cross join (values (?), (?)) as y(year)
				where not t.dialogue_table and t.stage >= 2 and i.trajectory_id is null""", at, at, year - 3, year - 1);
		this.jdbc.update(
				"""
						insert into research_finding (trajectory_id, topic, text, created_at, changed_at)
						select t.id, f.topic, f.text, ?, ? from volume_trajectory t
						cross join (values ('Voorbereiding van een plaatsing',
						                    'Pleeggezinnen voelen zich goed voorbereid; professionals missen tijd voor overleg.'),
						                   ('Contact met ouders', 'Ouders willen vaker horen hoe het met hun kind gaat.'))
						           as f(topic, text)
						where not t.dialogue_table and t.stage >= 4""",
				at, at);
		this.jdbc.update(
				"""
						insert into research_summary (trajectory_id, published_at, published_by, first_published_at)
						select t.id, ?, c.account_id, ? from volume_trajectory t
						join lateral (select account_id from trajectory_coordinator where trajectory_id = t.id limit 1) c on true
						where not t.dialogue_table and t.stage >= 5""",
				at, at);
	}

	/**
	 * Improvement actions for the trajectories at or past their action plan, under their
	 * chosen topics: statuses of every kind, deadlines around today (some overdue), a
	 * status history and progress where it has any; the plan in review while its step
	 * runs, adopted (with a public page) after it, each version with its snapshot of the
	 * actions.
	 */
	private void actionPlans(Volume volume, Date today, Timestamp at) {
		this.jdbc.execute("""
				create temporary table volume_plan on commit drop as
				select t.id as trajectory_id, t.stage, row_number() over (order by t.g) as n, count(*) over () as total
				from volume_trajectory t where not t.dialogue_table and t.stage >= 6""");
		if (count("volume_plan") == 0) {
			return;
		}
		this.jdbc.update("""
				insert into action_plan (trajectory_id, introduction, public_page, public_id, created_at, changed_at)
				select trajectory_id, 'In twee dialoogbijeenkomsten spraken pleegouders, ouders, pleegkinderen en '
				       || 'professionals over de pleegzorg in de regio. Dit zijn de afspraken.',
				       stage >= 7, gen_random_uuid(), ?, ?
				from volume_plan""", at, at);
		this.jdbc.execute("""
				create temporary table volume_action on commit drop as
				select nextval(pg_get_serial_sequence('improvement_action', 'id')) as id, a.g, p.trajectory_id,
				       topics.ids[1 + a.g % cardinality(topics.ids)] as topic_id,
				       (array['PROPOSED', 'AGREED', 'AGREED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE',
				              'STOPPED'])[1 + a.g % 8] as status
				from generate_series(1, $count) a(g)
				join volume_plan p on p.n = 1 + (a.g - 1) % p.total
				cross join lateral (select array_agg(topic_id order by topic_id) as ids from trajectory_topic
				                    where trajectory_id = p.trajectory_id) topics
				""".replace("$count", Integer.toString(volume.actions())));
		this.jdbc.update("""
				insert into improvement_action (id, trajectory_id, topic_id, title, description, owner_organisation,
				                                contact_name, contact_email, deadline, status, scope, created_at,
				                                changed_at)
				select id, trajectory_id, topic_id, 'Verbeteractie ' || g,
				       'Een afspraak uit de dialoogbijeenkomsten (voorbeeld).',
				       'Gemeente ' || (g % 60) || ' (voorbeeld)',
				       case when g % 3 = 0 then 'Eigenaar ' || g end,
				       case when g % 3 = 0 then 'eigenaar' || g || ? end,
				       case when g % 11 = 0 then null else ?::date + (g * 13) % 240 - 60 end, status,
				       case when g % 10 = 0 then 'NATIONAL' else 'REGIONAL' end, ?, ?
				from volume_action""", DOMAIN, today, at, at);
		this.jdbc.update("""
				insert into action_status_change (action_id, status, changed_on)
				select id, s.status, ?::date - s.days_ago from volume_action
				cross join lateral (values ('PROPOSED', 90), (volume_action.status, 30)) as s(status, days_ago)
				where volume_action.status <> 'PROPOSED' or s.days_ago = 90""", today);
		this.jdbc.update("""
				insert into action_progress (action_id, reported_on, text, created_at)
				select id, ?::date - g % 40, 'Eerste stappen gezet en besproken met de regio (voorbeeld).', ?
				from volume_action where status in ('IN_PROGRESS', 'DONE')""", today, at);
		this.jdbc.update("""
				insert into plan_version (trajectory_id, number, status, introduction, submitted_at, submitted_by,
				                          adopted_at, adopted_by)
				select p.trajectory_id, 1, case when p.stage = 6 then 'IN_REVIEW' else 'ADOPTED' end, a.introduction,
				       ?, c.account_id, case when p.stage > 6 then ?::timestamptz end,
				       case when p.stage > 6 then c.account_id end
				from volume_plan p join action_plan a on a.trajectory_id = p.trajectory_id
				join lateral (select account_id from trajectory_coordinator where trajectory_id = p.trajectory_id
				              limit 1) c on true""", at, at);
		this.jdbc.update("""
				insert into plan_version_action (version_id, action_id, topic_name, title, description,
				                                 owner_organisation, deadline, status, scope)
				select v.id, a.id, t.name, a.title, a.description, a.owner_organisation, a.deadline, a.status, a.scope
				from volume_plan p join plan_version v on v.trajectory_id = p.trajectory_id
				join improvement_action a on a.trajectory_id = p.trajectory_id
				join topic t on t.id = a.topic_id""");
	}

}
