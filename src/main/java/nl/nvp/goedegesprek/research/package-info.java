/**
 * A trajectory's research: the region's figures beside the national indicator catalogue
 * ({@code figures}), the experience survey built from a national template
 * ({@code survey}), its anonymous responses ({@code response}), the results with small
 * groups hidden ({@code results}) and the report with findings, PDF and publication to
 * the region's policymakers ({@code report}). Who may do what, and whether the research
 * is published, is decided in {@code access}. No other module uses its types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Research")
package nl.nvp.goedegesprek.research;
