-- Đoàn Thể, schema 28: the consolidated report (báo cáo tổng hợp) each level below a campaign's
-- territory sends up by a due date — the campaign's figures under it and the members' opinions, as
-- they stood when it was sent, and the officer's note.
ALTER TABLE campaign ADD COLUMN report_due DATE NULL COMMENT 'when the levels below send their consolidated report up';
UPDATE campaign SET report_due = deadline + INTERVAL 7 DAY;
ALTER TABLE campaign MODIFY report_due DATE NOT NULL COMMENT 'when the levels below send their consolidated report up';

CREATE TABLE campaign_report (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id     BIGINT        NOT NULL,
    admin_unit_id   BIGINT        NOT NULL COMMENT 'the level that reports (a commune, a district)',
    submitted_on    DATE          NOT NULL,
    submitted_by    VARCHAR(100)  NOT NULL,
    note            VARCHAR(4000) NULL COMMENT 'what the level adds: its assessment, its own proposals',
    targets         INT           NOT NULL,
    acknowledged    INT           NOT NULL,
    sessions_held   INT           NOT NULL,
    members_reached INT           NOT NULL,
    members         INT           NOT NULL,
    opinions        INT           NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_campaign_report_unit (campaign_id, admin_unit_id),
    CONSTRAINT fk_campaign_report_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_report_admin_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_campaign_report_counts CHECK (targets >= 0 AND acknowledged >= 0 AND sessions_held >= 0
        AND members_reached >= 0 AND members >= 0 AND opinions >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
