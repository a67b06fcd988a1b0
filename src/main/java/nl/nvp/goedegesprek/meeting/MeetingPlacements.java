package nl.nvp.goedegesprek.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import nl.nvp.goedegesprek.meeting.registration.Placements;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing people at a national project's dialogue sessions without their registering
 * themselves (issue 17, decision 49): the project's coordinator groups the project's
 * sign-ups and confirms a group, and each member gets a registration with a place, a
 * personal link and the usual mail that says so (with the calendar file). From then on it
 * is an ordinary registration: cancelling through the link frees the place as always.
 * Reads go through the entity manager, so that the grouping page's statements are
 * counted.
 */
@Service
public class MeetingPlacements {

	private final EntityManager entityManager;

	private final Placements placements;

	private final Clock clock;

	MeetingPlacements(EntityManager entityManager, Placements placements, Clock clock) {
		this.entityManager = entityManager;
		this.placements = placements;
		this.clock = clock;
	}

	/**
	 * A dialogue session that has not started and is not cancelled.
	 *
	 * @param quotas the places per role the coordinator set, if any
	 */
	public record Dialogue(long id, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
			boolean online, int capacity, Map<ParticipantRole, Integer> quotas) {

		public Dialogue {
			quotas = Map.copyOf(quotas);
		}

	}

	/**
	 * The trajectory's dialogue sessions that have not started and are not cancelled,
	 * soonest first, with their quotas: one statement.
	 */
	@Transactional(readOnly = true)
	public List<Dialogue> upcomingDialogues(long trajectoryId) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entityManager.createNativeQuery("""
				select m.id, m.title, m.meeting_date::text, m.start_time::text, m.end_time::text, m.online, m.capacity,
				  (select string_agg(q.role || '=' || q.places, ',') from meeting_quota q where q.meeting_id = m.id)
				from meeting m
				where m.trajectory_id = ?1 and m.type = 'DIALOGUE_SESSION' and not m.cancelled
				  and (m.meeting_date + m.start_time) at time zone ?2 > cast(?3 as timestamptz)
				order by m.meeting_date, m.start_time, m.id""")
			.setParameter(1, trajectoryId)
			.setParameter(2, this.clock.getZone().getId())
			.setParameter(3, this.clock.instant().toString())
			.getResultList();
		List<Dialogue> dialogues = new ArrayList<>();
		for (Object[] row : rows) {
			Map<ParticipantRole, Integer> quotas = new EnumMap<>(ParticipantRole.class);
			if (row[7] != null) {
				for (String quota : ((String) row[7]).split(",")) {
					String[] parts = quota.split("=");
					quotas.put(ParticipantRole.valueOf(parts[0]), Integer.valueOf(parts[1]));
				}
			}
			dialogues.add(new Dialogue(((Number) row[0]).longValue(), (String) row[1], LocalDate.parse((String) row[2]),
					LocalTime.parse((String) row[3]), LocalTime.parse((String) row[4]), (Boolean) row[5],
					((Number) row[6]).intValue(), quotas));
		}
		return dialogues;
	}

	/**
	 * Which of these registrations still count (not cancelled), each with whether its
	 * meeting was cancelled (then the person has no dialogue after all): one statement.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Boolean> stillRegistered(Collection<Long> registrationIds) {
		List<Long> ids = new ArrayList<>(registrationIds);
		// Never an empty list: the statement is the same whatever the number.
		ids.add(-1L);
		@SuppressWarnings("unchecked")
		List<Object[]> active = this.entityManager.createNativeQuery("""
				select r.id, m.cancelled from registration r join meeting m on m.id = r.meeting_id
				where r.id in (?1) and r.status <> 'CANCELLED'""").setParameter(1, ids).getResultList();
		Map<Long, Boolean> result = new HashMap<>();
		active.forEach((row) -> result.put(((Number) row[0]).longValue(), (Boolean) row[1]));
		return result;
	}

	/**
	 * Someone to place: what their sign-up holds. They already consented to the privacy
	 * statement ({@code privacyVersion}) and confirmed their address when they signed up
	 * for the project, so the registration counts at once. A child's sign-up counted only
	 * once a parent or guardian consented (under 16, decision 50); that consent is
	 * carried into the registration, so the child gets a place without the adult being
	 * asked a second time.
	 *
	 * @param roleOther what the role "other" stands for (required for that role)
	 * @param language "nl" or "en", for their mails
	 * @param ageGroup a child's age group by name ({@code UNDER_12},
	 * {@code FROM_12_TO_16}, {@code FROM_16_TO_18}); null for an adult
	 * @param guardianConsentedAt when a parent or guardian consented to the sign-up
	 * (required under 16, else null)
	 * @param consentTextVersion the text they consented to (with
	 * {@code guardianConsentedAt})
	 */
	public record PlacedPerson(String name, String email, ParticipantRole role, String roleOther, String organisation,
			String language, String privacyVersion, boolean needsAccessibility, boolean needsInterpreter,
			boolean needsTravelCosts, boolean needsChildcare, String supportNote, String ageGroup,
			Instant guardianConsentedAt, String consentTextVersion) {

		public PlacedPerson {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(email, "email");
			Objects.requireNonNull(role, "role");
			Objects.requireNonNull(privacyVersion, "privacyVersion");
			if (role.isChild() != (ageGroup != null)) {
				throw new IllegalArgumentException("An age group for a child's role, and only then");
			}
			boolean needsConsent = "UNDER_12".equals(ageGroup) || "FROM_12_TO_16".equals(ageGroup);
			if (needsConsent && (guardianConsentedAt == null || consentTextVersion == null)) {
				throw new IllegalArgumentException("A child under 16 is placed only with a guardian's consent");
			}
		}

		/** An adult: no age group, nobody else's consent. */
		public PlacedPerson(String name, String email, ParticipantRole role, String roleOther, String organisation,
				String language, String privacyVersion, boolean needsAccessibility, boolean needsInterpreter,
				boolean needsTravelCosts, boolean needsChildcare, String supportNote) {
			this(name, email, role, roleOther, organisation, language, privacyVersion, needsAccessibility,
					needsInterpreter, needsTravelCosts, needsChildcare, supportNote, null, null, null);
		}

		@Override
		public String toString() {
			return "PlacedPerson[" + this.role + "]";
		}

	}

	/** How a placement went. */
	public enum Outcome {

		/** A new registration with a place; the mail that says so is queued. */
		PLACED,
		/**
		 * This address already has a living registration at the meeting: nothing new, no
		 * mail (its id is given).
		 */
		ALREADY_REGISTERED,
		/** The meeting or the person's role has no place left: nothing made. */
		FULL,
		/**
		 * This address registered itself and waits for a parent's or guardian's consent
		 * there: nothing made until that is decided.
		 */
		AWAITING_CONSENT,
		/** The meeting is cancelled or has started: nothing made. */
		CLOSED

	}

	/** The outcome and, when placed or already registered, the registration. */
	public record Placed(Outcome outcome, Long registrationId) {
	}

	/**
	 * Gives the person a place at the meeting, one placement at a time per meeting (a row
	 * lock, as registrations have), within its capacity and the role's quota; issues a
	 * personal link and queues the CONFIRMED mail in this transaction (nothing is sent if
	 * it rolls back). An address already registered there is not registered twice. Call
	 * inside the caller's transaction.
	 */
	@Transactional
	public Placed place(long meetingId, PlacedPerson person) {
		return this.placements.place(meetingId, person);
	}

	/**
	 * Ends a placed child's registration because the parent or guardian withdrew the
	 * consent they gave when the child signed up for the project (decision 51), as a
	 * cancel through the personal link ends it: the link ends and a place goes to the
	 * first on the waitlist who fits (who is mailed). The child gets no mail from here:
	 * the project's mail about the withdrawal tells them. The registration's consent
	 * becomes WITHDRAWN. Nothing for a registration that has ended already or whose
	 * meeting has started. Call inside the caller's transaction.
	 * @return whether the registration ended now
	 */
	@Transactional
	public boolean endAfterWithdrawnConsent(long registrationId) {
		return this.placements.endAfterWithdrawnConsent(registrationId);
	}

}
