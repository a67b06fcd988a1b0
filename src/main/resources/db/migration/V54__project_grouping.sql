-- The coordinators' grouping of a national project's confirmed sign-ups into its dialogues
-- (issue 17, decision 49). One row per sign-up that the grouping has seen: in a dialogue
-- (meeting_id), or not placed (meeting_id null) with the grouping assistant's reason. A
-- member the coordinator put somewhere stays there when the assistant runs again (fixed).
-- Once the coordinator confirms a dialogue, the member's registration at that meeting is
-- recorded; from then on the meeting module holds the place (and the person can cancel it
-- through their personal link, as every participant can).
create table project_group_member (
    sign_up_id       bigint      primary key references project_sign_up (id) on delete cascade,
    trajectory_id    bigint      not null references national_project (trajectory_id) on delete cascade,
    meeting_id       bigint      references meeting (id) on delete cascade,
    fixed            boolean     not null default false,
    reason           varchar(40) check (reason in ('ROLE_NOT_NEEDED', 'NO_DIALOGUE_AT_THEIR_TIMES',
                                                   'NO_DIALOGUE_IN_THEIR_MODE_OR_REGION',
                                                   'NO_COMPLETE_GROUP_AT_THEIR_TIMES', 'ROLE_FULL',
                                                   'OWN_CASE_OR_ORGANISATION', 'GROUP_BALANCE')),
    registration_id  bigint      unique references registration (id) on delete set null,
    changed_at       timestamptz not null,
    check (meeting_id is not null or (registration_id is null and not fixed)),
    check (meeting_id is null or reason is null)
);

create index project_group_member_project on project_group_member (trajectory_id);
create index project_group_member_meeting on project_group_member (meeting_id);
