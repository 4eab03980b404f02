-- ---------------------------------------------------------------------------------------------
-- Tamper-evident audit trail: every entry stores the SHA-256 (hex) of its content and of the
-- previous entry's hash (vn.doanthe.audit.control.AuditChain documents the encoding). Ids are
-- handed out by the chain head, one after the other, so the chain's order is the id order.
ALTER TABLE audit_entry
    ADD COLUMN prev_hash CHAR(64) CHARACTER SET ascii NULL AFTER command,
    ADD COLUMN hash      CHAR(64) CHARACTER SET ascii NULL AFTER prev_hash;

-- The one row every appender locks (SELECT ... FOR UPDATE) so that several instances append in one
-- order. last_hash stays NULL until the first entry after this migration: that append first
-- chains the entries written before it, with the same Java code that verifies them.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_id   BIGINT   NULL,
    last_hash CHAR(64) CHARACTER SET ascii NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, NULL, NULL);
