package nl.nvp.goedegesprek.meeting.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.TransactionLocks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a series of meetings in one go (issue 17): all of them or, when one row cannot be
 * planned, none.
 */
@Service
class MeetingSeries {

	private static final Pattern NUMBERED = Pattern.compile(" ([1-9][0-9]{0,5})");

	private final MeetingRepository meetings;

	private final MeetingAccess access;

	private final TransactionLocks locks;

	MeetingSeries(MeetingRepository meetings, MeetingAccess access, TransactionLocks locks) {
		this.meetings = meetings;
		this.access = access;
		this.locks = locks;
	}

	/**
	 * Plans the series' meetings, soonest first, numbered after the title ("Dialoog 4",
	 * "Dialoog 5") from the highest number the trajectory's meetings with that title
	 * have. As for one meeting, a trajectory has one meeting (not cancelled) per start:
	 * the same series sent twice, from two tabs or by two coordinators, is planned once,
	 * and a row whose start is taken plans nothing at all.
	 * @return how many meetings were planned
	 * @throws StartsTakenException naming the rows whose start is taken
	 */
	@Transactional
	int create(long trajectoryId, MeetingSeriesForm form, AccountPrincipal user) {
		this.access.trajectoryToPlanIn(trajectoryId, user);
		this.locks.lock("meeting-start", trajectoryId);
		List<MeetingSeriesForm.Planned> planned = form.meetings();
		List<Integer> taken = new ArrayList<>();
		for (MeetingSeriesForm.Planned meeting : planned) {
			if (this.meetings.existsStartingAt(trajectoryId, meeting.meeting().getDate(),
					meeting.meeting().getStartTime())) {
				taken.add(meeting.row());
			}
		}
		if (!taken.isEmpty()) {
			taken.sort(null);
			throw new StartsTakenException(taken);
		}
		int number = highestNumber(trajectoryId, form.getTitlePrefix());
		List<Meeting> created = new ArrayList<>();
		for (MeetingSeriesForm.Planned meeting : planned) {
			meeting.meeting().setTitle(form.getTitlePrefix() + " " + (++number));
			Meeting entity = new Meeting(trajectoryId);
			entity.describe(meeting.meeting());
			created.add(entity);
		}
		this.meetings.saveAll(created);
		return created.size();
	}

	/** The highest number after this title among the trajectory's meetings; 0 if none. */
	private int highestNumber(long trajectoryId, String prefix) {
		int highest = 0;
		for (String title : this.meetings.findTitles(trajectoryId)) {
			if (title != null && title.startsWith(prefix)) {
				Matcher matcher = NUMBERED.matcher(title.substring(prefix.length()));
				if (matcher.matches()) {
					highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
				}
			}
		}
		return highest;
	}

}
