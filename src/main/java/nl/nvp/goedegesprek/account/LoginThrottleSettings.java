package nl.nvp.goedegesprek.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of login throttling ({@code goedegesprek.login-throttle.*}), see
 * {@link LoginThrottle} and decision 15.
 *
 * @param pair one account from one client address
 * @param address one client address, whatever account it tries
 * @param account one account from every browser without its device cookie
 * @param device one browser with the account's device cookie
 * @param deviceCookieValidity how long a device cookie is trusted after the last login
 */
@ConfigurationProperties("goedegesprek.login-throttle")
record LoginThrottleSettings(Limit pair, Limit address, Limit account, Limit device, Duration deviceCookieValidity) {

	/**
	 * After {@code slowAfter} attempts one attempt per {@code slowInterval}; after
	 * {@code blockAfter} attempts within {@code blockPeriod} none until the period ends.
	 */
	record Limit(int slowAfter, Duration slowInterval, int blockAfter, Duration blockPeriod) {
	}

}
