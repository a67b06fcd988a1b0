package nl.nvp.goedegesprek.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.shared.KeyedHash;

import org.springframework.session.Session;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.SessionRepository;

/**
 * Keeps the session id out of the database. A session id is a bearer credential: whoever
 * has a logged-in coordinator's id is that coordinator. So the cookie carries a random id
 * (256 bits) and the session's row only its keyed hash (HMAC-SHA256 with
 * {@code goedegesprek.hash-key}): a copy of the database, or a backup, holds no working
 * session. This repository takes the place of Spring Session's JDBC repository in front
 * of its filter ({@link SessionConfiguration}) and keeps it as its store: it looks a
 * session up by the hash of the cookie's id, and hands out sessions whose id is the
 * cookie's. Spring Session JDBC makes the stored id itself, at a new session and at
 * {@code changeSessionId} (login), through the {@link #storedIdGenerator() generator}
 * given to it here, which makes a fresh id, keeps it for this thread and returns its
 * hash; the session made or changed on the same thread then takes it.
 * <p>
 * It also seals each attribute ({@link SessionAttributeCipher}) with the stored id and
 * the attribute's name, which Spring Session's conversion service is not told; at a new
 * id the attributes are sealed again.
 */
final class HashedSessionIds implements SessionRepository<HashedSessionIds.HashedIdSession> {

	private static final String PURPOSE = "session-id";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The id last made by the generator on this thread, until the session takes it. */
	private static final ThreadLocal<String> MADE = new ThreadLocal<>();

	/**
	 * The session this request saved last. Spring Session's filter looks the requested
	 * session up again after saving it (to decide on the cookie), which would read the
	 * row a second time; it gets this one instead. Forgotten at the end of every request
	 * ({@link #forgetSaved()}), so a later request always reads the database.
	 */
	private static final ThreadLocal<HashedIdSession> SAVED = new ThreadLocal<>();

	/**
	 * How much later than the stored last access a request must come to be written down.
	 * Without it every request of a logged-in user would update the session's row; with
	 * it a session in use expires at most this much before its idle timeout.
	 */
	static final Duration LAST_ACCESS_STEP = Duration.ofMinutes(1);

	private final SessionRepository<Session> stored;

	private final KeyedHash hash;

	private final SessionAttributeCipher cipher;

	@SuppressWarnings("unchecked")
	HashedSessionIds(SessionRepository<? extends Session> stored, KeyedHash hash, SessionAttributeCipher cipher) {
		this.stored = (SessionRepository<Session>) stored;
		this.hash = hash;
		this.cipher = cipher;
	}

	/** For the JDBC repository: makes an id for the cookie and returns its hash. */
	static SessionIdGenerator storedIdGenerator(KeyedHash hash) {
		return () -> {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			MADE.set(id);
			return storedId(hash, id);
		};
	}

	/** What the database holds for the id a cookie carries. */
	static String storedId(KeyedHash hash, String id) {
		return hash.hex(PURPOSE, id);
	}

	private String storedId(String id) {
		return storedId(this.hash, id);
	}

	private static String takeMadeId() {
		String id = MADE.get();
		MADE.remove();
		if (id == null) {
			throw new IllegalStateException("The session id was not made by HashedSessionIds' generator");
		}
		return id;
	}

	@Override
	public HashedIdSession createSession() {
		MADE.remove();
		Session session = this.stored.createSession();
		return new HashedIdSession(takeMadeId(), session);
	}

	/** At the end of each request (SessionConfiguration's filter). */
	static void forgetSaved() {
		SAVED.remove();
	}

	@Override
	public void save(HashedIdSession session) {
		this.stored.save(session.stored);
		SAVED.set(session);
	}

	@Override
	public HashedIdSession findById(String id) {
		HashedIdSession saved = SAVED.get();
		if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
			return saved;
		}
		Session session = this.stored.findById(storedId(id));
		return (session != null) ? new HashedIdSession(id, session) : null;
	}

	@Override
	public void deleteById(String id) {
		SAVED.remove();
		this.stored.deleteById(storedId(id));
	}

	/**
	 * A session as the web layer sees it: the cookie's id, and attributes in the clear
	 * (read once per request and kept here).
	 */
	final class HashedIdSession implements Session {

		private String id;

		private final Session stored;

		private final Map<String, Object> opened = new HashMap<>();

		HashedIdSession(String id, Session stored) {
			this.id = id;
			this.stored = stored;
		}

		@Override
		public String getId() {
			return this.id;
		}

		@Override
		public String changeSessionId() {
			Map<String, Object> values = new HashMap<>();
			for (String name : List.copyOf(this.stored.getAttributeNames())) {
				Object value = getAttribute(name);
				if (value != null) {
					values.put(name, value);
				}
			}
			MADE.remove();
			this.stored.changeSessionId();
			this.id = takeMadeId();
			// Sealed with the old stored id, the attributes would not open under the new
			// one.
			for (String name : List.copyOf(this.stored.getAttributeNames())) {
				if (!values.containsKey(name)) {
					removeAttribute(name);
				}
			}
			values.forEach(this::setAttribute);
			return this.id;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getAttribute(String name) {
			if (this.opened.containsKey(name)) {
				return (T) this.opened.get(name);
			}
			Object value = HashedSessionIds.this.cipher.open(this.stored.getId(), name, this.stored.getAttribute(name));
			this.opened.put(name, value);
			return (T) value;
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				removeAttribute(name);
				return;
			}
			this.stored.setAttribute(name, HashedSessionIds.this.cipher.seal(this.stored.getId(), name, value));
			this.opened.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.stored.removeAttribute(name);
			this.opened.remove(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		/** Written down once per {@link #LAST_ACCESS_STEP} at most. */
		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant last = this.stored.getLastAccessedTime();
			if (lastAccessedTime.isBefore(last) || !lastAccessedTime.isBefore(last.plus(LAST_ACCESS_STEP))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
