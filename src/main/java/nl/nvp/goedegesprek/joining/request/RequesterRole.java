package nl.nvp.goedegesprek.joining.request;

/** Who asks, for a region: as the form offers it. */
public enum RequesterRole {

	MUNICIPALITY, PROVIDER, FOSTER_PARENT, OTHER

}
