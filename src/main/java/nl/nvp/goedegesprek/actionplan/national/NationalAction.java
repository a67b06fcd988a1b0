package nl.nvp.goedegesprek.actionplan.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.shared.Audited;

/**
 * An action the NVP carries out nationally, bringing together similar actions of several
 * regions (like the startwijzer); the regions see its progress.
 */
@Entity
public class NationalAction extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.AGREED;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "national_action_id", nullable = false)
	@OrderBy("reportedOn desc, id desc")
	private List<NationalProgress> progress = new ArrayList<>();

	@Version
	private long version;

	protected NationalAction() {
	}

	NationalAction(String title, String description) {
		this.title = title;
		this.description = description;
	}

	/**
	 * Adds progress and where the action stands; the same report twice (a double submit)
	 * is added once.
	 */
	void report(LocalDate on, String text, ActionStatus status) {
		boolean known = this.progress.stream()
			.anyMatch((p) -> p.getReportedOn().equals(on) && Objects.equals(p.getText(), text));
		if (known && this.status == status) {
			return;
		}
		this.progress.add(0, new NationalProgress(on, text));
		this.status = status;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public List<NationalProgress> getProgress() {
		return this.progress;
	}

}
