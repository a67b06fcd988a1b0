package nl.nvp.goedegesprek.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files for spreadsheets (Apache Commons CSV): semicolons and a byte-order mark, so
 * that Dutch Excel opens them as they are, and values that a spreadsheet would run as a
 * formula made plain text.
 */
public final class SpreadsheetCsv {

	private SpreadsheetCsv() {
	}

	@FunctionalInterface
	public interface Rows {

		void print(CSVPrinter csv) throws IOException;

	}

	public static String write(Rows rows) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
			rows.print(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The value, made harmless if a spreadsheet would read it as a formula. */
	public static String plain(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

}
