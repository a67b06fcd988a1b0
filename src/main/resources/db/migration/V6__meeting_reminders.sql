-- Reminders before a meeting, sent once per registration by a scheduled job that runs on one
-- application instance at a time (ShedLock's lock table).
alter table registration add column reminder_sent_at timestamptz;

create table shedlock (
    name        varchar(64)  primary key,
    lock_until  timestamptz  not null,
    locked_at   timestamptz  not null,
    locked_by   varchar(255) not null
);
