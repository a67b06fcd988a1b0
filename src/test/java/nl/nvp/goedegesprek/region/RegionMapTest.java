package nl.nvp.goedegesprek.region;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The region map: the TopoJSON decoder on a topology small enough to check by hand, and
 * the real boundaries: a shape for every region of the CBS list
 * ({@code region/jeugdregios_2025.csv}, a copy of {@code shared/data}), inside the
 * Netherlands, projected without squashing the country.
 */
class RegionMapTest {

	/**
	 * Two unit squares side by side, quantised (scale 0.5, translate 4/51) and
	 * delta-encoded: arc 0 is their shared edge from (2,0) up to (2,2), arc 1 the left
	 * square's other three edges, arc 2 the right square's; the right square runs the
	 * shared edge backwards (~0 = -1).
	 */
	private static final String SQUARES = """
			{"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[4,51]},
			 "arcs":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]],
			 "objects":{"jeugdregio_2025":{"type":"GeometryCollection","geometries":[
			  {"type":"Polygon","arcs":[[0,1]],"id":"JZ98","properties":{"statcode":"JZ98","statnaam":"Links"}},
			  {"type":"MultiPolygon","arcs":[[[2,-1]]],"properties":{"statcode":"JZ99","statnaam":"Rechts"}}]}}}
			""";

	@Test
	void decodesDeltaEncodedQuantisedArcsIntoClosedRings() {
		List<TopoJson.Shape> shapes = read(SQUARES);

		assertThat(shapes).extracting(TopoJson.Shape::id).containsExactly("JZ98", "JZ99");
		assertThat(shapes).extracting(TopoJson.Shape::name).containsExactly("Links", "Rechts");
		// (2,0) (2,2) (0,2) (0,0) (2,0) in quantised units, as longitude/latitude
		assertThat(ring(shapes.get(0))).containsExactly(new double[] { 5, 51 }, new double[] { 5, 52 },
				new double[] { 4, 52 }, new double[] { 4, 51 }, new double[] { 5, 51 });
		// The right square: its own arc, then the shared edge reversed, from (2,2) down.
		assertThat(ring(shapes.get(1))).containsExactly(new double[] { 5, 51 }, new double[] { 6, 51 },
				new double[] { 6, 52 }, new double[] { 5, 52 }, new double[] { 5, 51 });
	}

	@Test
	void refusesARingThatDoesNotClose() {
		String open = SQUARES.replace("\"arcs\":[[0,1]]", "\"arcs\":[[1]]")
			.replace("[[2,2],[-2,0],[0,-2],[2,0]]", "[[2,2],[-2,0],[0,-2],[1,0]]");
		assertThatIllegalArgumentException().isThrownBy(() -> read(open)).withMessageContaining("does not close");
	}

	@Test
	void everyRegionOfTheCbsListHasAShape() throws IOException {
		Map<String, RegionMap.Shape> shapes = new RegionMap().drawing().shapes();
		List<String[]> regions = cbsRegions();

		assertThat(regions).hasSize(42);
		for (String[] region : regions) {
			assertThat(shapes).as("shape of %s", region[0]).containsKey(region[0]);
			assertThat(shapes.get(region[0]).name()).as("name of %s", region[0]).isEqualTo(region[1]);
			assertThat(shapes.get(region[0]).path()).matches("(M[0-9. ]+(L[0-9. ]+)+Z)+");
		}
		assertThat(shapes).hasSize(42);
	}

	@Test
	void theBoundariesLieInTheNetherlandsAndEveryRingCloses() {
		for (TopoJson.Shape shape : RegionMap.read(RegionMap.RESOURCE)) {
			for (List<List<double[]>> polygon : shape.polygons()) {
				for (List<double[]> ring : polygon) {
					assertThat(ring.get(ring.size() - 1)).as("ring of %s closes", shape.id()).isEqualTo(ring.get(0));
					for (double[] position : ring) {
						assertThat(position[0]).as("longitude in %s", shape.id()).isBetween(3.3, 7.3);
						assertThat(position[1]).as("latitude in %s", shape.id()).isBetween(50.7, 53.6);
					}
				}
			}
		}
	}

	@Test
	void theProjectionKeepsTheCountrysShapeAndEveryPointOnTheMap() {
		long start = System.nanoTime();
		RegionMap.Drawing drawing = new RegionMap().drawing();
		System.out.printf("Region map read, projected and drawn in %d ms, %d characters of path data%n",
				(System.nanoTime() - start) / 1_000_000,
				drawing.shapes().values().stream().mapToInt((shape) -> shape.path().length()).sum());

		// The Netherlands is about 1.17 times as high (north-south) as wide; plain
		// longitude and latitude would make it 0.72.
		assertThat(drawing.height() / drawing.width()).isCloseTo(1.17, within(0.06));
		assertThat(drawing.viewBox()).isEqualTo("0 0 1000 " + (long) drawing.height());
		double[] groningen = null;
		double[] zeeland = null;
		for (RegionMap.Shape shape : drawing.shapes().values()) {
			List<double[]> points = points(shape.path());
			for (double[] point : points) {
				assertThat(point[0]).as("x in %s", shape.code()).isBetween(0.0, drawing.width());
				assertThat(point[1]).as("y in %s", shape.code()).isBetween(0.0, drawing.height());
			}
			if (shape.code().equals("JZ01")) {
				groningen = centre(points);
			}
			if (shape.code().equals("JZ38")) {
				zeeland = centre(points);
			}
		}
		// North is up and east is right: Groningen lies north-east of Zeeland.
		assertThat(groningen[0]).isGreaterThan(zeeland[0] + 400);
		assertThat(groningen[1]).isLessThan(zeeland[1] - 600);
	}

	@Test
	void theMapIsDrawnOnceAndKept() {
		RegionMap map = new RegionMap();
		assertThat(map.drawing()).isSameAs(map.drawing());
	}

	private static List<TopoJson.Shape> read(String json) {
		return TopoJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "jeugdregio_2025",
				"statcode", "statnaam");
	}

	private static List<double[]> ring(TopoJson.Shape shape) {
		assertThat(shape.polygons()).hasSize(1);
		assertThat(shape.polygons().get(0)).hasSize(1);
		return shape.polygons().get(0).get(0);
	}

	private static List<String[]> cbsRegions() throws IOException {
		try (InputStream in = new ClassPathResource("region/jeugdregios_2025.csv").getInputStream()) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
			return lines.stream().filter((line) -> !line.isBlank()).map((line) -> line.split(",", -1)).toList();
		}
	}

	private static List<double[]> points(String path) {
		List<double[]> points = new ArrayList<>();
		Matcher matcher = Pattern.compile("[ML]([0-9.]+) ([0-9.]+)").matcher(path);
		while (matcher.find()) {
			points.add(new double[] { Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)) });
		}
		return points;
	}

	private static double[] centre(List<double[]> points) {
		return new double[] { points.stream().mapToDouble((p) -> p[0]).average().orElseThrow(),
				points.stream().mapToDouble((p) -> p[1]).average().orElseThrow() };
	}

}
