package nl.nvp.goedegesprek.overview.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.overview.AnnualActions;
import nl.nvp.goedegesprek.overview.AnnualMeetings;
import nl.nvp.goedegesprek.shared.SmallGroups;
import nl.nvp.goedegesprek.trajectory.RegionTrajectories;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual numbers for the NVP's annual report (issue 16): per year the regions
 * reached, the meetings held, their participants per role and the improvement actions
 * agreed and done. Counts only, and a role with fewer than {@value SmallGroups#MIN_SIZE}
 * participants is shown as such, as everywhere ({@link SmallGroups}); the year's total of
 * participants only when it gives no hidden group away. As the recurring topics, everyone
 * sees the trajectories they may see (decision 40): national coordinators all regions'
 * trajectories, others those of their own regions (and a regional coordinator those
 * assigned to them); cancelled trajectories do not count, as on the map. The meetings of
 * national projects count like any other, but a project reaches no region of its own
 * (decision 45). The year we are in (by the application's clock, Dutch time) changes
 * every day: two readings a day apart could tell about one meeting, so only coordinators
 * see it, marked as so far; policymakers see the years that are over (decision 41). Four
 * statements however much data.
 */
@Service
@Transactional(readOnly = true)
class AnnualNumbers {

	private final RegionTrajectories trajectories;

	private final AnnualMeetings meetings;

	private final AnnualActions actions;

	private final Clock clock;

	AnnualNumbers(RegionTrajectories trajectories, AnnualMeetings meetings, AnnualActions actions, Clock clock) {
		this.trajectories = trajectories;
		this.meetings = meetings;
		this.actions = actions;
		this.clock = clock;
	}

	/**
	 * Whether this person sees the year we are in: national and regional coordinators,
	 * who run the trajectories and know their meetings anyway; not policymakers, nor any
	 * role added later unless it is added here.
	 */
	private static boolean seesYearSoFar(AccountPrincipal user) {
		return user.is(Role.NATIONAL_COORDINATOR) || user.is(Role.REGIONAL_COORDINATOR);
	}

	/**
	 * The numbers this person may see, newest year first.
	 * @param user the person
	 * @return the page
	 */
	Numbers numbers(AccountPrincipal user) {
		Map<Long, String> regionOf = new HashMap<>();
		for (RegionTrajectories.Dated trajectory : this.trajectories.dated(user)) {
			regionOf.put(trajectory.id(), trajectory.regionCode());
		}
		List<String> roles = this.meetings.roles();
		boolean national = user.isNational();
		boolean soFar = seesYearSoFar(user);
		if (regionOf.isEmpty()) {
			return new Numbers(List.of(), roles, national, soFar);
		}
		Map<Integer, YearBuilder> years = new TreeMap<>(Comparator.reverseOrder());
		for (AnnualMeetings.Held held : this.meetings.held(regionOf.keySet())) {
			YearBuilder year = years.computeIfAbsent(held.year(), (key) -> new YearBuilder(roles));
			year.meetings += held.meetings();
			year.reached(regionOf.get(held.trajectoryId()));
		}
		for (AnnualMeetings.Participants participants : this.meetings.participants(regionOf.keySet())) {
			years.computeIfAbsent(participants.year(), (key) -> new YearBuilder(roles)).participants
				.merge(participants.role(), participants.count(), Long::sum);
		}
		for (AnnualActions.Count count : this.actions.counts(regionOf.keySet())) {
			YearBuilder year = years.computeIfAbsent(count.year(), (key) -> new YearBuilder(roles));
			year.agreed += count.agreed();
			year.done += count.done();
			year.reached(regionOf.get(count.trajectoryId()));
		}
		// A year not over yet (this one; a later one only by a clock set wrong) is only
		// for those who may see the year so far, and marked so.
		int thisYear = LocalDate.now(this.clock).getYear();
		List<Year> rows = new ArrayList<>();
		years.forEach((year, builder) -> {
			boolean over = year < thisYear;
			if (over || soFar) {
				rows.add(builder.build(year, !over));
			}
		});
		return new Numbers(rows, roles, national, soFar);
	}

	private static final class YearBuilder {

		private final Set<String> regions = new HashSet<>();

		private final Map<String, Long> participants = new LinkedHashMap<>();

		private long meetings;

		private long agreed;

		private long done;

		YearBuilder(List<String> roles) {
			roles.forEach((role) -> this.participants.put(role, 0L));
		}

		/** A national project (no region) reaches no region of its own. */
		void reached(String regionCode) {
			if (regionCode != null) {
				this.regions.add(regionCode);
			}
		}

		Year build(int year, boolean soFar) {
			List<RoleCount> roles = new ArrayList<>();
			this.participants
				.forEach((role, count) -> roles.add(new RoleCount(role, SmallGroups.hidden(count) ? null : count)));
			Long total = SmallGroups.totalHides(this.participants.values())
					? this.participants.values().stream().mapToLong(Long::longValue).sum() : null;
			return new Year(year, soFar, this.regions.size(), this.meetings, roles, total, this.agreed, this.done);
		}

	}

	/**
	 * The numbers.
	 *
	 * @param years one per year with something to count, newest first
	 * @param roles the message keys of the participants' roles, in order
	 * @param national whether the person sees every region's trajectories
	 * @param soFar whether the person sees the year we are in (coordinators), or only the
	 * years that are over (policymakers)
	 */
	record Numbers(List<Year> years, List<String> roles, boolean national, boolean soFar) {
	}

	/**
	 * A year.
	 *
	 * @param year the year
	 * @param soFar whether the year is not over yet: its numbers so far, which still
	 * change
	 * @param regions the regions reached: those where a meeting took place or an
	 * improvement action was agreed or done that year
	 * @param meetings the meetings that took place
	 * @param participants per role, in the order of the roles
	 * @param total all participants, or {@code null} where it would give a hidden group
	 * away
	 * @param agreed the improvement actions agreed
	 * @param done the improvement actions done
	 */
	record Year(int year, boolean soFar, int regions, long meetings, List<RoleCount> participants, Long total,
			long agreed, long done) {
	}

	/**
	 * The participants in one role, counted only where the group is large enough: a
	 * hidden group's size does not leave this class.
	 *
	 * @param role the message key of the role's name
	 * @param count how many, or {@code null} for fewer than {@value SmallGroups#MIN_SIZE}
	 */
	record RoleCount(String role, Long count) {

		public boolean hidden() {
			return this.count == null;
		}

	}

}
