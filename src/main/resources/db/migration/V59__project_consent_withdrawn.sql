-- A parent or guardian withdraws the consent they gave for a child's project sign-up, on
-- their own page (decision 51, amending decision 50): the decision becomes WITHDRAWN, with
-- when, and keeps the version of the text they had consented to.
alter table project_sign_up_consent drop constraint project_sign_up_consent_decision_check;
alter table project_sign_up_consent add constraint project_sign_up_consent_decision_check
    check (decision in ('GIVEN', 'REFUSED', 'LAPSED', 'WITHDRAWN'));

alter table project_sign_up_consent drop constraint project_sign_up_consent_check2;
alter table project_sign_up_consent add constraint project_sign_up_consent_text_version_check
    check ((decision in ('GIVEN', 'WITHDRAWN')) = (text_version is not null));
