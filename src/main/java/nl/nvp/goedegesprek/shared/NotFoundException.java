package nl.nvp.goedegesprek.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something asked for does not exist, or the current user may not know that it exists.
 * Both answer 404, so that a page does not reveal what another region holds.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found");
	}

}
