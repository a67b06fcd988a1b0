-- What a national dialogue project needs beyond its trajectory (decision 45; project
-- module): its period, the roles that make up a dialogue, and how many dialogues it aims
-- for. The title, aim (the trajectory's description), reach, steps and team are the
-- trajectory's. A national project made before this (a trajectory without a region) has no
-- row until a national coordinator fills in its settings.
create table national_project (
    trajectory_id     bigint      primary key references trajectory (id) on delete cascade,
    starts_on         date        not null,
    ends_on           date        not null,
    target_dialogues  integer     not null check (target_dialogues between 1 and 10000),
    version           bigint      not null default 0,
    created_at        timestamptz not null,
    created_by        bigint references account (id),
    changed_at        timestamptz not null,
    changed_by        bigint references account (id),
    check (ends_on >= starts_on)
);

create table national_project_role (
    trajectory_id  bigint      not null references national_project (trajectory_id) on delete cascade,
    role           varchar(30) not null check (role in ('FOSTER_PARENT', 'FOSTER_CHILD', 'OWN_CHILD', 'PARENT',
                                                       'FOSTER_CARE_WORKER', 'CHILD_PROTECTION_WORKER', 'POLICYMAKER',
                                                       'FOSTER_CARE_PROVIDER', 'OTHER')),
    primary key (trajectory_id, role)
);
