-- A child under 16 who registers waits for the consent of a parent or guardian (issue 14,
-- decision 35): after the child confirms their own address the registration is
-- AWAITING_CONSENT, and the adult is asked by mail, with a link of their own.
alter table registration drop constraint registration_status_check;
alter table registration add constraint registration_status_check
    check (status in ('PENDING', 'AWAITING_CONSENT', 'CONFIRMED', 'WAITLISTED', 'CANCELLED'));

-- The request and the adult's answer. Who answered is the registration's guardian_name and
-- guardian_capacity (as the child gave them and the adult confirmed); when, and to which
-- version of the text, is kept here. The adult's address is kept only until they answer or
-- the request lapses; the link's token only as a hash, until the meeting's links expire, so
-- that the adult can withdraw.
create table guardian_consent (
    registration_id  bigint       primary key references registration (id) on delete cascade,
    guardian_email   varchar(254),
    token_hash       varchar(64)  unique,
    requested_at     timestamptz,
    lapses_at        timestamptz,
    decision         varchar(10)  check (decision in ('GIVEN', 'REFUSED', 'WITHDRAWN', 'LAPSED')),
    decided_at       timestamptz,
    text_version     varchar(20),
    version          bigint       not null default 0,
    check ((decision is null) = (decided_at is null)),
    check (decision is null or guardian_email is null),
    check (decision is distinct from 'GIVEN' or text_version is not null),
    check ((requested_at is null) = (lapses_at is null))
);

-- The lapse job looks for open requests that are due.
create index guardian_consent_open on guardian_consent (lapses_at) where decision is null and requested_at is not null;
