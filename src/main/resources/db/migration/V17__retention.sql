-- Retention: personal data of participants and contact persons is removed some time (12 months
-- by default) after a trajectory closes. Aggregates, anonymous answers and quotes stay.
alter table trajectory add column closed_at timestamptz;
update trajectory set closed_at = changed_at where status in ('FINISHED', 'CANCELLED');

alter table registration add column anonymised_at timestamptz;
