/**
 * Topics (the national catalogue and a trajectory's own), the harvest of the dialogue
 * meetings per topic, prioritising ideas with dots, and the links with which table hosts
 * enter harvest. Its API: {@code Harvests} (topics and ideas as {@code TopicRef} and
 * {@code IdeaRef}), and {@code HarvestUse}, which a module implements to keep the topics
 * and ideas it builds on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Harvest")
package nl.nvp.goedegesprek.harvest;
