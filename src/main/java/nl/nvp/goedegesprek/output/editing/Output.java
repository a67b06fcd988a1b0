package nl.nvp.goedegesprek.output.editing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * An output of a trajectory: what it is, a summary, its date, and a link or a file (the
 * file's bytes are an {@link OutputFile} of their own). A draft until published; only
 * published outputs are shown to the public.
 */
@Entity
public class Output extends Audited {

	/** Where a file's bytes are kept (column file_storage). */
	public static final String STORED_IN_DATABASE = "DATABASE";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The trajectory it belongs to (a national project will be the other owner). */
	private Long trajectoryId;

	@Enumerated(EnumType.STRING)
	private OutputKind kind;

	private String title;

	private String summary;

	private LocalDate outputDate;

	private String link;

	private String fileType;

	private Long fileSize;

	private String fileStorage;

	private Instant publishedAt;

	@Version
	private long version;

	protected Output() {
	}

	Output(long trajectoryId) {
		this.trajectoryId = trajectoryId;
	}

	void describe(OutputKind kind, String title, String summary, LocalDate date) {
		this.kind = kind;
		this.title = title;
		this.summary = summary;
		this.outputDate = date;
	}

	/** Points to a page elsewhere; a file it had is dropped. */
	void linkTo(String link) {
		this.link = link;
		this.fileType = null;
		this.fileSize = null;
		this.fileStorage = null;
	}

	/** Holds a file (its bytes are stored apart); a link it had is dropped. */
	void holdFile(String type, long size) {
		this.link = null;
		this.fileType = type;
		this.fileSize = size;
		this.fileStorage = STORED_IN_DATABASE;
	}

	void publish(Instant now) {
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
	}

	void unpublish() {
		this.publishedAt = null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getTrajectoryId() {
		return this.trajectoryId;
	}

	public OutputKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public LocalDate getOutputDate() {
		return this.outputDate;
	}

	public String getLink() {
		return this.link;
	}

	public String getFileType() {
		return this.fileType;
	}

	public Long getFileSize() {
		return this.fileSize;
	}

	public String getFileStorage() {
		return this.fileStorage;
	}

	public boolean hasFile() {
		return this.fileType != null;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public boolean isPublished() {
		return this.publishedAt != null;
	}

	public long getVersion() {
		return this.version;
	}

}
