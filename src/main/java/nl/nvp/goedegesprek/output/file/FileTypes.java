package nl.nvp.goedegesprek.output.file;

import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;

import org.springframework.stereotype.Component;

/**
 * Which files an output may hold: PDF and common audio (MP3, M4A/AAC, Ogg, WAV), told by
 * their bytes (Apache Tika's magic numbers), never by the name or the type the browser
 * claims: a ".pdf" that is really a web page is refused (decision 42).
 */
@Component
public class FileTypes {

	/** The types allowed, each with the extension of its download name. */
	private static final Map<String, String> ALLOWED = Map.ofEntries(Map.entry("application/pdf", "pdf"),
			Map.entry("audio/mpeg", "mp3"), Map.entry("audio/mp4", "m4a"), Map.entry("audio/x-m4a", "m4a"),
			Map.entry("audio/ogg", "ogg"), Map.entry("audio/vorbis", "ogg"), Map.entry("audio/opus", "opus"),
			Map.entry("audio/vnd.wave", "wav"), Map.entry("audio/wav", "wav"), Map.entry("audio/x-wav", "wav"));

	private final Tika tika = new Tika();

	/**
	 * The file's type, if it is one an output may hold.
	 * @param content the bytes
	 * @return the media type, e.g. {@code application/pdf}
	 */
	public Optional<String> allowedType(byte[] content) {
		String detected = this.tika.detect(content);
		return ALLOWED.containsKey(detected) ? Optional.of(detected) : Optional.empty();
	}

	/** The extension of a download of this type ({@code pdf}, {@code mp3}, ...). */
	public static String extension(String type) {
		return ALLOWED.getOrDefault(type, "bin");
	}

	public static boolean isAudio(String type) {
		return type.startsWith("audio/");
	}

}
