package nl.nvp.goedegesprek.meeting.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.nvp.goedegesprek.shared.SpreadsheetCsv;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The registrations of a meeting as a CSV file for spreadsheets ({@link SpreadsheetCsv}).
 */
@Component
class AttendeeCsv {

	private final MessageSource messages;

	AttendeeCsv(MessageSource messages) {
		this.messages = messages;
	}

	String write(AttendanceViews.Details meeting, Locale locale) {
		return SpreadsheetCsv.write((csv) -> {
			csv.printRecord(text("csv.header.name", locale), text("csv.header.email", locale),
					text("csv.header.phone", locale), text("csv.header.role", locale),
					text("csv.header.organisation", locale), text("csv.header.ageGroup", locale),
					text("csv.header.consent", locale), text("csv.header.status", locale),
					text("csv.header.support", locale), text("csv.header.present", locale));
			List<AttendanceViews.Attendee> all = new ArrayList<>(meeting.confirmedAttendees());
			all.addAll(meeting.waitlist());
			all.addAll(meeting.pendingAttendees());
			for (AttendanceViews.Attendee attendee : all) {
				csv.printRecord(plain(attendee.name()), plain(attendee.email()), plain(attendee.phone()),
						text("ParticipantRole." + attendee.role(), locale)
								+ ((attendee.roleOther() != null) ? ": " + plain(attendee.roleOther()) : ""),
						plain(attendee.organisation()),
						(attendee.ageGroup() != null) ? text("AgeGroup." + attendee.ageGroup(), locale) : "",
						(attendee.guardianName() != null) ? plain(attendee.guardianName()) + " ("
								+ text("GuardianCapacity." + attendee.guardianCapacity(), locale) + ")" : "",
						text("RegistrationStatus." + attendee.status(), locale), support(attendee, locale),
						attendee.isCheckedIn() ? text("csv.yes", locale) : "");
			}
		});
	}

	private String support(AttendanceViews.Attendee attendee, Locale locale) {
		List<String> needs = new ArrayList<>();
		if (attendee.needsAccessibility()) {
			needs.add(text("need.accessibility", locale));
		}
		if (attendee.needsInterpreter()) {
			needs.add(text("need.interpreter", locale));
		}
		if (attendee.needsTravelCosts()) {
			needs.add(text("need.travelCosts", locale));
		}
		if (attendee.needsChildcare()) {
			needs.add(text("need.childcare", locale));
		}
		if (attendee.supportNote() != null) {
			needs.add(plain(attendee.supportNote()));
		}
		return String.join(", ", needs);
	}

	/**
	 * Spreadsheets run cells that start with = + - @ (or a tab or return) as formulas:
	 * not these.
	 */
	static String plain(String value) {
		return SpreadsheetCsv.plain(value);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
