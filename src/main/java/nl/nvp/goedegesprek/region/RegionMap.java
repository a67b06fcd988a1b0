package nl.nvp.goedegesprek.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The map of the youth-care regions: their 2025 boundaries (CBS/PDOK, CC BY 4.0,
 * {@code geo/jeugdregio_2025.topojson}), projected and written as SVG path data once, on
 * first use, and kept: a page only chooses each region's colour and link (decision 40).
 * <p>
 * The projection is equirectangular around 52.2° north (the middle of the Netherlands): a
 * degree of longitude is shortened by cos 52.2° ≈ 0.61, so the country keeps its shape
 * instead of looking squashed as in plain longitude and latitude; over the 3° the country
 * spans north to south, the distortion of scale is under 3%.
 */
@Component
public class RegionMap {

	static final String RESOURCE = "geo/jeugdregio_2025.topojson";

	/** The latitude where the map's scale is true. */
	static final double STANDARD_PARALLEL = 52.2;

	/** The map's width in its own units; the height follows from the shape. */
	static final double WIDTH = 1000;

	/** Room around the country, in the map's units. */
	static final double MARGIN = 4;

	private final String resource;

	private volatile Drawing drawing;

	RegionMap() {
		this(RESOURCE);
	}

	RegionMap(String resource) {
		this.resource = resource;
	}

	/** The map, drawn on first use. */
	public Drawing drawing() {
		Drawing current = this.drawing;
		if (current == null) {
			synchronized (this) {
				current = this.drawing;
				if (current == null) {
					current = draw(read(this.resource));
					this.drawing = current;
				}
			}
		}
		return current;
	}

	static List<TopoJson.Shape> read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return TopoJson.read(in, "jeugdregio_2025", "statcode", "statnaam");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Drawing draw(List<TopoJson.Shape> shapes) {
		double cos = Math.cos(Math.toRadians(STANDARD_PARALLEL));
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (TopoJson.Shape shape : shapes) {
			for (List<List<double[]>> polygon : shape.polygons()) {
				for (List<double[]> ring : polygon) {
					for (double[] position : ring) {
						minX = Math.min(minX, position[0] * cos);
						maxX = Math.max(maxX, position[0] * cos);
						minY = Math.min(minY, position[1]);
						maxY = Math.max(maxY, position[1]);
					}
				}
			}
		}
		double scale = (WIDTH - 2 * MARGIN) / (maxX - minX);
		double height = Math.ceil((maxY - minY) * scale + 2 * MARGIN);
		Projection projection = new Projection(cos, minX, maxY, scale);
		Map<String, Shape> drawn = new LinkedHashMap<>();
		for (TopoJson.Shape shape : shapes) {
			drawn.put(shape.id(), new Shape(shape.id(), shape.name(), path(shape, projection)));
		}
		return new Drawing(WIDTH, height, Map.copyOf(drawn));
	}

	/**
	 * SVG path data: each ring a sub-path of absolute moves and lines, closed; holes are
	 * drawn with the even-odd rule. Coordinates to a tenth of a unit (about 30 m).
	 */
	private static String path(TopoJson.Shape shape, Projection projection) {
		StringBuilder path = new StringBuilder();
		for (List<List<double[]>> polygon : shape.polygons()) {
			for (List<double[]> ring : polygon) {
				for (int i = 0; i < ring.size() - 1; i++) {
					double[] point = projection.apply(ring.get(i));
					path.append((i == 0) ? 'M' : 'L').append(number(point[0])).append(' ').append(number(point[1]));
				}
				path.append('Z');
			}
		}
		return path.toString();
	}

	private static String number(double value) {
		long tenths = Math.round(value * 10);
		return (tenths % 10 == 0) ? Long.toString(tenths / 10)
				: Long.toString(tenths / 10) + '.' + Math.abs(tenths % 10);
	}

	/** Longitude and latitude to the map's units: x to the east, y down. */
	record Projection(double cos, double minX, double maxY, double scale) {

		double[] apply(double[] position) {
			return new double[] { MARGIN + (position[0] * this.cos - this.minX) * this.scale,
					MARGIN + (this.maxY - position[1]) * this.scale };
		}

	}

	/**
	 * The whole map.
	 *
	 * @param width its width in its own units (the SVG's view box)
	 * @param height its height
	 * @param shapes by CBS code, the region's shape
	 */
	public record Drawing(double width, double height, Map<String, Shape> shapes) {

		public String viewBox() {
			return "0 0 " + number(this.width) + " " + number(this.height);
		}

	}

	/**
	 * A region on the map.
	 *
	 * @param code its CBS code
	 * @param name its name in the map data (the page shows the name kept in the
	 * application)
	 * @param path its SVG path data
	 */
	public record Shape(String code, String name, String path) {
	}

}
