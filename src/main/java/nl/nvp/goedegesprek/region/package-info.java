/**
 * The 42 youth-care regions (reference data with an editable name and validity period)
 * and the region overview. Knows nothing of trajectories:
 * {@link nl.nvp.goedegesprek.region.RegionActivity} is implemented by the trajectory
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package nl.nvp.goedegesprek.region;
