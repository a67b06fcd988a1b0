-- The region of a national project's in-person dialogue (issue 17, decision 49): the
-- grouping assistant only places people of that region in it. A dialogue without a row
-- takes anyone who can come in person, as before; online dialogues never have one. Set by
-- whoever runs the project on the grouping page. The meeting module knows nothing of it.
create table project_dialogue_region (
    meeting_id     bigint      primary key references meeting (id) on delete cascade,
    trajectory_id  bigint      not null references national_project (trajectory_id) on delete cascade,
    region_code    varchar(8)  not null references region (code),
    changed_at     timestamptz not null
);

create index project_dialogue_region_project on project_dialogue_region (trajectory_id);
create index project_dialogue_region_region on project_dialogue_region (region_code);
