package nl.nvp.goedegesprek.trajectory;

import java.util.List;

/**
 * A trajectory as another module sees it for one person: what it is called, where, its
 * steps; whether this person runs it ({@code manageable}: national coordinator or
 * assigned regional coordinator) and may still change things in it ({@code editable}: it
 * is not closed).
 */
public record TrajectoryRef(long id, String title, String regionCode, List<StepType> steps, boolean manageable,
		boolean editable) {
}
