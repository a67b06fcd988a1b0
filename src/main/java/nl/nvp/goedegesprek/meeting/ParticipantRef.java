package nl.nvp.goedegesprek.meeting;

/**
 * A participant with a place, behind their personal link, as other modules see them:
 * which registration, which meeting and trajectory. No personal data.
 */
public record ParticipantRef(long registrationId, long meetingId, long trajectoryId, String meetingTitle) {
}
