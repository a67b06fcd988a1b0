package nl.nvp.goedegesprek.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.nvp.goedegesprek.shared.KeyedHash;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The device cookie of OWASP's "Slow down online guessing attacks with device cookies": a
 * browser in which someone logged in to an account gets a cookie signed for that account,
 * with which it is throttled on its own instead of with everyone else (see
 * {@link LoginThrottle}). One cookie holds an entry for each of the last few accounts
 * used in the browser: a random number, an end date and a keyed hash (HMAC) of both with
 * the account's e-mail address. It names no account; only the application can make or
 * check one, and only for the e-mail address it was made for.
 */
@Component
class DeviceCookies {

	static final String NAME = "gg_apparaat";

	private static final String PURPOSE = "login-device";

	private static final int NONCE = 16;

	private static final int MAC = 32;

	private static final int ENTRY = NONCE + Long.BYTES + MAC;

	/** Accounts remembered per browser (a shared computer in an office, say). */
	private static final int MAXIMUM_ENTRIES = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final KeyedHash hash;

	private final Clock clock;

	private final Duration validity;

	DeviceCookies(KeyedHash hash, Clock clock, LoginThrottleSettings settings) {
		this.hash = hash;
		this.clock = clock;
		this.validity = settings.deviceCookieValidity();
	}

	/**
	 * The device's id (its random number) when the request carries a valid device cookie
	 * for this e-mail address.
	 */
	Optional<String> trusted(HttpServletRequest request, String email) {
		long now = this.clock.instant().getEpochSecond();
		for (byte[] entry : entries(request)) {
			ByteBuffer buffer = ByteBuffer.wrap(entry);
			byte[] nonce = new byte[NONCE];
			buffer.get(nonce);
			long expires = buffer.getLong();
			byte[] mac = new byte[MAC];
			buffer.get(mac);
			if (expires > now && MessageDigest.isEqual(mac, mac(email, nonce, expires))) {
				return Optional.of(ENCODER.encodeToString(nonce));
			}
		}
		return Optional.empty();
	}

	/**
	 * After a successful login (on the login page, the cookie's only path): a fresh entry
	 * for this account (a new random number, so a copied old cookie stops counting as
	 * this device after the owner's next login), kept with the entries of other accounts
	 * in this browser.
	 */
	void issue(HttpServletRequest request, HttpServletResponse response, String email) {
		long now = this.clock.instant().getEpochSecond();
		byte[] nonce = new byte[NONCE];
		RANDOM.nextBytes(nonce);
		long expires = now + this.validity.toSeconds();
		List<String> kept = new ArrayList<>();
		kept.add(ENCODER.encodeToString(
				ByteBuffer.allocate(ENTRY).put(nonce).putLong(expires).put(mac(email, nonce, expires)).array()));
		for (byte[] entry : entries(request)) {
			ByteBuffer buffer = ByteBuffer.wrap(entry);
			byte[] other = new byte[NONCE];
			buffer.get(other);
			long otherExpires = buffer.getLong();
			byte[] mac = new byte[MAC];
			buffer.get(mac);
			boolean thisAccount = MessageDigest.isEqual(mac, mac(email, other, otherExpires));
			if (!thisAccount && otherExpires > now && kept.size() < MAXIMUM_ENTRIES) {
				kept.add(ENCODER.encodeToString(entry));
			}
		}
		ResponseCookie cookie = ResponseCookie.from(NAME, String.join(".", kept))
			.path(request.getRequestURI())
			.maxAge(this.validity)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private byte[] mac(String email, byte[] nonce, long expires) {
		byte[] address = email.getBytes(StandardCharsets.UTF_8);
		return this.hash.mac(PURPOSE,
				ByteBuffer.allocate(NONCE + Long.BYTES + address.length)
					.put(nonce)
					.putLong(expires)
					.put(address)
					.array());
	}

	/** The well-formed entries of the request's device cookie, at most a few. */
	private static List<byte[]> entries(HttpServletRequest request) {
		List<byte[]> entries = new ArrayList<>();
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return entries;
		}
		for (Cookie cookie : cookies) {
			if (!NAME.equals(cookie.getName()) || cookie.getValue() == null) {
				continue;
			}
			for (String part : cookie.getValue().split("\\.", MAXIMUM_ENTRIES + 1)) {
				try {
					byte[] entry = Base64.getUrlDecoder().decode(part);
					if (entry.length == ENTRY && entries.size() < MAXIMUM_ENTRIES) {
						entries.add(entry);
					}
				}
				catch (IllegalArgumentException ex) {
					// Not an entry we made: ignored.
				}
			}
		}
		return entries;
	}

}
