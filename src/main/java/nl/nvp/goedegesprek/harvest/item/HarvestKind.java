package nl.nvp.goedegesprek.harvest.item;

/**
 * What a line of harvest is: what goes well, what can be better, an idea, or a quote.
 */
public enum HarvestKind {

	GOES_WELL, CAN_BE_BETTER, IDEA, QUOTE

}
