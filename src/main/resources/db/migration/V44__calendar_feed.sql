-- A coordinator's personal calendar feed (issue 15): the address holds a random token; only its
-- hash is kept. One per account; a new one replaces the old, deleting it stops the feed.
create table calendar_feed (
    account_id  bigint       primary key references account (id) on delete cascade,
    token_hash  varchar(64)  not null unique,
    created_at  timestamptz  not null
);
