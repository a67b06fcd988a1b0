package nl.nvp.goedegesprek.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF and where it stands: to show that no text is printed over other text
 * and none falls off its page (issue 15, the research report's charts).
 */
public final class PdfText {

	private PdfText() {
	}

	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every pair of characters from different runs of text that overlap on a page by more
	 * than half a point, and every character outside its page; empty when there is none.
	 */
	public static List<String> overlaps(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> problems = new ArrayList<>();
			for (int number = 1; number <= document.getNumberOfPages(); number++) {
				Runs runs = new Runs();
				runs.setStartPage(number);
				runs.setEndPage(number);
				runs.getText(document);
				PDRectangle media = document.getPage(number - 1).getMediaBox();
				problems.addAll(runs.problems(number, media.getWidth(), media.getHeight()));
			}
			return problems;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The characters of one page, each with the number of its run. */
	private static final class Runs extends PDFTextStripper {

		private final List<TextPosition> glyphs = new ArrayList<>();

		private final List<Integer> run = new ArrayList<>();

		private int runs;

		@Override
		protected void writeString(String text, List<TextPosition> positions) {
			this.runs++;
			for (TextPosition position : positions) {
				if (!position.getUnicode().isBlank()) {
					this.glyphs.add(position);
					this.run.add(this.runs);
				}
			}
		}

		List<String> problems(int page, float width, float height) {
			List<String> problems = new ArrayList<>();
			for (int i = 0; i < this.glyphs.size(); i++) {
				TextPosition a = this.glyphs.get(i);
				if (a.getXDirAdj() < 0 || a.getXDirAdj() + a.getWidthDirAdj() > width
						|| a.getYDirAdj() - a.getHeightDir() < 0 || a.getYDirAdj() > height) {
					problems.add("page " + page + ": '" + a.getUnicode() + "' falls off the page");
				}
				for (int j = i + 1; j < this.glyphs.size(); j++) {
					TextPosition b = this.glyphs.get(j);
					if (!this.run.get(i).equals(this.run.get(j)) && overlap(a, b)) {
						problems.add("page " + page + ": '" + a.getUnicode() + "' and '" + b.getUnicode()
								+ "' overlap at " + Math.round(a.getXDirAdj()) + "," + Math.round(a.getYDirAdj()));
					}
				}
			}
			return problems;
		}

		private static boolean overlap(TextPosition a, TextPosition b) {
			float x = Math.min(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj())
					- Math.max(a.getXDirAdj(), b.getXDirAdj());
			float y = Math.min(a.getYDirAdj(), b.getYDirAdj())
					- Math.max(a.getYDirAdj() - a.getHeightDir(), b.getYDirAdj() - b.getHeightDir());
			return x > 0.5f && y > 0.5f;
		}

	}

}
