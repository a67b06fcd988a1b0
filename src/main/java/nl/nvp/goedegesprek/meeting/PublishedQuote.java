package nl.nvp.goedegesprek.meeting;

import java.time.LocalDate;

/**
 * A participant's quote that a coordinator chose to publish: the text and the role of who
 * said it, never a name (shown as "(pleegkind)", fragment
 * {@code fragments/quotes :: quotes(list)}), with the trajectory and the date of the
 * meeting it was said about.
 */
public record PublishedQuote(String text, ParticipantRole role, long trajectoryId, LocalDate meetingDate) {
}
