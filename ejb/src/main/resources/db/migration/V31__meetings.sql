-- Đoàn Thể, schema 31: branch meetings (sinh hoạt chi hội, chi đoàn, tổ hội). The rules are data an
-- administrator edits, never constants: how often each type of unit meets, on which day of the
-- month where the province fixes one, and the share of members present below which a meeting is
-- flagged (the charters make a meeting valid when more than half of its members attend).
CREATE TABLE meeting_rule (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    unit_type_id   BIGINT       NOT NULL,
    cadence        VARCHAR(20)  NOT NULL,
    fixed_day      TINYINT      NULL COMMENT 'the day of the month meetings are held on, where one is fixed',
    min_attendance DECIMAL(5, 4) NOT NULL COMMENT 'share of the members expected, 0 to 1',
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_meeting_rule_type (unit_type_id),
    CONSTRAINT fk_meeting_rule_type FOREIGN KEY (unit_type_id) REFERENCES org_unit_type (id),
    CONSTRAINT ck_meeting_rule_cadence CHECK (cadence IN ('MONTHLY', 'BIMONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    CONSTRAINT ck_meeting_rule_day CHECK (fixed_day IS NULL OR fixed_day BETWEEN 1 AND 28),
    CONSTRAINT ck_meeting_rule_attendance CHECK (min_attendance BETWEEN 0 AND 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Defaults for the branches (the units at hamlet level, and trade-union groups): the organisation's
-- usual interval (Youth Union monthly; Women's, Farmers', Veterans', Elderly quarterly).
INSERT INTO meeting_rule (unit_type_id, cadence, min_attendance)
SELECT t.id, CASE o.meeting_interval_months WHEN 1 THEN 'MONTHLY' WHEN 2 THEN 'BIMONTHLY' WHEN 6 THEN 'HALF_YEARLY'
                                            WHEN 12 THEN 'YEARLY' ELSE 'QUARTERLY' END, 0.5
  FROM org_unit_type t JOIN organisation o ON o.id = t.organisation_id
 WHERE t.admin_level = 'HAMLET' OR t.code = 'TO_CONG_DOAN';

-- admin_unit_id: the branch's place when the meeting was recorded, copied for scope and statistics.
-- The attendance figures are kept on the row (derived, not audited): counted again inside every
-- command that takes the roll call or changes a membership of the branch, so that a province's
-- figures are sums over its meetings, not a count over millions of roll-call lines.
CREATE TABLE meeting (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    org_unit_id    BIGINT        NOT NULL,
    admin_unit_id  BIGINT        NOT NULL,
    type           VARCHAR(20)   NOT NULL,
    planned_on     DATE          NULL,
    held_on        DATE          NOT NULL,
    venue          VARCHAR(300)  NULL,
    chair          VARCHAR(200)  NULL,
    secretary      VARCHAR(200)  NULL,
    guests         VARCHAR(1000) NULL,
    discussion     TEXT          NULL,
    dues_collected BIGINT        NULL COMMENT 'đồng',
    roll_taken_at  DATETIME(3)   NULL COMMENT 'UTC; when the roll call was last taken',
    adopted_at     DATETIME(3)   NULL COMMENT 'UTC; the minutes adopted, no longer edited',
    expected       INT           NOT NULL DEFAULT 0 COMMENT 'kept: members active on the day held',
    present        INT           NOT NULL DEFAULT 0 COMMENT 'kept: of them, called present',
    excused        INT           NOT NULL DEFAULT 0 COMMENT 'kept: of them, called excused',
    away           INT           NOT NULL DEFAULT 0 COMMENT 'kept: members working away on the day held',
    away_present   INT           NOT NULL DEFAULT 0 COMMENT 'kept: of them, called present',
    created_at     DATETIME(3)   NOT NULL COMMENT 'UTC',
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_meeting_place FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_meeting_type CHECK (type IN ('REGULAR', 'THEMATIC', 'EXTRAORDINARY', 'CONGRESS')),
    CONSTRAINT ck_meeting_dues CHECK (dues_collected IS NULL OR dues_collected >= 0),
    KEY ix_meeting_unit_day (org_unit_id, held_on),
    KEY ix_meeting_place_day (admin_unit_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE meeting_agenda_item (
    meeting_id BIGINT       NOT NULL,
    position   SMALLINT     NOT NULL,
    text       VARCHAR(500) NOT NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The roll call: one line per member called, by person (a member of the branch on the day).
CREATE TABLE meeting_attendance (
    meeting_id BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    state      VARCHAR(10) NOT NULL,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_meeting_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_attendance_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_meeting_attendance_state CHECK (state IN ('PRESENT', 'EXCUSED', 'ABSENT')),
    KEY ix_meeting_attendance_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The campaign sessions (directive dissemination) held in a meeting: each at most in one meeting.
CREATE TABLE meeting_campaign_session (
    meeting_id BIGINT NOT NULL,
    session_id BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, session_id),
    UNIQUE KEY ux_meeting_campaign_session (session_id),
    CONSTRAINT fk_meeting_session_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_session_session FOREIGN KEY (session_id) REFERENCES campaign_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
