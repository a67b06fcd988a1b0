package nl.nvp.goedegesprek.output.editing;

/**
 * What kind of output it is (stored as text; the public page filters on it).
 */
public enum OutputKind {

	RESEARCH_REPORT, ACTION_PLAN, ADVICE, PODCAST_EPISODE, TRAVEL_STORY, BLOG, VIDEO, NEWS_ITEM

}
