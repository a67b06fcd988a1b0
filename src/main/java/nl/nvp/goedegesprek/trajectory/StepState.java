package nl.nvp.goedegesprek.trajectory;

enum StepState {

	NOT_STARTED, ACTIVE, DONE, SKIPPED;

	boolean isClosed() {
		return this == DONE || this == SKIPPED;
	}

}
