-- Đoàn Thể, schema 4: transfers of activity (chuyển sinh hoạt). The sending unit issues a transfer;
-- until the receiving unit accepts it the member stays counted where they were, so a pending
-- transfer counts them once, never twice or not at all.
CREATE TABLE transfer (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    membership_id BIGINT       NOT NULL,
    from_unit_id  BIGINT       NOT NULL,
    to_unit_id    BIGINT       NOT NULL,
    requested_on  DATE         NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    decided_on    DATE         NULL,
    reason        VARCHAR(300) NULL,
    decision_note VARCHAR(300) NULL,
    pending_key   BIGINT AS (IF(status = 'PENDING', membership_id, NULL)) PERSISTENT,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_transfer_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_transfer_from_unit FOREIGN KEY (from_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_transfer_to_unit FOREIGN KEY (to_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_transfer_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED')),
    -- At most one pending transfer per membership.
    UNIQUE KEY uk_transfer_pending (pending_key),
    KEY ix_transfer_to_unit (to_unit_id, status),
    KEY ix_transfer_from_unit (from_unit_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
