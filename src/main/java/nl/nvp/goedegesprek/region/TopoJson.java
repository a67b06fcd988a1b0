package nl.nvp.goedegesprek.region;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the polygons of a TopoJSON topology (the TopoJSON format specification, sections
 * 2.1.2 to 2.2.6): arcs, quantised and delta-encoded when the topology has a transform,
 * stitched into rings by their indexes (a negative index {@code ~i} is arc {@code i}
 * reversed; each arc after the first starts where the previous ended, so its first
 * position is dropped). Only Polygon and MultiPolygon geometries, which is all the region
 * map needs; no library on Maven Central reads TopoJSON (decision 40).
 */
final class TopoJson {

	private TopoJson() {
	}

	/**
	 * One geometry of the object: its id, and its polygons, each a list of rings (the
	 * outer one first, then holes), each a closed list of positions {longitude,
	 * latitude}.
	 */
	record Shape(String id, String name, List<List<List<double[]>>> polygons) {
	}

	/**
	 * The geometries of one object of the topology.
	 * @param in the TopoJSON document
	 * @param object the name of the object under {@code objects}
	 * @param idProperty the property that names a geometry (its {@code id} when absent)
	 * @param nameProperty the property with its display name
	 * @return the shapes in the order of the document
	 * @throws IllegalArgumentException when the document is not a topology of polygons or
	 * a ring does not close
	 */
	static List<Shape> read(InputStream in, String object, String idProperty, String nameProperty) {
		JsonNode topology = JsonMapper.builder().build().readTree(in);
		if (!"Topology".equals(topology.path("type").asString())) {
			throw new IllegalArgumentException("Not a TopoJSON topology");
		}
		List<double[][]> arcs = arcs(topology);
		JsonNode geometries = topology.path("objects").path(object).path("geometries");
		if (!geometries.isArray()) {
			throw new IllegalArgumentException("No geometry collection " + object);
		}
		List<Shape> shapes = new ArrayList<>();
		for (JsonNode geometry : geometries) {
			JsonNode properties = geometry.path("properties");
			String id = properties.has(idProperty) ? properties.get(idProperty).asString()
					: geometry.path("id").asString();
			String name = properties.path(nameProperty).asString(id);
			List<List<List<double[]>>> polygons = new ArrayList<>();
			switch (geometry.path("type").asString()) {
				case "Polygon" -> polygons.add(polygon(geometry.get("arcs"), arcs, id));
				case "MultiPolygon" -> {
					for (JsonNode polygon : geometry.get("arcs")) {
						polygons.add(polygon(polygon, arcs, id));
					}
				}
				default -> throw new IllegalArgumentException("Geometry " + id + " is not a polygon");
			}
			shapes.add(new Shape(id, name, List.copyOf(polygons)));
		}
		return List.copyOf(shapes);
	}

	/** The arcs as positions in longitude and latitude. */
	private static List<double[][]> arcs(JsonNode topology) {
		JsonNode transform = topology.get("transform");
		boolean quantised = transform != null && !transform.isNull();
		double scaleX = quantised ? transform.get("scale").get(0).asDouble() : 1;
		double scaleY = quantised ? transform.get("scale").get(1).asDouble() : 1;
		double translateX = quantised ? transform.get("translate").get(0).asDouble() : 0;
		double translateY = quantised ? transform.get("translate").get(1).asDouble() : 0;
		List<double[][]> arcs = new ArrayList<>();
		for (JsonNode arc : topology.path("arcs")) {
			double[][] positions = new double[arc.size()][];
			long x = 0;
			long y = 0;
			for (int i = 0; i < arc.size(); i++) {
				JsonNode position = arc.get(i);
				if (quantised) {
					// Delta-encoded: each position is the step from the previous one.
					x += position.get(0).asLong();
					y += position.get(1).asLong();
					positions[i] = new double[] { x * scaleX + translateX, y * scaleY + translateY };
				}
				else {
					positions[i] = new double[] { position.get(0).asDouble(), position.get(1).asDouble() };
				}
			}
			arcs.add(positions);
		}
		return arcs;
	}

	private static List<List<double[]>> polygon(JsonNode rings, List<double[][]> arcs, String id) {
		List<List<double[]>> polygon = new ArrayList<>();
		for (JsonNode ring : rings) {
			polygon.add(ring(ring, arcs, id));
		}
		return List.copyOf(polygon);
	}

	private static List<double[]> ring(JsonNode indexes, List<double[][]> arcs, String id) {
		List<double[]> ring = new ArrayList<>();
		for (JsonNode index : indexes) {
			int i = index.asInt();
			int arcIndex = (i >= 0) ? i : ~i;
			if (arcIndex >= arcs.size()) {
				throw new IllegalArgumentException(
						"Geometry " + id + " refers to arc " + arcIndex + " of " + arcs.size());
			}
			double[][] arc = arcs.get(arcIndex);
			for (int k = ring.isEmpty() ? 0 : 1; k < arc.length; k++) {
				ring.add(arc[(i >= 0) ? k : arc.length - 1 - k]);
			}
		}
		if (ring.size() < 4 || !Arrays.equals(ring.get(0), ring.get(ring.size() - 1))) {
			throw new IllegalArgumentException("A ring of geometry " + id + " does not close");
		}
		return List.copyOf(ring);
	}

}
