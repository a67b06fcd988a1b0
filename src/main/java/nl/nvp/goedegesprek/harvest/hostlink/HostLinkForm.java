package nl.nvp.goedegesprek.harvest.hostlink;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * For whom a coordinator makes a table host's link (say: table 3).
 */
record HostLinkForm(@NotBlank @Size(max = 100) String label) {

	HostLinkForm {
		label = (label != null) ? label.strip() : null;
	}

}
