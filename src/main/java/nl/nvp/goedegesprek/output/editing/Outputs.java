package nl.nvp.goedegesprek.output.editing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.output.file.FileTypes;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.shared.RuleException;
import nl.nvp.goedegesprek.shared.TransactionLocks;
import nl.nvp.goedegesprek.trajectory.Trajectories;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A trajectory's outputs: whoever sees the trajectory sees them, drafts included; the
 * coordinators who run it make, change, publish, withdraw and delete them, also after the
 * trajectory closed (a report often comes later).
 */
@Service
@Transactional(readOnly = true)
public class Outputs {

	private final OutputRepository outputs;

	private final OutputFileRepository files;

	private final Trajectories trajectories;

	private final FileTypes fileTypes;

	private final TransactionLocks locks;

	private final Clock clock;

	Outputs(OutputRepository outputs, OutputFileRepository files, Trajectories trajectories, FileTypes fileTypes,
			TransactionLocks locks, Clock clock) {
		this.outputs = outputs;
		this.files = files;
		this.trajectories = trajectories;
		this.fileTypes = fileTypes;
		this.locks = locks;
		this.clock = clock;
	}

	/** A file that passed the checks. */
	record Upload(String type, byte[] content) {
	}

	record Overview(TrajectoryRef trajectory, List<Output> outputs, boolean anyPublished) {
	}

	Overview overview(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = visible(trajectoryId, user);
		List<Output> list = this.outputs.findByTrajectory(trajectoryId);
		return new Overview(trajectory, list, list.stream().anyMatch(Output::isPublished));
	}

	/** The trajectory, if this person may see it (else not found). */
	public TrajectoryRef visible(long trajectoryId, AccountPrincipal user) {
		return this.trajectories.find(trajectoryId, user).orElseThrow(NotFoundException::new);
	}

	TrajectoryRef manageable(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = visible(trajectoryId, user);
		if (!trajectory.manageable()) {
			throw new AccessDeniedException("Only the trajectory's coordinators change its outputs");
		}
		return trajectory;
	}

	/** An output of a trajectory this person may see, draft or published. */
	public Output output(long trajectoryId, long outputId, AccountPrincipal user) {
		visible(trajectoryId, user);
		return this.outputs.findInTrajectory(trajectoryId, outputId).orElseThrow(NotFoundException::new);
	}

	Output editable(long trajectoryId, long outputId, AccountPrincipal user) {
		manageable(trajectoryId, user);
		return this.outputs.findInTrajectory(trajectoryId, outputId).orElseThrow(NotFoundException::new);
	}

	/**
	 * The rules beyond the form's own: a link (http or https, with a host) or a file,
	 * never both, and never neither (unless the output keeps the file it has); a file
	 * must be PDF or audio by its bytes.
	 * @param form the form
	 * @param keepsFile whether the output already has a file it keeps without a new one
	 * @param errors where the errors go
	 * @return the file chosen, when there is one and it passed
	 */
	Optional<Upload> check(OutputForm form, boolean keepsFile, Errors errors) {
		if (form.getDate() != null && (form.getDate().getYear() < 1990 || form.getDate().getYear() > 2100)) {
			errors.rejectValue("date", "OutputForm.date.range");
		}
		boolean hasLink = form.getLink() != null && !form.getLink().isBlank();
		if (hasLink && form.hasFile()) {
			errors.rejectValue("link", "OutputForm.link.both");
			return Optional.empty();
		}
		if (!hasLink && !form.hasFile() && !keepsFile) {
			errors.rejectValue("link", "OutputForm.link.missing");
			return Optional.empty();
		}
		if (hasLink && !errors.hasFieldErrors("link")) {
			normalisedLink(form.getLink()).ifPresentOrElse(form::setLink,
					() -> errors.rejectValue("link", "OutputForm.link.scheme"));
		}
		if (!form.hasFile()) {
			return Optional.empty();
		}
		byte[] content;
		try {
			content = form.getFile().getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Optional<String> type = this.fileTypes.allowedType(content);
		if (type.isEmpty()) {
			errors.rejectValue("file", "OutputForm.file.type");
			return Optional.empty();
		}
		return Optional.of(new Upload(type.get(), content));
	}

	/**
	 * The link with its scheme in lower case, if it is an absolute http or https address
	 * with a host; {@code javascript:}, {@code data:} and the like are refused.
	 */
	static Optional<String> normalisedLink(String link) {
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme();
			if (scheme == null || uri.getHost() == null || uri.getHost().isBlank()) {
				return Optional.empty();
			}
			String lower = scheme.toLowerCase(Locale.ROOT);
			if (!lower.equals("http") && !lower.equals("https")) {
				return Optional.empty();
			}
			return Optional.of(lower + link.substring(scheme.length()));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Makes a draft; refused ({@code OutputForm.title.exists}) when the trajectory has an
	 * output with this title: the same form sent from two tabs makes one (decision 28).
	 */
	@Transactional
	long create(long trajectoryId, OutputForm form, Optional<Upload> upload, AccountPrincipal user) {
		manageable(trajectoryId, user);
		this.locks.lock("output-title", trajectoryId);
		if (this.outputs.existsWithTitle(trajectoryId, form.getTitle())) {
			throw new RuleException("OutputForm.title.exists");
		}
		Output output = new Output(trajectoryId);
		describe(output, form, upload);
		long id = this.outputs.saveAndFlush(output).getId();
		upload.ifPresent((file) -> this.files.save(new OutputFile(id, file.content())));
		return id;
	}

	@Transactional
	void update(long trajectoryId, long outputId, OutputForm form, Optional<Upload> upload, AccountPrincipal user) {
		Output output = editable(trajectoryId, outputId, user);
		if (output.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Output.class, outputId);
		}
		this.locks.lock("output-title", trajectoryId);
		if (!output.getTitle().equalsIgnoreCase(form.getTitle())
				&& this.outputs.existsWithTitle(trajectoryId, form.getTitle())) {
			throw new RuleException("OutputForm.title.exists");
		}
		boolean hadFile = output.hasFile();
		describe(output, form, upload);
		this.outputs.flush();
		if (upload.isPresent()) {
			this.files.findById(outputId)
				.ifPresentOrElse((file) -> file.replace(upload.get().content()),
						() -> this.files.save(new OutputFile(outputId, upload.get().content())));
		}
		else if (hadFile && !output.hasFile()) {
			this.files.deleteById(outputId);
		}
	}

	private static void describe(Output output, OutputForm form, Optional<Upload> upload) {
		output.describe(form.getKind(), form.getTitle(), form.getSummary(), form.getDate());
		if (upload.isPresent()) {
			output.holdFile(upload.get().type(), upload.get().content().length);
		}
		else if (form.getLink() != null && !form.getLink().isBlank()) {
			output.linkTo(form.getLink());
		}
	}

	@Transactional
	void publish(long trajectoryId, long outputId, long version, AccountPrincipal user) {
		current(trajectoryId, outputId, version, user).publish(this.clock.instant());
	}

	@Transactional
	void unpublish(long trajectoryId, long outputId, long version, AccountPrincipal user) {
		current(trajectoryId, outputId, version, user).unpublish();
	}

	@Transactional
	void delete(long trajectoryId, long outputId, long version, AccountPrincipal user) {
		Output output = current(trajectoryId, outputId, version, user);
		if (output.hasFile()) {
			this.files.deleteById(outputId);
		}
		this.outputs.delete(output);
	}

	private Output current(long trajectoryId, long outputId, long version, AccountPrincipal user) {
		Output output = editable(trajectoryId, outputId, user);
		if (output.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Output.class, outputId);
		}
		return output;
	}

}
