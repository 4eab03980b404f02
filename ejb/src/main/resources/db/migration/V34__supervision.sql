-- Đoàn Thể, schema 34: upper-level cadres supervising branch meetings (cán bộ phụ trách địa bàn dự
-- sinh hoạt chi hội). A provincial regulation (784-QĐ/TU in the source article; Kon Tum's 776-QĐ/TU:
-- provincial committee members twice a year, district and commune members six times) sets how many
-- meetings a cadre attends a year by the level of their post: data an administrator edits.
CREATE TABLE supervision_requirement (
    admin_level VARCHAR(10) NOT NULL,
    required    SMALLINT    NOT NULL,
    version     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (admin_level),
    CONSTRAINT ck_supervision_requirement CHECK (required BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO supervision_requirement (admin_level, required) VALUES ('PROVINCE', 2), ('DISTRICT', 6), ('COMMUNE', 6);

-- A cadre assigned to supervise the branches at or below an organisation unit for a year.
CREATE TABLE supervision (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    person_id   BIGINT      NOT NULL,
    org_unit_id BIGINT      NOT NULL,
    year        SMALLINT    NOT NULL,
    required    SMALLINT    NOT NULL,
    version     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_supervision_once (person_id, org_unit_id, year),
    CONSTRAINT fk_supervision_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_supervision_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_supervision_required CHECK (required BETWEEN 0 AND 100),
    KEY ix_supervision_unit_year (org_unit_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The supervisors who attended a meeting, with their remarks.
CREATE TABLE meeting_supervisor (
    meeting_id BIGINT        NOT NULL,
    person_id  BIGINT        NOT NULL,
    remark     VARCHAR(2000) NULL,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_meeting_supervisor_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_supervisor_person FOREIGN KEY (person_id) REFERENCES person (id),
    KEY ix_meeting_supervisor_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
