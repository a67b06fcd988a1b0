package nl.nvp.goedegesprek.meeting.registration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

/**
 * The consent of a parent or guardian to the registration of a child under 16 (decision
 * 35). Made with the registration, holding the adult's address; asked for once the child
 * has confirmed their own address; answered by the adult through a link of their own, or
 * lapsed. The adult's address is kept only until then. Who answered is the registration's
 * guardian name and capacity; when, and to which version of the text, is kept here.
 */
@Entity
public class GuardianConsent {

	public enum Decision {

		GIVEN, REFUSED, WITHDRAWN, LAPSED

	}

	@Id
	private Long registrationId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "registration_id")
	private Registration registration;

	private String guardianEmail;

	private String tokenHash;

	private Instant requestedAt;

	private Instant lapsesAt;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private Instant decidedAt;

	private String textVersion;

	@Version
	private long version;

	protected GuardianConsent() {
	}

	GuardianConsent(Registration registration, String guardianEmail) {
		this.registration = registration;
		this.guardianEmail = guardianEmail.trim();
	}

	/**
	 * A child placed at a dialogue of a national project: a parent or guardian consented
	 * when the child signed up for the project (decision 50), so nobody is asked again;
	 * when and to which text is kept, as for consent given here.
	 */
	static GuardianConsent givenBefore(Registration registration, Instant decidedAt, String textVersion) {
		GuardianConsent consent = new GuardianConsent();
		consent.registration = registration;
		consent.decision = Decision.GIVEN;
		consent.decidedAt = decidedAt;
		consent.textVersion = textVersion;
		return consent;
	}

	/** Asked for now, through the link with this token hash, until {@code lapsesAt}. */
	void request(String tokenHash, Instant now, Instant lapsesAt) {
		this.tokenHash = tokenHash;
		this.requestedAt = now;
		this.lapsesAt = lapsesAt;
	}

	/** The adult answered (or the request lapsed): their address is no longer needed. */
	void decide(Decision decision, Instant now, String textVersion) {
		this.decision = decision;
		this.decidedAt = now;
		this.guardianEmail = null;
		if (decision == Decision.GIVEN) {
			this.textVersion = textVersion;
		}
	}

	/** Consent that was given is withdrawn; the link still shows that it was. */
	void withdraw(Instant now) {
		this.decision = Decision.WITHDRAWN;
		this.decidedAt = now;
	}

	public boolean isOpen() {
		return this.decision == null;
	}

	public Long getRegistrationId() {
		return this.registrationId;
	}

	public Registration getRegistration() {
		return this.registration;
	}

	public String getGuardianEmail() {
		return this.guardianEmail;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Instant getLapsesAt() {
		return this.lapsesAt;
	}

	public Decision getDecision() {
		return this.decision;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getTextVersion() {
		return this.textVersion;
	}

}
