-- Đoàn Thể, schema 6: the eligible population (đối tượng kết nạp), the denominator of membership
-- ratios: for a territorial unit, a year and an organisation, how many people could be members
-- (e.g. women aged 18 and over for the Women's Union). Entered by staff, one figure per
-- unit, year and organisation; a unit without its own figure takes the sum of its children's.
CREATE TABLE eligible_population (
    id              BIGINT   NOT NULL AUTO_INCREMENT,
    admin_unit_id   BIGINT   NOT NULL,
    year            SMALLINT NOT NULL,
    organisation_id BIGINT   NOT NULL,
    eligible        BIGINT   NOT NULL,
    version         INT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_eligible_population_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_eligible_population_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_eligible_population_eligible CHECK (eligible >= 0),
    -- One figure per unit, year and organisation; also serves the look-up by unit and year.
    UNIQUE KEY uk_eligible_population (admin_unit_id, year, organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
