package nl.nvp.goedegesprek.harvest;

/**
 * A topic as other modules see it: its id and name.
 */
public record TopicRef(long id, String name) {
}
