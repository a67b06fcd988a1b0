-- A line of harvest entered through a table host's link remembers that link, so that the
-- same line sent twice through one link (two tabs, a retry) is kept once, while the same
-- words from two tables stay two lines (decision 28). When the link is deleted (retention)
-- the line stays.
alter table harvest_item add column entry_link_id bigint references harvest_entry_link (id) on delete set null;

create index harvest_item_entry_link on harvest_item (entry_link_id) where entry_link_id is not null;
