-- Moving and cancelling a meeting. Every change of date, time, place or online link, and the
-- cancellation, raise the calendar sequence, so that a calendar file mailed afterwards (same UID)
-- replaces the entry people already have. A cancelled meeting keeps the reason told to the
-- participants.
alter table meeting add column calendar_sequence integer not null default 0 check (calendar_sequence >= 0);
alter table meeting add column cancellation_reason varchar(1000);
alter table meeting add column cancelled_at timestamptz;
alter table meeting add constraint meeting_cancelled_has_reason
    check (not cancelled or (cancellation_reason is not null and cancelled_at is not null));
