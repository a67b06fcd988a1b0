package nl.nvp.goedegesprek.meeting.registration;

/**
 * The request to a parent or guardian to consent (decision 35), published in the
 * transaction that asks for it: the meeting module's mail listener queues it in the mail
 * outbox with the token of the adult's link (sealed), and writes it when it is sent.
 */
public record GuardianConsentMail(long registrationId, String token) {

	@Override
	public String toString() {
		return "GuardianConsentMail[" + this.registrationId + "]";
	}

}
