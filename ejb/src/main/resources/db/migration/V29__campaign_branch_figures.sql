-- Đoàn Thể, schema 29: each campaign target keeps its branch's figures, so that a province's progress
-- is a sum over its few thousand targets rather than a count over its million membership periods.
-- Derived and kept by the commands that change them (a membership of the branch, a session
-- recorded), never audited; this migration counts them once for the campaigns already issued.
ALTER TABLE campaign_target
    ADD COLUMN members         INT NOT NULL DEFAULT 0 COMMENT 'the branch''s members active on the deadline',
    ADD COLUMN sessions        INT NOT NULL DEFAULT 0 COMMENT 'its sessions recorded',
    ADD COLUMN members_reached INT NOT NULL DEFAULT 0 COMMENT 'its members present at one of its sessions at least';

-- A branch's roll on a day, read from the index alone.
CREATE INDEX ix_membership_period_roll ON membership_period (org_unit_id, status, valid_from, valid_to, membership_id);

UPDATE campaign_target t JOIN campaign c ON c.id = t.campaign_id
   SET t.members = (SELECT COUNT(DISTINCT p.membership_id) FROM membership_period p
                     WHERE p.org_unit_id = t.org_unit_id AND p.status = 'ACTIVE' AND p.valid_from <= c.deadline
                       AND (p.valid_to IS NULL OR p.valid_to >= c.deadline)),
       t.sessions = (SELECT COUNT(*) FROM campaign_session s WHERE s.target_id = t.id),
       t.members_reached = (SELECT COUNT(DISTINCT a.person_id) FROM campaign_attendee a
                              JOIN campaign_session s ON s.id = a.session_id WHERE s.target_id = t.id);
