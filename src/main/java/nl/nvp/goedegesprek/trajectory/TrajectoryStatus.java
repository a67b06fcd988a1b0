package nl.nvp.goedegesprek.trajectory;

public enum TrajectoryStatus {

	DRAFT, RUNNING, FINISHED, CANCELLED;

	boolean isClosed() {
		return this == FINISHED || this == CANCELLED;
	}

}
