package nl.nvp.goedegesprek.joining.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands in the national coordinators' inbox. */
public enum RequestStatus {

	NEW, IN_CONVERSATION, TRAJECTORY, CLOSED;

	/** What a coordinator may set by hand: a trajectory comes only from making one. */
	public static final Set<RequestStatus> SETTABLE = EnumSet.of(NEW, IN_CONVERSATION, CLOSED);

	/** Whether the request may still become a trajectory. */
	public boolean isOpen() {
		return this == NEW || this == IN_CONVERSATION;
	}

}
