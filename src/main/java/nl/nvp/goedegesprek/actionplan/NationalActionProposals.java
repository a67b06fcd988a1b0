package nl.nvp.goedegesprek.actionplan;

/**
 * Makes a national action from elsewhere than a region's action plan: a national
 * project's advice that becomes a national action (decision 48). The caller checked that
 * the person is a national coordinator, and calls within its own transaction.
 */
public interface NationalActionProposals {

	/**
	 * Makes a national action, proposed (status as for a new one).
	 * @param title its title (at most 200 characters)
	 * @param description its description (at most 4000 characters), or {@code null}
	 * @return its id
	 * @throws nl.nvp.goedegesprek.shared.RuleException
	 * ({@code NationalActionForm.title.exists}) when one with this title exists
	 */
	long propose(String title, String description);

}
