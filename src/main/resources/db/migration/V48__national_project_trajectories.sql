-- National dialogue projects are trajectories without a region (decision 45): a variant and
-- steps of their own, and the regions a project draws its participants from.

-- A trajectory without a region could be made before (the form's "national project" option):
-- it was meant as a national project, and now is one. Its steps stay as they were.
alter table trajectory drop constraint trajectory_variant_check;
update trajectory set variant = 'NATIONAL_PROJECT' where region_code is null;
alter table trajectory add constraint trajectory_variant_check
    check (variant in ('FULL', 'SUBSET', 'DIALOGUE_TABLE', 'NATIONAL_PROJECT'));
-- A region if and only if the trajectory is regional.
alter table trajectory add constraint trajectory_region_iff_regional
    check ((region_code is null) = (variant = 'NATIONAL_PROJECT'));

alter table trajectory_step drop constraint trajectory_step_type_check;
alter table trajectory_step add constraint trajectory_step_type_check
    check (type in ('KICK_OFF', 'RESEARCH_FIGURES', 'RESEARCH_EXPERIENCE', 'DIALOGUE_MEETING_1',
                    'DIALOGUE_MEETING_2', 'ACTION_PLAN', 'FOLLOW_UP', 'DIALOGUE_TABLE',
                    'SIGN_UP', 'DIALOGUES', 'ANALYSIS', 'ADVICE'));

-- The regions a national project draws from; none: the whole country. Only national
-- projects have rows here (TrajectoryAccess shows them to those regions' people).
create table trajectory_reach (
    trajectory_id  bigint     not null references trajectory (id) on delete cascade,
    region_code    varchar(8) not null references region (code),
    primary key (trajectory_id, region_code)
);

create index trajectory_reach_region on trajectory_reach (region_code);
