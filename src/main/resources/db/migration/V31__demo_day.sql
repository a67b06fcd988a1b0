-- The day the demo profile made its demo data (decision 21). Only the demo profile writes it
-- (one row); when the demo starts on a later day, it makes its data afresh, so that its dates
-- (a meeting next week, an action a few days overdue) stay true. Empty outside the demo.
create table demo_day (
    made_on date not null,
    one_row boolean not null default true,
    constraint demo_day_pk primary key (one_row),
    constraint demo_day_one_row check (one_row)
);

comment on table demo_day is 'The day the demo data was made; only the demo profile writes it.';
