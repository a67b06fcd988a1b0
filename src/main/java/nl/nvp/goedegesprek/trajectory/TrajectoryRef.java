package nl.nvp.goedegesprek.trajectory;

import java.util.List;

/**
 * A trajectory as another module sees it for one person: what it is called, where, its
 * steps; whether this person runs it ({@code manageable}: national coordinator or
 * assigned regional coordinator) and may still change things in it ({@code editable}: it
 * is not closed); the step that is running, if any, and its contact person.
 */
public record TrajectoryRef(long id, String title, String regionCode, List<StepType> steps, boolean manageable,
		boolean editable, StepType activeStep, Contact contact) {

	/**
	 * The trajectory's contact person (name, e-mail, phone; each may be empty), which a
	 * new meeting starts from.
	 */
	public record Contact(String name, String email, String phone) {

		@Override
		public String toString() {
			return "Contact[…]";
		}

	}

}
