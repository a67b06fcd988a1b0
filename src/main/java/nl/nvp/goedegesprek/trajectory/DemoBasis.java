package nl.nvp.goedegesprek.trajectory;

import java.util.Optional;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Accounts;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What every module's demo data builds on (decision 21): the demo's national coordinator,
 * who makes it, and the demo trajectories it belongs to (made by
 * {@link DemoTrajectories}): Rijk van Nijmegen's, West Brabant Oost's and the national
 * project "Samenwerken binnen pleegzorg". Each is empty when it is not there (the demo
 * accounts or trajectories not made), and the module's runner then makes nothing; whether
 * a module made its part already, its runner asks of its own tables.
 * <p>
 * It lives in the trajectory module because that is the lowest module that knows both the
 * accounts and the trajectories: every module with demo data may use it without a cycle,
 * except the account module, whose DemoAccounts makes the coordinator itself.
 */
@Component
@Profile("demo")
public class DemoBasis {

	/** The demo's national coordinator (made by the account module's DemoAccounts). */
	static final String NATIONAL_COORDINATOR = "landelijk@goedegesprek.example";

	/** Rijk van Nijmegen, following up its action plan. */
	static final String NIJMEGEN = "JZ32";

	/** West Brabant Oost, in its second dialogue meeting. */
	static final String BRABANT = "JZ34";

	/** The demo's national project (decision 45). */
	static final String PROJECT = "Samenwerken binnen pleegzorg";

	private final Accounts accounts;

	private final Trajectories trajectories;

	private final ProjectTrajectories projects;

	/**
	 * The national coordinator once found: the runners run one after another at start-up
	 * and each asks for it, and the account does not change meanwhile.
	 */
	private AccountPrincipal coordinator;

	DemoBasis(Accounts accounts, Trajectories trajectories, ProjectTrajectories projects) {
		this.accounts = accounts;
		this.trajectories = trajectories;
		this.projects = projects;
	}

	/**
	 * A demo trajectory that a module's demo data is made for.
	 *
	 * @param id the trajectory's id
	 * @param coordinator the demo's national coordinator, who makes the data
	 */
	public record Start(long id, AccountPrincipal coordinator) {
	}

	/** The demo's national coordinator, empty before the demo accounts are made. */
	public Optional<AccountPrincipal> coordinator() {
		if (this.coordinator == null) {
			this.coordinator = this.accounts.principalOf(NATIONAL_COORDINATOR).orElse(null);
		}
		return Optional.ofNullable(this.coordinator);
	}

	/** Rijk van Nijmegen's trajectory, following up its action plan. */
	public Optional<Start> nijmegen() {
		return firstInRegion(NIJMEGEN);
	}

	/** West Brabant Oost's trajectory, in its second dialogue meeting. */
	public Optional<Start> brabant() {
		return firstInRegion(BRABANT);
	}

	/** The national project "Samenwerken binnen pleegzorg". */
	public Optional<Start> project() {
		return coordinator().flatMap((coordinator) -> this.projects.visibleTo(coordinator)
			.stream()
			.filter((project) -> PROJECT.equals(project.title()))
			.findFirst()
			.map((project) -> new Start(project.id(), coordinator)));
	}

	/** The first trajectory in this region that the national coordinator sees. */
	private Optional<Start> firstInRegion(String regionCode) {
		return coordinator().flatMap((coordinator) -> this.trajectories.visibleTo(coordinator)
			.stream()
			.filter((trajectory) -> regionCode.equals(trajectory.regionCode()))
			.findFirst()
			.map((trajectory) -> new Start(trajectory.id(), coordinator)));
	}

}
