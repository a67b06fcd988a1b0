-- Spring Modulith's event publication registry: an event for a listener in another module (a
-- mail to send) is stored with the transaction that published it and marked complete when the
-- listener succeeded, so that nothing is lost when the mail server is down or the application
-- stops; incomplete ones are sent again (see EventRepublishing).
create table event_publication (
    id                      uuid        not null primary key,
    listener_id             text        not null,
    event_type              text        not null,
    serialized_event        text        not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     integer     not null default 0,
    last_resubmission_date  timestamptz
);

create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id                      uuid        not null primary key,
    listener_id             text        not null,
    event_type              text        not null,
    serialized_event        text        not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     integer     not null default 0,
    last_resubmission_date  timestamptz
);
