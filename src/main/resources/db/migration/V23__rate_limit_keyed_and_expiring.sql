-- Rate-limit buckets (issue 10): keys are now keyed hashes (HMAC-SHA256 with a secret from the
-- configuration) instead of plain SHA-256 of an e-mail or IP address, and expired rows are
-- removed every minute. The old rows are keyed the old way and are never read again: remove
-- them all (a limit in progress starts afresh). created_at lets the clean-up also remove rows
-- that Bucket4j started but never filled in (they have no expires_at).
delete from login_throttle;

alter table login_throttle add column if not exists created_at timestamptz not null default now();

create index if not exists login_throttle_expires_at on login_throttle (expires_at);
