package nl.nvp.goedegesprek.output.editing;

import java.time.Clock;

import nl.nvp.goedegesprek.output.GeneratedOutputs;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outputs made by another module as a generated PDF ({@link GeneratedOutputs}): stored
 * and published as an uploaded PDF would be.
 */
@Service
class GeneratedOutputService implements GeneratedOutputs {

	private static final String PDF = "application/pdf";

	private final OutputRepository outputs;

	private final OutputFileRepository files;

	private final TransactionLocks locks;

	private final Clock clock;

	GeneratedOutputService(OutputRepository outputs, OutputFileRepository files, TransactionLocks locks, Clock clock) {
		this.outputs = outputs;
		this.files = files;
		this.locks = locks;
		this.clock = clock;
	}

	@Override
	@Transactional
	public long publishAdvice(long trajectoryId, Long outputId, Document document) {
		Output output = (outputId != null) ? this.outputs.findInTrajectory(trajectoryId, outputId).orElse(null) : null;
		if (output == null) {
			this.locks.lock("output-title", trajectoryId);
			if (this.outputs.existsWithTitle(trajectoryId, document.title())) {
				throw new RuleException("OutputForm.title.exists");
			}
			output = new Output(trajectoryId);
		}
		else if (!output.getTitle().equalsIgnoreCase(document.title())) {
			this.locks.lock("output-title", trajectoryId);
			if (this.outputs.existsWithTitle(trajectoryId, document.title())) {
				throw new RuleException("OutputForm.title.exists");
			}
		}
		output.describe(OutputKind.ADVICE, document.title(), document.summary(), document.date());
		output.holdFile(PDF, document.pdf().length);
		output.publish(this.clock.instant());
		long id = this.outputs.saveAndFlush(output).getId();
		this.files.findById(id)
			.ifPresentOrElse((file) -> file.replace(document.pdf()),
					() -> this.files.save(new OutputFile(id, document.pdf())));
		return id;
	}

	@Override
	@Transactional
	public void withdraw(long trajectoryId, long outputId) {
		this.outputs.findInTrajectory(trajectoryId, outputId).ifPresent(Output::unpublish);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isPublished(long trajectoryId, long outputId) {
		return this.outputs.findInTrajectory(trajectoryId, outputId).map(Output::isPublished).orElse(false);
	}

}
