-- Event publications carry ids only (issue 10). Until now the action owner's link (ActionOwnerMail:
-- raw token, address, name) and the review invitation (PlanSubmittedForReview: policymakers' names
-- and addresses) were stored as JSON, and completed publications were kept for good. From now on
-- completed publications are deleted (spring.modulith.events.completion-mode=delete); this purges
-- what is already there.

-- Completed publications: their mails went out, nothing is left to do.
delete from event_publication where completion_date is not null;
delete from event_publication_archive;

-- Owner links that were not mailed yet become a request for the action (OwnerLinkRequested), found
-- by the SHA-256 of the old token, which the action holds as its link hash (see SecretToken). The
-- listener then makes and mails a fresh link, which replaces the one never delivered.
update event_publication p set
    event_type = 'nl.nvp.goedegesprek.actionplan.followup.OwnerLinkRequested',
    listener_id = 'nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMails.on(nl.nvp.goedegesprek.actionplan.followup.OwnerLinkRequested)',
    serialized_event = '{"actionId":' || a.id || '}'
from improvement_action a
where p.event_type in ('nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMail',
                       'nl.nvp.goedegesprek.actionplan.ActionOwnerMail')
  and a.owner_link_hash = encode(sha256(convert_to(p.serialized_event::jsonb ->> 'token', 'UTF8')), 'hex');

-- The rest no longer matches a link: a newer link replaced it (and was mailed or is waiting as
-- well), or the contact person changed or was removed. Nothing to send, so nothing to keep.
delete from event_publication
where event_type in ('nl.nvp.goedegesprek.actionplan.followup.ActionOwnerMail',
                     'nl.nvp.goedegesprek.actionplan.ActionOwnerMail');

-- Review invitations not sent yet keep the trajectory and the version number; the listener reads
-- the title and the region's policymakers when it sends them. (The JSON is written as Jackson
-- writes these records, since the registry also finds a publication by its serialized event.)
update event_publication set
    event_type = 'nl.nvp.goedegesprek.actionplan.plan.PlanSubmittedForReview',
    listener_id = 'nl.nvp.goedegesprek.actionplan.plan.PlanReviewMails.on(nl.nvp.goedegesprek.actionplan.plan.PlanSubmittedForReview)',
    serialized_event = '{"trajectoryId":' || (serialized_event::jsonb ->> 'trajectoryId')::bigint
        || ',"number":' || (serialized_event::jsonb ->> 'number')::integer || '}'
where event_type in ('nl.nvp.goedegesprek.actionplan.plan.PlanSubmittedForReview',
                     'nl.nvp.goedegesprek.actionplan.PlanSubmittedForReview');
