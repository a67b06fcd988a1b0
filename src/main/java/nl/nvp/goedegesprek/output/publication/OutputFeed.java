package nl.nvp.goedegesprek.output.publication;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.nvp.goedegesprek.shared.PublicUrls;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The newest published outputs as an Atom feed (RFC 4287), for the NVP's website and for
 * podcast apps: a file is an enclosure with its type and length. Written with the JDK's
 * StAX writer, which escapes what it writes (decision 42); characters XML 1.0 does not
 * allow are dropped first ({@link #xmlText}). One feed, in Dutch.
 */
@Controller
class OutputFeed {

	static final int ENTRIES = 50;

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final PublicOutputs outputs;

	private final PublicUrls urls;

	private final MessageSource messages;

	OutputFeed(PublicOutputs outputs, PublicUrls urls, MessageSource messages) {
		this.outputs = outputs;
		this.urls = urls;
		this.messages = messages;
	}

	@GetMapping("/opbrengsten/feed.atom")
	ResponseEntity<byte[]> feed() throws XMLStreamException {
		List<PublicOutputs.Item> items = this.outputs.newest(ENTRIES);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM_NS);
		xml.writeAttribute("xml:lang", "nl");
		element(xml, "id", this.urls.of("/opbrengsten"));
		element(xml, "title", message("output.feed.title"));
		element(xml, "subtitle", message("output.feed.subtitle"));
		element(xml, "updated",
				time(items.stream()
					.map((item) -> latest(item.changedAt(), item.publishedAt()))
					.max(Instant::compareTo)
					.orElse(Instant.EPOCH)));
		link(xml, "self", this.urls.of("/opbrengsten/feed.atom"), "application/atom+xml", null);
		link(xml, "alternate", this.urls.of("/opbrengsten"), "text/html", null);
		xml.writeStartElement("author");
		element(xml, "name", message("output.feed.author"));
		xml.writeEndElement();
		for (PublicOutputs.Item item : items) {
			entry(xml, item);
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(ATOM)
			.header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
			.body(bytes.toByteArray());
	}

	private void entry(XMLStreamWriter xml, PublicOutputs.Item item) throws XMLStreamException {
		String page = this.urls.of("/opbrengsten/trajecten/" + item.trajectoryId());
		xml.writeStartElement("entry");
		element(xml, "id", page + "#opbrengst-" + item.id());
		element(xml, "title", item.title());
		element(xml, "updated", time(latest(item.changedAt(), item.publishedAt())));
		element(xml, "published", time(item.publishedAt()));
		element(xml, "summary", item.summary());
		xml.writeStartElement("category");
		xml.writeAttribute("term", item.kind().name());
		xml.writeAttribute("label", xmlText(message("OutputKind." + item.kind().name())));
		xml.writeEndElement();
		if (item.link() != null) {
			link(xml, "alternate", item.link(), null, null);
		}
		else {
			link(xml, "alternate", page, "text/html", null);
			link(xml, "enclosure", this.urls.of("/opbrengsten/" + item.id() + "/bestand"), item.fileType(),
					item.fileSize());
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	/**
	 * The text without the characters XML 1.0 does not allow (section 2.2: control
	 * characters but tab, line feed and carriage return; U+FFFE, U+FFFF; a surrogate that
	 * is not half of a pair): the StAX writer escapes markup but writes such characters
	 * as they are, and one of them would make the whole feed unreadable. They are
	 * dropped; null is empty.
	 */
	static String xmlText(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder allowed = null;
		int i = 0;
		while (i < text.length()) {
			int point = text.codePointAt(i);
			int length = Character.charCount(point);
			boolean ok = point == 0x9 || point == 0xA || point == 0xD || (point >= 0x20 && point <= 0xD7FF)
					|| (point >= 0xE000 && point <= 0xFFFD) || (point >= 0x10000 && point <= 0x10FFFF);
			if (!ok && allowed == null) {
				allowed = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (ok && allowed != null) {
				allowed.append(text, i, i + length);
			}
			i += length;
		}
		return (allowed != null) ? allowed.toString() : text;
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type, Long length)
			throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", xmlText(href));
		if (type != null) {
			xml.writeAttribute("type", xmlText(type));
		}
		if (length != null) {
			xml.writeAttribute("length", length.toString());
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, DUTCH);
	}

	private static Instant latest(Instant changed, Instant published) {
		if (changed == null) {
			return published;
		}
		return (published == null || changed.isAfter(published)) ? changed : published;
	}

	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

}
