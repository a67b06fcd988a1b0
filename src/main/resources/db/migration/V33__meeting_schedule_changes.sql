-- A meeting's schedule before each move (decision 25): a mail that the meeting moved is queued in
-- the mail outbox by ids only (decision 20) and says "was ..., is now ..." when it is sent, so the
-- old schedule is kept here, under the calendar sequence the move raised to. Nothing personal.
create table meeting_schedule_change (
    meeting_id   bigint       not null references meeting (id) on delete cascade,
    sequence     integer      not null,
    meeting_date date         not null,
    start_time   time         not null,
    end_time     time         not null,
    online       boolean      not null,
    address      varchar(300),
    online_link  varchar(500),
    changed_at   timestamptz  not null default now(),
    primary key (meeting_id, sequence)
);
