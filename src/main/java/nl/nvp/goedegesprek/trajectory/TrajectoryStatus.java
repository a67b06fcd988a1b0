package nl.nvp.goedegesprek.trajectory;

enum TrajectoryStatus {

	DRAFT, RUNNING, FINISHED, CANCELLED;

	boolean isClosed() {
		return this == FINISHED || this == CANCELLED;
	}

}
