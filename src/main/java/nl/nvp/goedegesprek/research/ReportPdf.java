package nl.nvp.goedegesprek.research;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

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
 * The research report as a PDF (openhtmltopdf): an XHTML template rendered by Thymeleaf
 * with the same messages and charts as the page, then laid out on A4. SVG charts are
 * drawn by Batik, with scripts and external resources switched off.
 */
@Component
class ReportPdf {

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(ResearchReports.Report report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		String xhtml = this.templates.process("research/pdf/report", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
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

	@Configuration(proxyBeanMethods = false)
	static class PdfTemplateConfiguration {

		/** XHTML templates for PDFs (templates/research/pdf/*.xhtml), well-formed XML. */
		@Bean
		ClassLoaderTemplateResolver researchPdfTemplateResolver() {
			ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
			resolver.setPrefix("templates/");
			resolver.setSuffix(".xhtml");
			resolver.setTemplateMode(TemplateMode.XML);
			resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
			resolver.setResolvablePatterns(Set.of("research/pdf/*"));
			resolver.setOrder(2);
			resolver.setCheckExistence(true);
			return resolver;
		}

	}

}
