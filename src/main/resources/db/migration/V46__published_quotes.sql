-- A coordinator chooses which quotes of participants (given with consent in the
-- evaluation) are published on the public pages, and can take one back. Who chose it and
-- when is kept. When the participant changes the quote's text, or removes it, it is no
-- longer published: a coordinator publishes only text they have read (decision 43).
alter table meeting_evaluation
    add column quote_published_at timestamp with time zone,
    add column quote_published_by bigint references account (id),
    add constraint meeting_evaluation_published_quote
        check (quote_published_at is null or (quote is not null and quote_consent)),
    add constraint meeting_evaluation_published_by
        check ((quote_published_at is null) = (quote_published_by is null));

create index meeting_evaluation_published on meeting_evaluation (meeting_id) where quote_published_at is not null;
