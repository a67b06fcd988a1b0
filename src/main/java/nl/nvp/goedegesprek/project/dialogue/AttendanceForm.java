package nl.nvp.goedegesprek.project.dialogue;

import java.util.ArrayList;
import java.util.List;

/** Who came to a dialogue: the registrations ticked as present. */
class AttendanceForm {

	private List<Long> present = new ArrayList<>();

	public List<Long> getPresent() {
		return this.present;
	}

	public void setPresent(List<Long> present) {
		this.present = (present != null) ? present : new ArrayList<>();
	}

}
