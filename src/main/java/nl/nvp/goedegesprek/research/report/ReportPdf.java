package nl.nvp.goedegesprek.research.report;

import java.util.Locale;
import java.util.Map;

import nl.nvp.goedegesprek.shared.PdfDocuments;

import org.springframework.stereotype.Component;

/**
 * The research report as a PDF: the same figures, results, charts and findings as the
 * page ({@code templates/research/pdf/report.xhtml}).
 */
@Component
class ReportPdf {

	private final PdfDocuments pdf;

	ReportPdf(PdfDocuments pdf) {
		this.pdf = pdf;
	}

	byte[] render(ResearchReports.Report report, Locale locale) {
		return this.pdf.render("research/pdf/report", Map.of("report", report), locale);
	}

}
