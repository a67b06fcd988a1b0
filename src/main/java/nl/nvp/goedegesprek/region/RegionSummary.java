package nl.nvp.goedegesprek.region;

/**
 * What other modules need to know of a region: its CBS code and display name.
 */
public record RegionSummary(String code, String name) {
}
