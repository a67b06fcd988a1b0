package nl.nvp.goedegesprek.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public address of the application ({@code goedegesprek.base-url}), used in every
 * link that is passed on: one-time links, personal links in mails, survey links.
 *
 * @param baseUrl the address as configured, with or without a trailing slash
 */
@ConfigurationProperties("goedegesprek")
public record PublicUrls(String baseUrl) {

	public PublicUrls {
		baseUrl = (baseUrl == null) ? "" : baseUrl.strip();
		while (baseUrl.endsWith("/")) {
			baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
		}
	}

	/**
	 * The absolute address of a path of this application.
	 * @param path starting with a slash, e.g. {@code /aanmelding/abc}
	 * @return the base URL followed by the path
	 */
	public String of(String path) {
		return this.baseUrl + path;
	}

}
