-- A person's request to see or erase their data (AVG articles 15, 17 and 20) is handled by a
-- national coordinator, and every step lands in the access log: erasing is a new action, and
-- the log keeps how many records a step touched (never the records or the address; the
-- subject of a request is a keyed hash of the address, see decision 16).
alter table personal_data_access drop constraint personal_data_access_action_check;
alter table personal_data_access add constraint personal_data_access_action_check
    check (action in ('VIEW', 'EXPORT', 'PRINT', 'ERASE'));
alter table personal_data_access add column record_count integer check (record_count >= 0);
