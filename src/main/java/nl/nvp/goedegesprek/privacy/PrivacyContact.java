package nl.nvp.goedegesprek.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people send a request about their data: the NVP's address from
 * {@code goedegesprek.privacy.contact-email}. Templates show it as
 * {@code ${@privacyContact.email}} (the privacy statement, the participants' pages).
 */
@Component("privacyContact")
class PrivacyContact {

	private final String email;

	PrivacyContact(@Value("${goedegesprek.privacy.contact-email}") String email) {
		this.email = email;
	}

	public String getEmail() {
		return this.email;
	}

}
