package nl.nvp.goedegesprek.privacy;

import java.util.List;

/**
 * A module that keeps personal data, for a person's request to see or erase it (AVG
 * articles 15, 17 and 20). The privacy module declares this interface and modules that
 * hold personal data implement it, so that privacy depends on none of them (the account
 * module, which privacy already uses, answers through its own API instead).
 */
public interface PersonalDataHolder {

	/** Everything this module holds about the person, as simple records. */
	List<PersonalRecord> find(DataSubject subject);

	/**
	 * Erases what this module holds about the person: anonymised where figures must stay,
	 * deleted otherwise. Returns how many records changed; a second call finds nothing
	 * more and returns 0. Runs in the caller's transaction.
	 */
	int erase(DataSubject subject);

}
