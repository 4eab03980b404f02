-- Erasure that reaches the audit trail (issue 12, "crypto-shredding"): the personal values an
-- audit entry records (name, birth date, CCCD, phone, address, ethnicity, religion, education,
-- occupation) are stored sealed with a key of the person's (AES-256-GCM); the hash chain covers the
-- sealed text. Anonymising a person destroys the keys they own, after which those values cannot be
-- read by anyone while the chain still verifies. Keys live here, apart from the trail, so that a
-- backup of the trail alone holds no readable personal data. No foreign key to person: a record
-- merged into another is deleted, and its key then belongs to the record it went into (owner_id).
CREATE TABLE data_subject_key (
    id           BIGINT        NOT NULL COMMENT 'random, named in each sealed value',
    person_id    BIGINT        NOT NULL COMMENT 'the record whose audit entries it seals',
    owner_id     BIGINT        NOT NULL COMMENT 'the person whose erasure destroys it',
    key_bytes    VARBINARY(32) NULL COMMENT 'NULL once destroyed',
    created_at   DATETIME(3)   NOT NULL COMMENT 'UTC',
    destroyed_at DATETIME(3)   NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY ix_data_subject_key_person (person_id, destroyed_at),
    KEY ix_data_subject_key_owner (owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
