package nl.nvp.goedegesprek.harvest.priority;

import java.util.List;

import nl.nvp.goedegesprek.meeting.MeetingRegistrations;
import nl.nvp.goedegesprek.privacy.DataSubject;
import nl.nvp.goedegesprek.privacy.PersonalDataHolder;
import nl.nvp.goedegesprek.privacy.PersonalRecord;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's dots on ideas, for a data request. Erasing leaves them: a dot belongs to a
 * registration, which the meeting module anonymises, so that it counts on without
 * pointing at anyone.
 */
@Component
@Order(20)
class VotePersonalData implements PersonalDataHolder {

	private final MeetingRegistrations registrations;

	private final JdbcClient jdbc;

	VotePersonalData(MeetingRegistrations registrations, JdbcClient jdbc) {
		this.registrations = registrations;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalRecord> find(DataSubject subject) {
		List<Long> ids = this.registrations.registrationIds(subject.email());
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select i.text, t.name as topic from idea_vote v join harvest_item i on i.id = v.harvest_item_id
				join topic t on t.id = i.topic_id where v.registration_id in (:ids) order by i.id""")
			.param("ids", ids)
			.query((rs, n) -> PersonalRecord.of("ideaVote")
				.field("topic", rs.getString("topic"))
				.field("idea", rs.getString("text"))
				.build())
			.list();
	}

	@Override
	public int erase(DataSubject subject) {
		return 0;
	}

}
