package nl.nvp.goedegesprek.harvest;

/**
 * An idea (a line of harvest of the kind idea) as other modules see it: its id, its topic
 * and what was said.
 */
public record IdeaRef(long id, long topicId, String text) {
}
