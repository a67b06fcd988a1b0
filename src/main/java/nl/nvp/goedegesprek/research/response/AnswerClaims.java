package nl.nvp.goedegesprek.research.response;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Claims of browsers that are saving a survey response just now (table
 * {@code survey_answer_claim}, decision 28): two tabs of one browser that send their
 * answers at the same moment save one response. The key is a keyed hash of the browser
 * ({@link nl.nvp.goedegesprek.shared.BrowserKey}) and the link, nothing else. Each
 * statement commits on its own, so that a second request sees the first one's claim at
 * once, not when the first one's response commits.
 */
@Component
class AnswerClaims {

	/** How long a claim is kept; a later send is recognised by the session's mark. */
	static final Duration KEPT = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	AnswerClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the key; false when another request of the same browser holds it. */
	boolean claim(byte[] key) {
		return this.jdbc.sql("insert into survey_answer_claim (key_hash) values (?) on conflict do nothing")
			.param(key)
			.update() == 1;
	}

	/** The response was not saved after all: the browser may send it again. */
	void release(byte[] key) {
		this.jdbc.sql("delete from survey_answer_claim where key_hash = ?").param(key).update();
	}

	/** Forgets claims older than {@link #KEPT}. */
	@Scheduled(cron = "${goedegesprek.survey.claim-cleanup-cron:45 * * * * *}")
	@SchedulerLock(name = "survey-answer-claim-cleanup", lockAtMostFor = "PT5M")
	public void removeOld() {
		this.jdbc.sql("delete from survey_answer_claim where claimed_at < now() - make_interval(secs => ?)")
			.param(KEPT.toSeconds())
			.update();
	}

}
