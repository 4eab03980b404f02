-- Đoàn Thể, schema 26: dissemination campaigns (đợt tuyên truyền, quán triệt) — a document and its
-- approved summary passed from a level to every branch of some organisations in its territory by a
-- deadline; each branch acknowledges the version it will present and records its sessions, who of
-- its members was there, and what they said.
CREATE TABLE campaign (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    directive_id  BIGINT      NOT NULL,
    summary_id    BIGINT      NOT NULL COMMENT 'the approved summary version the campaign passes on',
    admin_unit_id BIGINT      NOT NULL COMMENT 'the territory it reaches',
    deadline      DATE        NOT NULL,
    form          VARCHAR(20) NOT NULL COMMENT 'where it is presented',
    issued_on     DATE        NOT NULL,
    targets       INT         NOT NULL COMMENT 'the branches reached when it was issued',
    version       INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaign_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT fk_campaign_summary FOREIGN KEY (summary_id) REFERENCES directive_summary (id),
    CONSTRAINT fk_campaign_admin_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_campaign_form CHECK (form IN ('REGULAR_MEETING', 'THEMATIC_MEETING', 'CONFERENCE')),
    KEY ix_campaign_directive (directive_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE campaign_organisation (
    campaign_id     BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, organisation_id),
    CONSTRAINT fk_campaign_organisation_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_organisation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB;

-- A branch the campaign reaches (the lowest open units of its organisations in its territory on
-- the day it was issued), written with the campaign in one statement; derived from the campaign's
-- definition, so recorded in the audit trail as the campaign's count. Its acknowledgement of the
-- version it will present is a change of the row, audited as any.
CREATE TABLE campaign_target (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id             BIGINT       NOT NULL,
    org_unit_id             BIGINT       NOT NULL,
    admin_unit_id           BIGINT       NOT NULL COMMENT 'the branch''s territorial unit, for the roll-up by territory',
    acknowledged_summary_id BIGINT       NULL,
    acknowledged_on         DATE         NULL,
    acknowledged_by         VARCHAR(100) NULL,
    version                 INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_campaign_target_unit (campaign_id, org_unit_id),
    CONSTRAINT fk_campaign_target_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_target_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_campaign_target_admin_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_campaign_target_summary FOREIGN KEY (acknowledged_summary_id) REFERENCES directive_summary (id),
    KEY ix_campaign_target_place (campaign_id, admin_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Where and when a branch presented it: the presenter, the members present (from its roll), how many
-- others, the questions asked.
CREATE TABLE campaign_session (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id    BIGINT       NOT NULL,
    target_id      BIGINT       NOT NULL,
    held_on        DATE         NOT NULL,
    presenter      VARCHAR(200) NOT NULL,
    others_present INT          NOT NULL DEFAULT 0,
    questions      TEXT         NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_campaign_session_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_session_target FOREIGN KEY (target_id) REFERENCES campaign_target (id),
    CONSTRAINT ck_campaign_session_others CHECK (others_present >= 0),
    KEY ix_campaign_session_target (target_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE campaign_attendee (
    session_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_campaign_attendee_session FOREIGN KEY (session_id) REFERENCES campaign_session (id),
    CONSTRAINT fk_campaign_attendee_person FOREIGN KEY (person_id) REFERENCES person (id),
    KEY ix_campaign_attendee_person (person_id)
) ENGINE = InnoDB;

-- Members' opinions and proposals (ý kiến, kiến nghị), by topic, in the order the minutes give them.
CREATE TABLE campaign_opinion (
    session_id   BIGINT        NOT NULL,
    position     INT           NOT NULL,
    topic        VARCHAR(200)  NOT NULL,
    opinion_text VARCHAR(4000) NOT NULL,
    PRIMARY KEY (session_id, position),
    CONSTRAINT fk_campaign_opinion_session FOREIGN KEY (session_id) REFERENCES campaign_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
