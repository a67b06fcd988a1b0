-- One browser that sends its survey answers from two tabs at once counts once (decision 28,
-- the anonymity of decisions 10 and 14 kept). The first of the two claims a row here, in its
-- own statement, before its response is saved; the second finds the claim and saves nothing.
-- The key is a keyed hash (HMAC with GG_HASH_KEY) of the session and the audience's link: it
-- names no person, no survey and no response, and nothing here points to the response that
-- was saved. Rows are deleted after a minute, as the form guard's (V36); later sends from the
-- same browser are recognised by a mark in its (encrypted) session instead.
create table survey_answer_claim (
    key_hash    bytea        primary key,
    claimed_at  timestamptz  not null default now()
);

create index survey_answer_claim_claimed_at on survey_answer_claim (claimed_at);
