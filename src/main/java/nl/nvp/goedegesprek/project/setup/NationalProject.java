package nl.nvp.goedegesprek.project.setup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.Audited;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * What a national project needs beyond its trajectory (same id): when it runs, the roles
 * that make up each dialogue, and how many dialogues it aims for.
 */
@Entity
class NationalProject extends Audited {

	/**
	 * The four roles of "Samenwerken binnen pleegzorg", which a new project starts with.
	 */
	static final Set<ParticipantRole> DEFAULT_ROLES = EnumSet.of(ParticipantRole.FOSTER_PARENT, ParticipantRole.PARENT,
			ParticipantRole.FOSTER_CARE_WORKER, ParticipantRole.CHILD_PROTECTION_WORKER);

	@Id
	private Long trajectoryId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private int targetDialogues;

	@ElementCollection
	@CollectionTable(name = "national_project_role", joinColumns = @JoinColumn(name = "trajectory_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	@Fetch(FetchMode.SUBSELECT)
	private Set<ParticipantRole> roles = EnumSet.noneOf(ParticipantRole.class);

	/** Null until saved: a new row, although its id is the trajectory's. */
	@Version
	private Long version;

	protected NationalProject() {
	}

	NationalProject(long trajectoryId) {
		this.trajectoryId = trajectoryId;
	}

	void settle(LocalDate startsOn, LocalDate endsOn, int targetDialogues, Set<ParticipantRole> roles) {
		if (endsOn.isBefore(startsOn) || targetDialogues < 1 || roles.isEmpty()) {
			throw new IllegalArgumentException("A project runs forwards, aims for a dialogue and has roles");
		}
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.targetDialogues = targetDialogues;
		this.roles.retainAll(roles);
		this.roles.addAll(roles);
	}

	long getTrajectoryId() {
		return this.trajectoryId;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

	int getTargetDialogues() {
		return this.targetDialogues;
	}

	/** The roles in the order of {@link ParticipantRole}. */
	Set<ParticipantRole> getRoles() {
		return (this.roles.isEmpty()) ? EnumSet.noneOf(ParticipantRole.class) : EnumSet.copyOf(this.roles);
	}

}
