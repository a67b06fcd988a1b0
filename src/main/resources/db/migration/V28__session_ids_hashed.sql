-- A session id is a bearer credential: a copy of the database must not hold working
-- sessions. From now on spring_session.session_id holds the keyed hash (HMAC-SHA256 with
-- GG_HASH_KEY, 64 hexadecimal characters) of the id the SESSION cookie carries, and each
-- attribute is sealed with that stored id and its name (decision 18). Sessions stored
-- before hold raw ids and attributes sealed the old way: they are removed (everyone logs
-- in once more).
delete from spring_session;

alter table spring_session alter column session_id type char(64);
