-- A coordinator can replace an audience's survey link, for instance when it was posted in the
-- wrong group chat (decision 26). The new link takes the old one's place in survey_link (kept as
-- it is, to show and print it again); the old link keeps only its SHA-256 hash here, with its
-- survey and audience, so that it answers with a kind "this link no longer works" page instead
-- of "not found". Answers are not linked to a link, so those given through the old link stay.
create table survey_link_ended (
    token_hash  varchar(64) primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    survey_id   bigint      not null references survey (id),
    audience    varchar(20) not null
        constraint survey_link_ended_audience_check
        check (audience in ('FOSTER_FAMILIES', 'PARENTS', 'CHILDREN', 'PROFESSIONALS', 'POLICYMAKERS')),
    ended_at    timestamptz not null,
    ended_by    bigint references account (id)
);

create index survey_link_ended_survey on survey_link_ended (survey_id, audience);
