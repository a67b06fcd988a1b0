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

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An output's file: for the public once the output is published, for whoever sees the
 * trajectory also as a draft. Served with its type as detected at upload, its length, a
 * download name from the title (RFC 6266 {@code filename*}), no sniffing and a sandbox as
 * content security policy, so that a file can never act as a page of this site; audio
 * inline (to play it), PDF as attachment. Range requests are answered (podcast apps
 * seek), by Spring's support for resources.
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

	@GetMapping("/opbrengsten/{outputId}/bestand")
	@Transactional(readOnly = true)
	ResponseEntity<Resource> published(@PathVariable long outputId, HttpServletResponse response) {
		Output output = this.outputs.findPublished(outputId)
			.filter(Output::hasFile)
			.orElseThrow(NotFoundException::new);
		// Caches ask again each time: an output can be withdrawn.
		return serve(output, "public, no-cache", response);
	}

	@GetMapping("/trajecten/{id}/opbrengsten/{outputId}/bestand")
	@Transactional(readOnly = true)
	ResponseEntity<Resource> internal(@PathVariable long id, @PathVariable long outputId,
			@AuthenticationPrincipal AccountPrincipal user, HttpServletResponse response) {
		Output output = this.access.output(id, outputId, user);
		if (!output.hasFile()) {
			throw new NotFoundException();
		}
		return serve(output, "no-store", response);
	}

	private ResponseEntity<Resource> serve(Output output, String cacheControl, HttpServletResponse response) {
		byte[] content = this.outputs.findContent(output.getId()).orElseThrow(NotFoundException::new);
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
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(new ByteArrayResource(content));
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
