-- Survey results are read from one frozen state (decision 14).
--
-- A response no longer keeps the day it was given: nothing needs it (the export holds
-- counts only, open answers are listed alphabetically), and a stored day is a time that
-- someone could match to who was where when.
alter table survey_response drop column submitted_on;

-- Once results have been published they stay as they were, also after publication is
-- withdrawn and given again: quotes no longer change from the first publication on.
alter table research_summary add column first_published_at timestamptz;
update research_summary set first_published_at = published_at where published_at is not null;
