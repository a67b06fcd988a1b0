package nl.nvp.goedegesprek.trajectory;

enum TrajectoryStatus {

	CONCEPT, RUNNING, FINISHED, CANCELLED;

	boolean isClosed() {
		return this == FINISHED || this == CANCELLED;
	}

}
