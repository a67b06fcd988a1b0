package nl.nvp.goedegesprek.meeting.tables;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;

/**
 * How to seat the participants: how many tables, how many people at most, the hosts, and
 * whether children get a table of their own.
 */
class TablePlanForm {

	@NotNull
	@Min(1)
	@Max(100)
	private Integer tables = 4;

	@NotNull
	@Min(2)
	@Max(30)
	private Integer maxSize = 8;

	/** One host (gespreksbegeleider) per line, for tables 1, 2, 3… */
	@Size(max = 3000)
	@PlainText
	private String hosts;

	private boolean childTable;

	List<String> hostNames() {
		if (this.hosts == null) {
			return List.of();
		}
		return Arrays.stream(this.hosts.split("\\R"))
			.map(String::trim)
			.map((name) -> name.length() > 100 ? name.substring(0, 100) : name)
			.toList();
	}

	public Integer getTables() {
		return this.tables;
	}

	public void setTables(Integer tables) {
		this.tables = tables;
	}

	public Integer getMaxSize() {
		return this.maxSize;
	}

	public void setMaxSize(Integer maxSize) {
		this.maxSize = maxSize;
	}

	public String getHosts() {
		return this.hosts;
	}

	public void setHosts(String hosts) {
		this.hosts = hosts;
	}

	public boolean isChildTable() {
		return this.childTable;
	}

	public void setChildTable(boolean childTable) {
		this.childTable = childTable;
	}

}
