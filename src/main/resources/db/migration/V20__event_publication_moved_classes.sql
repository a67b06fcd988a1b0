-- The action plan's mail listeners and their events moved into sub-packages (issue 9). Event
-- publications stored before that name the old classes; an incomplete one could then no longer
-- be loaded and resent. Point them at the new names, in the live table and in the archive.
do $$
declare
    publications text;
begin
    foreach publications in array array['event_publication', 'event_publication_archive'] loop
        execute format($sql$
            update %1$I set
                event_type = regexp_replace(regexp_replace(event_type,
                    'nl\.nvp\.goedegesprek\.actionplan\.(ActionOwnerMails?)\y', 'nl.nvp.goedegesprek.actionplan.followup.\1', 'g'),
                    'nl\.nvp\.goedegesprek\.actionplan\.(PlanReviewMails|PlanSubmittedForReview)\y', 'nl.nvp.goedegesprek.actionplan.plan.\1', 'g'),
                listener_id = regexp_replace(regexp_replace(listener_id,
                    'nl\.nvp\.goedegesprek\.actionplan\.(ActionOwnerMails?)\y', 'nl.nvp.goedegesprek.actionplan.followup.\1', 'g'),
                    'nl\.nvp\.goedegesprek\.actionplan\.(PlanReviewMails|PlanSubmittedForReview)\y', 'nl.nvp.goedegesprek.actionplan.plan.\1', 'g')
            $sql$, publications);
    end loop;
end
$$;
