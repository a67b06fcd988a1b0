package nl.nvp.goedegesprek.output.file;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.output.editing.Output;
import nl.nvp.goedegesprek.output.editing.OutputRepository;
import nl.nvp.goedegesprek.output.editing.Outputs;
import nl.nvp.goedegesprek.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * An output's file: for the public once the output is published, for whoever sees the
 * trajectory also as a draft. Served with its type as detected at upload, its length, a
 * download name from the title (RFC 6266 {@code filename*}), no sniffing and a sandbox as
 * content security policy, so that a file can never act as a page of this site; audio
 * inline (to play it), PDF as attachment. A request for one range of bytes (podcast apps
 * seek) reads only that slice from the database, with the length taken from the stored
 * file size; HEAD reads no bytes at all.
 */
@Controller
class OutputFileController {

	/** Nothing runs, nothing loads, nothing is framed. */
	static final String FILE_POLICY = "default-src 'none'; media-src 'self'; sandbox";

	private final OutputRepository outputs;

	private final Outputs access;

	OutputFileController(OutputRepository outputs, Outputs access) {
		this.outputs = outputs;
		this.access = access;
	}

	/** GET and HEAD (a GET mapping answers both). */
	@GetMapping("/opbrengsten/{outputId}/bestand")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> published(@PathVariable long outputId, HttpMethod method,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
			@RequestHeader(name = HttpHeaders.IF_RANGE, required = false) String ifRange,
			HttpServletResponse response) {
		Output output = this.outputs.findPublished(outputId)
			.filter(Output::hasFile)
			.orElseThrow(NotFoundException::new);
		// Caches ask again each time: an output can be withdrawn.
		return serve(output, "public, no-cache", method, range, ifRange, response);
	}

	@GetMapping("/trajecten/{id}/opbrengsten/{outputId}/bestand")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> internal(@PathVariable long id, @PathVariable long outputId,
			@AuthenticationPrincipal AccountPrincipal user, HttpMethod method,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
			@RequestHeader(name = HttpHeaders.IF_RANGE, required = false) String ifRange,
			HttpServletResponse response) {
		Output output = this.access.output(id, outputId, user);
		if (!output.hasFile()) {
			throw new NotFoundException();
		}
		return serve(output, "no-store", method, range, ifRange, response);
	}

	/**
	 * The file, or the one range of it asked for (206), or 416 for a range beyond its
	 * end. With If-Range the whole file: there is no validator (ETag, Last-Modified) it
	 * could match, and RFC 9110 then asks for the whole. Not Spring's range support for
	 * resources: that needs the whole file in memory first.
	 */
	private ResponseEntity<byte[]> serve(Output output, String cacheControl, HttpMethod method, String rangeHeader,
			String ifRange, HttpServletResponse response) {
		long size = output.getFileSize();
		// Ranges are for GET only (RFC 9110, 14.2): HEAD describes the whole file.
		boolean head = HttpMethod.HEAD.equals(method);
		ByteRange range = (ifRange == null && !head) ? ByteRange.of(rangeHeader, size) : null;
		String type = output.getFileType();
		String name = downloadName(output.getTitle(), type);
		ContentDisposition disposition = (FileTypes.isAudio(type) ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(name, StandardCharsets.UTF_8)
			.build();
		// Replacing what the security headers set before the request was handled.
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader("Content-Security-Policy", FILE_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (range == ByteRange.UNSATISFIABLE) {
			return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
				.header(HttpHeaders.CONTENT_RANGE, "bytes */" + size)
				.build();
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity
			.status((range != null) ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK)
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
		if (range != null) {
			answer.header(HttpHeaders.CONTENT_RANGE, "bytes " + range.first() + "-" + range.last() + "/" + size)
				.contentLength(range.length());
		}
		else {
			answer.contentLength(size);
		}
		if (head) {
			return answer.build();
		}
		byte[] content = ((range != null) ? this.outputs.findContent(output.getId(), Math.toIntExact(range.first()),
				Math.toIntExact(range.length())) : this.outputs.findContent(output.getId()))
			.orElseThrow(NotFoundException::new);
		return answer.contentLength(content.length).body(content);
	}

	/**
	 * The name a download gets: its title, without characters that file systems refuse,
	 * with the extension of its type ("Onderzoek Rijk van Nijmegen.pdf").
	 */
	static String downloadName(String title, String type) {
		String name = Normalizer.normalize(title, Normalizer.Form.NFC)
			.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
			.replaceAll("\\s+", " ")
			.strip();
		if (name.length() > 120) {
			name = name.substring(0, 120).strip();
		}
		if (name.isEmpty() || name.startsWith(".")) {
			name = "opbrengst" + name;
		}
		return name + "." + FileTypes.extension(type).toLowerCase(Locale.ROOT);
	}

}
