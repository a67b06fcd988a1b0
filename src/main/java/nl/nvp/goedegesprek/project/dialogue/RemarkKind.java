package nl.nvp.goedegesprek.project.dialogue;

/**
 * What a remark from a dialogue is: what goes well, what can be better, an idea, or a
 * quote.
 */
enum RemarkKind {

	GOES_WELL, CAN_BE_BETTER, IDEA, QUOTE

}
