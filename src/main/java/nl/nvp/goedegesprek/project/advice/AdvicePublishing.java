package nl.nvp.goedegesprek.project.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.output.GeneratedOutputs;
import nl.nvp.goedegesprek.shared.PdfDocuments;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.ProjectTrajectories;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a project's advice as one output (kind ADVICE) of its trajectory: a PDF with
 * per theme the advice and on how many dialogues it rests, never names or places. The
 * project remembers its output, so publishing again (a double click, a second tab, a
 * changed advice) replaces that output's file instead of making another.
 */
@Service
@Transactional(readOnly = true)
class AdvicePublishing {

	private static final int SUMMARY_MAX = 2000;

	private final ProjectAdvices advices;

	private final GeneratedOutputs outputs;

	private final PdfDocuments pdf;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionLocks locks;

	private final Clock clock;

	AdvicePublishing(ProjectAdvices advices, GeneratedOutputs outputs, PdfDocuments pdf, MessageSource messages,
			JdbcClient jdbc, TransactionLocks locks, Clock clock) {
		this.advices = advices;
		this.outputs = outputs;
		this.pdf = pdf;
		this.messages = messages;
		this.jdbc = jdbc;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * The output the project's advice was published as, if any, and whether it is public
	 * now.
	 */
	State state(long projectId) {
		return outputOf(projectId).map((outputId) -> new State(outputId, this.outputs.isPublished(projectId, outputId)))
			.orElse(null);
	}

	/**
	 * The language of the published document: the public output list and feed are Dutch,
	 * whatever language the coordinator who publishes reads the screens in.
	 */
	private static final Locale PUBLIC = Locale.forLanguageTag("nl");

	/**
	 * Publishes the project's advice (all of it, as it is now) as one output, in Dutch.
	 * @throws RuleException ({@code advice.publish.none}) when there is no advice yet
	 */
	@Transactional
	long publish(long projectId, AccountPrincipal user) {
		Locale locale = PUBLIC;
		ProjectTrajectories.Project project = this.advices.runBy(projectId, user);
		this.locks.lock("project-advice-publication", projectId);
		List<ProjectAdvices.Row> rows = this.advices.rows(projectId);
		if (rows.isEmpty()) {
			throw new RuleException("advice.publish.none");
		}
		String title = this.messages.getMessage("advice.document.title", new Object[] { project.title() }, locale);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Amsterdam")));
		byte[] document = this.pdf.render("project/pdf/advice",
				Map.of("title", title, "project", project, "rows", rows, "date", today), locale);
		String summary = summary(rows, locale);
		Optional<Long> before = outputOf(projectId);
		long outputId = this.outputs.publishAdvice(projectId, before.orElse(null), new GeneratedOutputs.Document(
				title.length() > 200 ? title.substring(0, 200) : title, summary, today, document));
		this.jdbc.sql("""
				insert into project_advice_publication (trajectory_id, output_id) values (?, ?)
				on conflict (trajectory_id) do update set output_id = excluded.output_id""")
			.params(projectId, outputId)
			.update();
		return outputId;
	}

	/**
	 * Withdraws the published advice (the output stays, as a draft); also after the
	 * project closed, as publishing.
	 */
	@Transactional
	void withdraw(long projectId, AccountPrincipal user) {
		this.advices.runBy(projectId, user);
		this.locks.lock("project-advice-publication", projectId);
		outputOf(projectId).ifPresent((outputId) -> this.outputs.withdraw(projectId, outputId));
	}

	private Optional<Long> outputOf(long projectId) {
		return this.jdbc.sql("select output_id from project_advice_publication where trajectory_id = ?")
			.param(projectId)
			.query(Long.class)
			.optional();
	}

	private String summary(List<ProjectAdvices.Row> rows, Locale locale) {
		StringBuilder summary = new StringBuilder(
				this.messages.getMessage("advice.document.summary", new Object[] { rows.size() }, locale));
		for (ProjectAdvices.Row row : rows) {
			String line = "\n" + row.theme() + ": " + row.title();
			if (summary.length() + line.length() > SUMMARY_MAX) {
				break;
			}
			summary.append(line);
		}
		return summary.toString();
	}

	/**
	 * The output of the project's advice.
	 *
	 * @param outputId its id
	 * @param published whether it is public now
	 */
	record State(long outputId, boolean published) {
	}

}
