package nl.nvp.goedegesprek.actionplan.action;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How many of a trajectory's actions had each status at the end of each month, from the
 * recorded status changes: the chart on the actions page and the trajectory page.
 */
@Component
public class StatusHistory {

	private final ActionRepository actions;

	StatusHistory(ActionRepository actions) {
		this.actions = actions;
	}

	/** How many actions had each status at the end of a month. */
	public record Month(YearMonth month, Map<ActionStatus, Integer> counts) {

		public int count(ActionStatus status) {
			return this.counts.getOrDefault(status, 0);
		}

		public int total() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** The bar's parts, bottom up, for a chart whose tallest bar is 120 high. */
		public List<Segment> segments(int largest) {
			List<Segment> segments = new ArrayList<>();
			int bottom = 140;
			for (ActionStatus status : ActionStatus.values()) {
				int count = count(status);
				if (count > 0) {
					int height = Math.max(1, count * 120 / largest);
					bottom -= height;
					segments.add(new Segment(status, bottom, height, count));
				}
			}
			return segments;
		}

	}

	public record Segment(ActionStatus status, int y, int height, int count) {

	}

	/** The statuses of the actions at the end of each of the last (at most 12) months. */
	public List<Month> months(long trajectoryId, LocalDate today) {
		List<ActionRepository.StatusChange> changes = this.actions.findStatusChanges(trajectoryId);
		if (changes.isEmpty()) {
			return List.of();
		}
		YearMonth last = YearMonth.from(today);
		YearMonth first = YearMonth.from(changes.get(0).getChangedOn());
		if (first.isBefore(last.minusMonths(11))) {
			first = last.minusMonths(11);
		}
		List<Month> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			LocalDate end = month.atEndOfMonth();
			Map<Long, ActionStatus> state = new HashMap<>();
			for (ActionRepository.StatusChange change : changes) {
				if (!change.getChangedOn().isAfter(end)) {
					state.put(change.getActionId(), ActionStatus.valueOf(change.getStatus()));
				}
			}
			Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
			state.values().forEach((status) -> counts.merge(status, 1, Integer::sum));
			months.add(new Month(month, counts));
		}
		return months;
	}

}
