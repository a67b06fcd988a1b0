-- A form sent twice from the same page (a double click, a browser that sends again, the back
-- button and send) is carried out once (decision 28). The first request of a kind claims a row
-- here before it runs; a second one with the same key waits for the first and gets the same
-- answer (its redirect). The key is a keyed hash (HMAC with GG_HASH_KEY) of the session, the
-- URL and every field of the form, including the CSRF token that differs for every page shown:
-- it does not reveal what was sent. The redirect may hold a personal link, so it is kept
-- encrypted (AES-256-GCM, the key as associated data). Rows are deleted after a minute.
create table form_submission (
    key_hash        bytea        primary key,
    started_at      timestamptz  not null default now(),
    -- Null while the first request runs.
    finished_at     timestamptz,
    -- The first request's HTTP status (a redirect) and its Location, encrypted.
    status          smallint,
    sealed_location bytea,
    constraint form_submission_finished check ((finished_at is null) = (status is null))
);

create index form_submission_started_at on form_submission (started_at);
