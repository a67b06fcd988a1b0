package nl.nvp.goedegesprek.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * PDF documents (openhtmltopdf): an XHTML template
 * ({@code templates/<module>/pdf/*.xhtml}, Thymeleaf XML mode, with the application's
 * messages) laid out on A4. The PDF is tagged (PDF/UA) for screen readers and embeds
 * DejaVu Sans, so every character prints whatever fonts the server has; SVG charts are
 * drawn by Batik with scripts and external resources off.
 */
@Component
public class PdfDocuments {

	/**
	 * Characters XML 1.0 does not allow (noncharacters such as U+FFFF, unpaired
	 * surrogates): typed text may hold them, the XML parser refuses the whole document.
	 */
	private static final Pattern NOT_XML = Pattern
		.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		Context context = new Context(locale);
		context.setVariables(variables);
		String xhtml = NOT_XML.matcher(this.templates.process(template, context)).replaceAll("");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
			builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		// Under the generic names too: a tagged PDF has no built-in fonts to fall back
		// on.
		for (String family : new String[] { "DejaVu Sans", "sans-serif", "serif", "monospace" }) {
			builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/" + file), family, weight, style,
					true);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class PdfTemplateConfiguration {

		/** XHTML templates for PDFs, well-formed XML. */
		@Bean
		ClassLoaderTemplateResolver pdfTemplateResolver() {
			ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
			resolver.setPrefix("templates/");
			resolver.setSuffix(".xhtml");
			resolver.setTemplateMode(TemplateMode.XML);
			resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
			resolver.setResolvablePatterns(Set.of("*/pdf/*"));
			resolver.setOrder(2);
			resolver.setCheckExistence(true);
			return resolver;
		}

	}

}
