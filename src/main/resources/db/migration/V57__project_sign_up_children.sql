-- Children sign up for a national project (issue 17, decision 50): the children's roles are
-- allowed on a sign-up (national_project_role already allows them), with an age group (no
-- date of birth). A child under 16 counts only once a parent or guardian consented through
-- a link of their own: until then the sign-up waits (AWAITING_CONSENT).
alter table project_sign_up drop constraint project_sign_up_role_check;
alter table project_sign_up add constraint project_sign_up_role_check
    check (role in ('FOSTER_PARENT', 'FOSTER_CHILD', 'OWN_CHILD', 'PARENT', 'FOSTER_CARE_WORKER',
                    'CHILD_PROTECTION_WORKER', 'POLICYMAKER', 'FOSTER_CARE_PROVIDER', 'OTHER'));

alter table project_sign_up add column age_group varchar(15)
    check (age_group in ('UNDER_12', 'FROM_12_TO_16', 'FROM_16_TO_18', 'ADULT'));
alter table project_sign_up add constraint project_sign_up_age_group_child
    check ((age_group is not null) = (role in ('FOSTER_CHILD', 'OWN_CHILD')));

alter table project_sign_up drop constraint project_sign_up_status_check;
alter table project_sign_up alter column status type varchar(20);
alter table project_sign_up add constraint project_sign_up_status_check
    check (status in ('PENDING', 'AWAITING_CONSENT', 'CONFIRMED', 'CANCELLED'));

-- The consent of a parent or guardian for a child under 16, as for meetings (decision 35):
-- the adult's address only until they answer or the request lapses (or the child stops);
-- the link only as the hash of its token. Kept: when it was asked, until when, the answer,
-- when, and the version of the text the adult agreed to.
create table project_sign_up_consent (
    sign_up_id     bigint      primary key references project_sign_up (id) on delete cascade,
    guardian_email varchar(254),
    token_hash     char(64)    unique,
    requested_at   timestamptz,
    lapses_at      timestamptz,
    decision       varchar(10) check (decision in ('GIVEN', 'REFUSED', 'LAPSED')),
    decided_at     timestamptz,
    text_version   varchar(20),
    check (decision is null or guardian_email is null),
    check ((decision is null) = (decided_at is null)),
    check ((decision = 'GIVEN') = (text_version is not null))
);

create index project_sign_up_consent_lapses on project_sign_up_consent (lapses_at) where decision is null;
