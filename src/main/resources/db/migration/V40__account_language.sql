-- The language of an account's mails (the invitation and reset links, decision 27): Dutch
-- unless the national coordinator chose English for the person.
alter table account add column language varchar(2) not null default 'nl'
    constraint account_language check (language in ('nl', 'en'));
