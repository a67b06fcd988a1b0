package nl.nvp.goedegesprek.meeting;

import java.time.LocalDate;

/**
 * A meeting as other modules refer to it: which one, what it is called, when.
 */
public record MeetingRef(long id, String title, LocalDate date) {
}
