-- When a coordinator asked the participants of a meeting that has taken place for their
-- evaluation (one mail each, once per meeting; null while nobody was asked).
alter table meeting add column evaluation_asked_at timestamp with time zone;
