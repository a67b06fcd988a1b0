package nl.nvp.goedegesprek.output.publication;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's texts without the characters XML 1.0 forbids (section 2.2), including those
 * PostgreSQL cannot store (U+0000, lone surrogates), so a feed always parses.
 */
class OutputFeedTextTest {

	@Test
	void forbiddenCharactersAreDroppedAndTheRestKept() {
		assertThat(OutputFeed.xmlText(null)).isEmpty();
		assertThat(OutputFeed.xmlText("Gewoon <&> é \t\n\r \uD83D\uDE00"))
			.isEqualTo("Gewoon <&> é \t\n\r \uD83D\uDE00");
		StringBuilder forbidden = new StringBuilder();
		for (char c = 0; c < 0x20; c++) {
			if (c != '\t' && c != '\n' && c != '\r') {
				forbidden.append(c);
			}
		}
		// Low before high: two lone halves, not a pair.
		forbidden.append("\uFFFE\uFFFF\uDFFF\uD800");
		assertThat(OutputFeed.xmlText(forbidden.toString())).isEmpty();
		assertThat(OutputFeed.xmlText("a\u0000b\uD800c\uDC00d\uFFFEe\u000Bf")).isEqualTo("abcdef");
		// A pair in the wrong order is two lone halves.
		assertThat(OutputFeed.xmlText("x\uDE00\uD83Dy")).isEqualTo("xy");
		assertThat(OutputFeed.xmlText("\u007F\u0085\uE000\uFFFD")).isEqualTo("\u007F\u0085\uE000\uFFFD");
	}

	/** Written as the feed writes text, the result parses; unfiltered it does not. */
	@Test
	void theFilteredTextParses() throws Exception {
		String text = "Titel\u0000\u0001\u001F\uD800\uFFFF klaar";
		assertThat(parses(OutputFeed.xmlText(text))).isTrue();
		assertThat(parses(text)).as("the same text unfiltered").isFalse();
	}

	/** Whether the text, written as the feed writes it, gives a document that parses. */
	private static boolean parses(String text) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("title");
			xml.writeCharacters(text);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray()));
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
