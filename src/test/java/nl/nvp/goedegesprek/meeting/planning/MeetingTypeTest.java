package nl.nvp.goedegesprek.meeting.planning;

import nl.nvp.goedegesprek.trajectory.StepType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingTypeTest {

	@Test
	void aNewMeetingStartsAsTheKindItsStepHolds() {
		assertThat(MeetingType.of(StepType.KICK_OFF)).isEqualTo(MeetingType.KICK_OFF);
		assertThat(MeetingType.of(StepType.DIALOGUE_MEETING_2)).isEqualTo(MeetingType.DIALOGUE_MEETING);
		assertThat(MeetingType.of(StepType.DIALOGUE_TABLE)).isEqualTo(MeetingType.DIALOGUE_TABLE);
		assertThat(MeetingType.of(StepType.DIALOGUES)).isEqualTo(MeetingType.DIALOGUE_SESSION);
		assertThat(MeetingType.of(StepType.ANALYSIS)).isEqualTo(MeetingType.OTHER);
	}

}
