package nl.nvp.goedegesprek.trajectory;

public enum TrajectoryStatus {

	CONCEPT, RUNNING, FINISHED, CANCELLED;

	boolean isClosed() {
		return this == FINISHED || this == CANCELLED;
	}

}
