-- Đoàn Thể, schema 30: campaign reminders by mail. An account may carry an e-mail address (set by an
-- administrator, or read from the directory's mail attribute at each login); when the IT department
-- configures a mail session, each reminder is mailed once to the accounts that serve the unit it is
-- addressed to, and marked with when and to how many.
ALTER TABLE user_account
    ADD COLUMN email VARCHAR(254) NULL COMMENT 'where reminders are mailed' AFTER display_name;

ALTER TABLE campaign_reminder
    ADD COLUMN mailed_at DATETIME(3) NULL COMMENT 'UTC; when a round mailed it (null: not yet, or no mail session)',
    ADD COLUMN mailed_to SMALLINT    NULL COMMENT 'how many accounts it was mailed to',
    ADD KEY ix_campaign_reminder_unmailed (mailed_at, created_at);
