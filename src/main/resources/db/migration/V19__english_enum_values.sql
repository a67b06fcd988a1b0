-- Enum constants in English, like the rest of the code: the stored values follow. For each
-- column the check on its values is dropped, the values are updated and the check is added
-- again, under the same name (the unnamed check on role_other gets a name). Labels come from
-- the message files, so users see no change. The order of the constants stays as it was
-- (survey_question.audiences is a bit set by ordinal), and no event kept in
-- event_publication holds one of these enums.

-- Action status (improvement actions, national actions, status history, plan versions' copies).
alter table improvement_action drop constraint improvement_action_status_check;
alter table national_action drop constraint national_action_status_check;
alter table action_status_change drop constraint action_status_change_status_check;

update improvement_action set status = case status
    when 'VOORGESTELD' then 'PROPOSED' when 'AFGESPROKEN' then 'AGREED' when 'IN_UITVOERING' then 'IN_PROGRESS'
    when 'AFGEROND' then 'DONE' when 'GESTOPT' then 'STOPPED' else status end;
update national_action set status = case status
    when 'VOORGESTELD' then 'PROPOSED' when 'AFGESPROKEN' then 'AGREED' when 'IN_UITVOERING' then 'IN_PROGRESS'
    when 'AFGEROND' then 'DONE' when 'GESTOPT' then 'STOPPED' else status end;
update action_status_change set status = case status
    when 'VOORGESTELD' then 'PROPOSED' when 'AFGESPROKEN' then 'AGREED' when 'IN_UITVOERING' then 'IN_PROGRESS'
    when 'AFGEROND' then 'DONE' when 'GESTOPT' then 'STOPPED' else status end;
update plan_version_action set status = case status
    when 'VOORGESTELD' then 'PROPOSED' when 'AFGESPROKEN' then 'AGREED' when 'IN_UITVOERING' then 'IN_PROGRESS'
    when 'AFGEROND' then 'DONE' when 'GESTOPT' then 'STOPPED' else status end;

alter table improvement_action add constraint improvement_action_status_check
    check (status in ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'STOPPED'));
alter table national_action add constraint national_action_status_check
    check (status in ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'STOPPED'));
alter table action_status_change add constraint action_status_change_status_check
    check (status in ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'STOPPED'));

-- Plan version status, and the partial unique indexes on it.
alter table plan_version drop constraint plan_version_status_check;
drop index plan_version_under_review;
drop index plan_version_adopted;

update plan_version set status = case status
    when 'TER_REVIEW' then 'IN_REVIEW' when 'VASTGESTELD' then 'ADOPTED' when 'VERVANGEN' then 'SUPERSEDED'
    else status end;

alter table plan_version add constraint plan_version_status_check
    check (status in ('IN_REVIEW', 'ADOPTED', 'SUPERSEDED'));
-- At most one version under review, and one adopted, at a time per plan.
create unique index plan_version_under_review on plan_version (trajectory_id) where status = 'IN_REVIEW';
create unique index plan_version_adopted on plan_version (trajectory_id) where status = 'ADOPTED';

-- Trajectory status and step types (of the trajectory's steps, and the step a meeting belongs to).
alter table trajectory drop constraint trajectory_status_check;
alter table trajectory_step drop constraint trajectory_step_type_check;

update trajectory set status = 'DRAFT' where status = 'CONCEPT';
update trajectory_step set type = case type
    when 'STARTBIJEENKOMST' then 'KICK_OFF' when 'ONDERZOEK_CIJFERS' then 'RESEARCH_FIGURES'
    when 'ONDERZOEK_BELEVING' then 'RESEARCH_EXPERIENCE' when 'DIALOOGBIJEENKOMST_1' then 'DIALOGUE_MEETING_1'
    when 'DIALOOGBIJEENKOMST_2' then 'DIALOGUE_MEETING_2' when 'ACTIEPLAN' then 'ACTION_PLAN'
    when 'OPVOLGING' then 'FOLLOW_UP' when 'DIALOOGTAFEL' then 'DIALOGUE_TABLE' else type end;
update meeting set step = case step
    when 'STARTBIJEENKOMST' then 'KICK_OFF' when 'ONDERZOEK_CIJFERS' then 'RESEARCH_FIGURES'
    when 'ONDERZOEK_BELEVING' then 'RESEARCH_EXPERIENCE' when 'DIALOOGBIJEENKOMST_1' then 'DIALOGUE_MEETING_1'
    when 'DIALOOGBIJEENKOMST_2' then 'DIALOGUE_MEETING_2' when 'ACTIEPLAN' then 'ACTION_PLAN'
    when 'OPVOLGING' then 'FOLLOW_UP' when 'DIALOOGTAFEL' then 'DIALOGUE_TABLE' else step end
where step is not null;

alter table trajectory add constraint trajectory_status_check
    check (status in ('DRAFT', 'RUNNING', 'FINISHED', 'CANCELLED'));
alter table trajectory_step add constraint trajectory_step_type_check
    check (type in ('KICK_OFF', 'RESEARCH_FIGURES', 'RESEARCH_EXPERIENCE', 'DIALOGUE_MEETING_1',
                    'DIALOGUE_MEETING_2', 'ACTION_PLAN', 'FOLLOW_UP', 'DIALOGUE_TABLE'));

-- Meeting type.
alter table meeting drop constraint meeting_type_check;

update meeting set type = case type
    when 'STARTBIJEENKOMST' then 'KICK_OFF' when 'DIALOOGBIJEENKOMST' then 'DIALOGUE_MEETING'
    when 'DIALOOGTAFEL' then 'DIALOGUE_TABLE' when 'DIALOOGSESSIE' then 'DIALOGUE_SESSION' when 'ANDERS' then 'OTHER'
    else type end;

alter table meeting add constraint meeting_type_check
    check (type in ('KICK_OFF', 'DIALOGUE_MEETING', 'DIALOGUE_TABLE', 'DIALOGUE_SESSION', 'OTHER'));

-- Participant role (registrations, meeting quotas, the speaker of a harvested quote).
alter table registration drop constraint registration_role_check;
-- The check of V4 that someone with the role ANDERS names it (named by PostgreSQL).
alter table registration drop constraint registration_check1;

update registration set role = case role
    when 'PLEEGOUDER' then 'FOSTER_PARENT' when 'PLEEGKIND' then 'FOSTER_CHILD' when 'EIGEN_KIND' then 'OWN_CHILD'
    when 'OUDER' then 'PARENT' when 'PLEEGZORGBEGELEIDER' then 'FOSTER_CARE_WORKER'
    when 'JEUGDBESCHERMER' then 'CHILD_PROTECTION_WORKER' when 'BELEIDSMAKER' then 'POLICYMAKER'
    when 'PLEEGZORGAANBIEDER' then 'FOSTER_CARE_PROVIDER' when 'ANDERS' then 'OTHER' else role end;
update meeting_quota set role = case role
    when 'PLEEGOUDER' then 'FOSTER_PARENT' when 'PLEEGKIND' then 'FOSTER_CHILD' when 'EIGEN_KIND' then 'OWN_CHILD'
    when 'OUDER' then 'PARENT' when 'PLEEGZORGBEGELEIDER' then 'FOSTER_CARE_WORKER'
    when 'JEUGDBESCHERMER' then 'CHILD_PROTECTION_WORKER' when 'BELEIDSMAKER' then 'POLICYMAKER'
    when 'PLEEGZORGAANBIEDER' then 'FOSTER_CARE_PROVIDER' when 'ANDERS' then 'OTHER' else role end;
update harvest_item set speaker_role = case speaker_role
    when 'PLEEGOUDER' then 'FOSTER_PARENT' when 'PLEEGKIND' then 'FOSTER_CHILD' when 'EIGEN_KIND' then 'OWN_CHILD'
    when 'OUDER' then 'PARENT' when 'PLEEGZORGBEGELEIDER' then 'FOSTER_CARE_WORKER'
    when 'JEUGDBESCHERMER' then 'CHILD_PROTECTION_WORKER' when 'BELEIDSMAKER' then 'POLICYMAKER'
    when 'PLEEGZORGAANBIEDER' then 'FOSTER_CARE_PROVIDER' when 'ANDERS' then 'OTHER' else speaker_role end
where speaker_role is not null;

alter table registration add constraint registration_role_check
    check (role in ('FOSTER_PARENT', 'FOSTER_CHILD', 'OWN_CHILD', 'PARENT', 'FOSTER_CARE_WORKER',
                    'CHILD_PROTECTION_WORKER', 'POLICYMAKER', 'FOSTER_CARE_PROVIDER', 'OTHER'));
alter table registration add constraint registration_role_other_check
    check (role <> 'OTHER' or role_other is not null);

-- Survey status and audiences.
alter table survey drop constraint survey_status_check;
alter table survey_link drop constraint survey_link_audience_check;
alter table survey_response drop constraint survey_response_audience_check;

update survey set status = 'DRAFT' where status = 'CONCEPT';
update survey_link set audience = case audience
    when 'PLEEGGEZINNEN' then 'FOSTER_FAMILIES' when 'OUDERS' then 'PARENTS' when 'KINDEREN' then 'CHILDREN'
    when 'BELEIDSMAKERS' then 'POLICYMAKERS' else audience end;
update survey_response set audience = case audience
    when 'PLEEGGEZINNEN' then 'FOSTER_FAMILIES' when 'OUDERS' then 'PARENTS' when 'KINDEREN' then 'CHILDREN'
    when 'BELEIDSMAKERS' then 'POLICYMAKERS' else audience end;

alter table survey add constraint survey_status_check
    check (status in ('DRAFT', 'OPEN', 'CLOSED'));
alter table survey_link add constraint survey_link_audience_check
    check (audience in ('FOSTER_FAMILIES', 'PARENTS', 'CHILDREN', 'PROFESSIONALS', 'POLICYMAKERS'));
alter table survey_response add constraint survey_response_audience_check
    check (audience in ('FOSTER_FAMILIES', 'PARENTS', 'CHILDREN', 'PROFESSIONALS', 'POLICYMAKERS'));
