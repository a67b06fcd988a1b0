-- After a meeting, participants with a place give a short evaluation through their personal
-- link: a score, what they learned, and a quote they allow to be published (role only).
create table meeting_evaluation (
    registration_id  bigint        primary key references registration (id) on delete cascade,
    meeting_id       bigint        not null references meeting (id),
    score            smallint      not null check (score between 1 and 5),
    learned          varchar(2000),
    quote            varchar(1000),
    quote_consent    boolean       not null default false,
    submitted_on     date          not null,
    check (quote is null or quote_consent)
);

create index meeting_evaluation_meeting on meeting_evaluation (meeting_id);
