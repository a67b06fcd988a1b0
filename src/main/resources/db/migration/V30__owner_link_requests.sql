-- When a coordinator last asked to mail an action's contact person a progress link. A second
-- request within a minute (a double click, the same form sent twice) is the same request: no
-- second mail and no second link that would make the first one stop working.
alter table improvement_action add column owner_link_requested_at timestamptz;
