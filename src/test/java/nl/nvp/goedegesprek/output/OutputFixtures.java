package nl.nvp.goedegesprek.output;

import java.nio.charset.StandardCharsets;

import nl.nvp.goedegesprek.output.editing.OutputKind;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outputs for tests, written straight into their tables, and small files of each kind.
 */
@TestComponent
public class OutputFixtures {

	/** A minimal PDF: Tika knows it by "%PDF-". */
	public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	/** The start of an MP3 with an ID3 tag and one MPEG frame header. */
	public static final byte[] MP3 = mp3();

	/** A web page, whatever name it is sent with. */
	public static final byte[] HTML = "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
		.getBytes(StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;

	OutputFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An output with a link, published or a draft. */
	public long link(long trajectoryId, OutputKind kind, String title, boolean published) {
		return this.jdbc.sql("""
				insert into output (trajectory_id, kind, title, summary, output_date, link, published_at, created_at,
				changed_at) values (?, ?, ?, 'Samenvatting', date '2026-11-01', 'https://www.nvp-plein.nl/',
				case when ? then now() end, now(), now()) returning id""")
			.params(trajectoryId, kind.name(), title, published)
			.query(Long.class)
			.single();
	}

	/** An output with a file, published or a draft. */
	public long file(long trajectoryId, OutputKind kind, String title, byte[] content, String type, boolean published) {
		long id = this.jdbc.sql("""
				insert into output (trajectory_id, kind, title, summary, output_date, file_type, file_size,
				file_storage, published_at, created_at, changed_at) values (?, ?, ?, 'Samenvatting', date '2026-11-02',
				?, ?, 'DATABASE', case when ? then now() end, now(), now()) returning id""")
			.params(trajectoryId, kind.name(), title, type, content.length, published)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into output_file (output_id, content) values (?, ?)").params(id, content).update();
		return id;
	}

	public long version(long outputId) {
		return this.jdbc.sql("select version from output where id = ?").param(outputId).query(Long.class).single();
	}

	public long count(long trajectoryId) {
		return this.jdbc.sql("select count(*) from output where trajectory_id = ?")
			.param(trajectoryId)
			.query(Long.class)
			.single();
	}

	private static byte[] mp3() {
		byte[] bytes = new byte[2048];
		byte[] id3 = { 'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0 };
		System.arraycopy(id3, 0, bytes, 0, id3.length);
		bytes[10] = (byte) 0xFF;
		bytes[11] = (byte) 0xFB;
		bytes[12] = (byte) 0x90;
		bytes[13] = (byte) 0x64;
		return bytes;
	}

}
