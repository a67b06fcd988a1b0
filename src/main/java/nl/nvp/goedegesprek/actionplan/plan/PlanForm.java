package nl.nvp.goedegesprek.actionplan.plan;

import jakarta.validation.constraints.Size;
import nl.nvp.goedegesprek.shared.PlainText;

/**
 * The plan's introduction and whether its adopted version is a public page.
 */
public class PlanForm {

	@Size(max = 8000)
	@PlainText
	private String introduction;

	private boolean publicPage;

	private long version;

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public boolean isPublicPage() {
		return this.publicPage;
	}

	public void setPublicPage(boolean publicPage) {
		this.publicPage = publicPage;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
