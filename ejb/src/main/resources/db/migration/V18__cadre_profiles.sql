-- Đoàn Thể, schema 18: a cadre's profile (hồ sơ cán bộ) beside the person's registry record — the
-- professional qualification, the political theory level, whether the person is marked as a source
-- of future cadres (nguồn cán bộ) — and the yearly rating of how the cadre did (đánh giá, xếp loại).
-- General education stays on the person (person.education), where the registry already keeps it.
CREATE TABLE cadre_profile (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    person_id          BIGINT       NOT NULL,
    professional_level VARCHAR(12)  NULL COMMENT 'trình độ chuyên môn: PRIMARY … DOCTORATE',
    professional_field VARCHAR(200) NULL COMMENT 'the field as written: Luật, Sư phạm Toán',
    political_theory   VARCHAR(12)  NULL COMMENT 'lý luận chính trị: ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR',
    successor          BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'nguồn cán bộ: planned for a post',
    successor_note     VARCHAR(300) NULL COMMENT 'for which post, as the unit wrote it',
    version            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_cadre_profile_person (person_id),
    CONSTRAINT fk_cadre_profile_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_cadre_profile_level CHECK (professional_level IS NULL OR professional_level IN
        ('PRIMARY', 'SECONDARY', 'COLLEGE', 'UNIVERSITY', 'MASTER', 'DOCTORATE')),
    CONSTRAINT ck_cadre_profile_theory CHECK (political_theory IS NULL OR political_theory IN
        ('ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR')),
    KEY ix_cadre_profile_successor (successor, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- One rating a year per cadre, in the four levels of the yearly review.
CREATE TABLE cadre_rating (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    person_id   BIGINT        NOT NULL,
    rated_year  SMALLINT      NOT NULL,
    level       VARCHAR(14)   NOT NULL,
    comment     VARCHAR(1000) NULL COMMENT 'the review''s words about the cadre',
    version     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_cadre_rating_person_year (person_id, rated_year),
    CONSTRAINT fk_cadre_rating_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_cadre_rating_level CHECK (level IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    KEY ix_cadre_rating_year (rated_year, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
