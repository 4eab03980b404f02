-- Đoàn Thể, schema 27: reminders of dissemination campaigns (nhắc việc, báo quá hạn). Before the
-- deadline a branch that has not held its session is reminded once; after it, the unit above it is
-- told once that the branch is overdue. A round writes the reminders due, under the lock of its row
-- in scheduled_job, so that instances running the round at the same moment write each reminder once.
CREATE TABLE scheduled_job (
    name          VARCHAR(60)  NOT NULL,
    last_run_at   DATETIME(3)  NULL COMMENT 'UTC',
    last_instance VARCHAR(200) NULL COMMENT 'the instance that ran it last (host and process)',
    detail        VARCHAR(500) NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO scheduled_job (name) VALUES ('campaign-reminders');

-- addressed_unit_id: the branch itself (DUE_SOON) or the unit above it (OVERDUE); its territorial
-- unit is copied for the scope of who reads the reminder.
CREATE TABLE campaign_reminder (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id       BIGINT       NOT NULL,
    target_id         BIGINT       NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    missing           VARCHAR(20)  NOT NULL COMMENT 'what the branch had not done when reminded',
    addressed_unit_id BIGINT       NOT NULL,
    addressed_place_id BIGINT      NOT NULL,
    created_at        DATETIME(3)  NOT NULL COMMENT 'UTC',
    created_by        VARCHAR(200) NOT NULL COMMENT 'the instance that wrote it',
    PRIMARY KEY (id),
    UNIQUE KEY ux_campaign_reminder_once (target_id, kind),
    CONSTRAINT fk_campaign_reminder_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_reminder_target FOREIGN KEY (target_id) REFERENCES campaign_target (id),
    CONSTRAINT fk_campaign_reminder_unit FOREIGN KEY (addressed_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_campaign_reminder_place FOREIGN KEY (addressed_place_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_campaign_reminder_kind CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    CONSTRAINT ck_campaign_reminder_missing CHECK (missing IN ('ACKNOWLEDGEMENT', 'SESSION')),
    KEY ix_campaign_reminder_place (addressed_place_id, created_at),
    KEY ix_campaign_reminder_campaign (campaign_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
