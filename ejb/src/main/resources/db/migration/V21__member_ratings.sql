-- Đoàn Thể, schema 21: the yearly rating of Youth Union members (đánh giá, xếp loại đoàn viên hằng năm).
-- A row is what one branch recorded of one member for one year: the member's self-assessment, the
-- branch's comment and, from the branch the member belongs to at the year's end, the decision. A
-- member transferred during the year keeps the row the previous branch wrote, so the receiving
-- branch decides with the previous branch's comment before it.
CREATE TABLE member_rating (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    person_id     BIGINT        NOT NULL,
    org_unit_id   BIGINT        NOT NULL COMMENT 'the branch (chi đoàn) that wrote the row',
    rated_year    SMALLINT      NOT NULL,
    self_level    VARCHAR(14)   NULL COMMENT 'the member''s self-assessment (tự đánh giá)',
    self_comment  VARCHAR(1000) NULL,
    comment       VARCHAR(1000) NULL COMMENT 'the branch''s comment on the member (nhận xét)',
    level         VARCHAR(14)   NULL COMMENT 'the branch''s decision (xếp loại); only the member''s branch at the year''s end gives it',
    decided_on    DATE          NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_member_rating_person_year_unit (person_id, rated_year, org_unit_id),
    CONSTRAINT fk_member_rating_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_member_rating_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_member_rating_self_level CHECK (self_level IS NULL OR self_level IN
        ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    CONSTRAINT ck_member_rating_level CHECK (level IS NULL OR level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    CONSTRAINT ck_member_rating_decided CHECK ((level IS NULL) = (decided_on IS NULL)),
    KEY ix_member_rating_unit_year (org_unit_id, rated_year),
    KEY ix_member_rating_year_level (rated_year, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
