package nl.nvp.goedegesprek.meeting.planning;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.nvp.goedegesprek.trajectory.TrajectoryCard;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings card on a trajectory's page: every meeting of the trajectory, soonest
 * first, with its day, kind and places taken, each a link to its page. A national project
 * has dozens of them, so each line's texts are written out here once instead of by
 * expressions per line in the template.
 */
@Component
class MeetingCard implements TrajectoryCard {

	private final Meetings meetings;

	private final MessageSource messages;

	MeetingCard(Meetings meetings, MessageSource messages) {
		this.meetings = meetings;
		this.messages = messages;
	}

	/**
	 * A meeting on the card.
	 *
	 * @param id the meeting's id
	 * @param title its title
	 * @param when its day, start and kind ("4 maart 2027, 19:30 · Dialoogsessie")
	 * @param cancelled whether it is cancelled
	 * @param state "Afgezegd", or the places taken and the waitlist
	 */
	record Line(long id, String title, String when, boolean cancelled, String state) {
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Card> card(TrajectoryRef trajectory) {
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		List<Line> lines = this.meetings.ofTrajectory(trajectory)
			.stream()
			.map((row) -> new Line(row.id(), row.title(), when(row, day, locale), row.cancelled(), state(row, locale)))
			.toList();
		return Optional.of(new Card("meeting/card", trajectory, lines));
	}

	private String when(MeetingViews.Row row, DateTimeFormatter day, Locale locale) {
		String date = (row.date() != null) ? day.format(row.date()) : "";
		return date + ", " + row.startTime() + " · "
				+ this.messages.getMessage("MeetingType." + row.type(), null, locale);
	}

	private String state(MeetingViews.Row row, Locale locale) {
		if (row.cancelled()) {
			return this.messages.getMessage("meeting.card.cancelled", null, locale);
		}
		String taken = this.messages.getMessage("meeting.list.placesTaken",
				new Object[] { row.confirmed(), row.capacity() }, locale);
		return (row.waitlisted() > 0)
				? taken + " · "
						+ this.messages.getMessage("meeting.list.waitlist", new Object[] { row.waitlisted() }, locale)
				: taken;
	}

}
