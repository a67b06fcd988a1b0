-- Every mail goes through this outbox (decision 20): a row is written in the transaction of the
-- change that causes the mail, and a sender thread on each instance sends it after the commit,
-- retrying with backoff while the mail server is down. A row names what the mail is about by
-- ids only (a registration, an action, a trajectory and plan version, an account): the address,
-- name and text are read when the mail is sent, so that an erased person gets nothing and a
-- mail that no longer applies is not sent. The only secret is a personal link's raw token,
-- encrypted (AES-256-GCM, key derived from GG_HASH_KEY, the row's id as associated data) and
-- cleared as soon as the mail is sent or given up. Finished rows are deleted after a day.
create table mail_outbox (
    id              bigserial    primary key,
    -- What kind of mail, e.g. 'registration.CONFIRMED', 'action-owner.LINK', 'plan-review'.
    kind            varchar(60)  not null,
    -- The record the mail is about (registration, action or trajectory id).
    subject_id      bigint       not null,
    -- A number that goes with it (the plan version), 0 when none.
    detail          integer      not null default 0,
    -- The account the mail goes to, when the recipient has one.
    account_id      bigint,
    -- The personal link's token, encrypted; null once sent or given up.
    sealed_token    bytea,
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    -- The sender that claimed the row holds it until then (a lease).
    locked_until    timestamptz,
    last_attempt_at timestamptz,
    -- The class and a short message of the last failure; never the address or the text.
    last_error      varchar(300),
    -- sent, dropped (no longer applies) or abandoned (failed too long); null while queued.
    outcome         varchar(10),
    finished_at     timestamptz,
    constraint mail_outbox_outcome check (outcome in ('sent', 'dropped', 'abandoned')),
    constraint mail_outbox_finished check ((outcome is null) = (finished_at is null)),
    constraint mail_outbox_no_token_when_finished check (outcome is null or sealed_token is null)
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where outcome is null;
create index mail_outbox_finished_at on mail_outbox (finished_at) where outcome is not null;

-- Mails still waiting in the event publication registry move to the outbox: a requested
-- action-owner link (a fresh link is made when it is sent, as before) and the review
-- invitations of a plan version (one row per active policymaker of the trajectory's region).
insert into mail_outbox (kind, subject_id)
select 'action-owner-mail.LINK', (serialized_event::jsonb ->> 'actionId')::bigint
from event_publication
where completion_date is null
  and listener_id like '%.ActionOwnerMails.on(%OwnerLinkRequested)'
  and (serialized_event::jsonb ->> 'actionId') is not null;

insert into mail_outbox (kind, subject_id, detail, account_id)
select 'plan-review', t.id, (e.serialized_event::jsonb ->> 'number')::integer, a.id
from event_publication e
join trajectory t on t.id = (e.serialized_event::jsonb ->> 'trajectoryId')::bigint
join account_region r on r.region_code = t.region_code
join account a on a.id = r.account_id and a.role = 'POLICYMAKER' and a.active
where e.completion_date is null
  and e.listener_id like '%.PlanReviewMails.on(%PlanSubmittedForReview)'
  and (e.serialized_event::jsonb ->> 'number') is not null;

delete from event_publication
where completion_date is null
  and (listener_id like '%.ActionOwnerMails.on(%OwnerLinkRequested)'
    or listener_id like '%.PlanReviewMails.on(%PlanSubmittedForReview)');
