-- Personal links that can be taken back. A registration has one working link at a time: a new
-- link (a reminder, a place from the waitlist, registering again) ends the ones before it, and
-- cancelling ends it. Ended links keep only their hash and why they ended, so that an old link
-- answers with a kind page that holds no personal data; they go with the registration's links
-- at retention.
alter table registration_link add column ended_at timestamptz;
alter table registration_link add column end_reason varchar(20)
    check (end_reason in ('REPLACED', 'CANCELLED'));
alter table registration_link add constraint registration_link_ended
    check ((ended_at is null) = (end_reason is null));

update registration_link l set ended_at = now(), end_reason = 'REPLACED'
where exists (select 1 from registration_link n where n.registration_id = l.registration_id and n.id > l.id);

update registration_link l set ended_at = now(), end_reason = 'CANCELLED'
from registration r
where r.id = l.registration_id and r.status = 'CANCELLED' and l.ended_at is null;

create unique index registration_link_one_working on registration_link (registration_id) where ended_at is null;

-- Table hosts' links: coordinators see them and revoke them; a new link for the same table
-- (label) and meeting revokes the one before it.
alter table harvest_entry_link add column revoked_at timestamptz;
alter table harvest_entry_link add column revoked_by bigint references account (id);

create index harvest_entry_link_trajectory on harvest_entry_link (trajectory_id);
