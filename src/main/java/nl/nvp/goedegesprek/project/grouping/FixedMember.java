package nl.nvp.goedegesprek.project.grouping;

/**
 * A participant the coordinator has put in a dialogue (or who was confirmed there
 * earlier): the assistant keeps them there, whatever their availability says, and builds
 * around them.
 */
public record FixedMember(long signUpId, long dialogueId) {

}
