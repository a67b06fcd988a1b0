package nl.nvp.goedegesprek.project.signup;

/** The project takes no sign-ups (any more): it is closed or its period is over. */
class SignUpClosedException extends RuntimeException {

	SignUpClosedException() {
		super("The project takes no sign-ups");
	}

}
