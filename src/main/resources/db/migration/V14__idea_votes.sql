-- Dialogue meeting 2: participants prioritise ideas with dots, through their personal link
-- (one dot per idea, a few dots each), or a coordinator enters the dots given on paper.
create table idea_vote (
    harvest_item_id  bigint not null references harvest_item (id) on delete cascade,
    registration_id  bigint not null references registration (id) on delete cascade,
    primary key (harvest_item_id, registration_id)
);

create index idea_vote_registration on idea_vote (registration_id);

create table idea_paper_dots (
    harvest_item_id  bigint primary key references harvest_item (id) on delete cascade,
    dots             integer not null check (dots between 0 and 10000)
);
