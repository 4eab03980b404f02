-- Đoàn Thể, schema 1: territory, organisations, users, audit trail, start-up bookkeeping.
-- Plain MariaDB SQL (10.11 or newer). Text columns use utf8mb4 with the Vietnamese collation so
-- that names sort as Vietnamese lists do; search uses the folded *_key columns (tones and
-- diacritics removed, đ -> d), because the collation treats đ, ơ, ư ... as letters of their own.

-- ---------------------------------------------------------------------------------------------
-- Territory (đơn vị hành chính): province > district (until 30/06/2025) > commune > hamlet.
-- A unit is valid from valid_from to valid_to inclusive (NULL: open-ended). Codes are the GSO's;
-- since 2025 a new commune reuses a predecessor's code, so a code is unique only among the units
-- still in force (current_code).
CREATE TABLE admin_unit (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(20)  NOT NULL,
    level        VARCHAR(10)  NOT NULL,
    type         VARCHAR(20)  NOT NULL,
    name         VARCHAR(150) NOT NULL,
    name_key     VARCHAR(150) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    parent_id    BIGINT       NULL,
    path         VARCHAR(120) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    valid_from   DATE         NULL,
    valid_to     DATE         NULL,
    official     BOOLEAN      NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    current_code VARCHAR(20) AS (IF(valid_to IS NULL, code, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_admin_unit_level CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'HAMLET')),
    CONSTRAINT ck_admin_unit_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    UNIQUE KEY uk_admin_unit_current_code (current_code),
    KEY ix_admin_unit_code (code, valid_from),
    KEY ix_admin_unit_parent (parent_id, code),
    KEY ix_admin_unit_name_key (name_key),
    KEY ix_admin_unit_path (path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Names a unit had before it was renamed; the current name is admin_unit.name.
CREATE TABLE admin_unit_name (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id    BIGINT       NOT NULL,
    name       VARCHAR(150) NOT NULL,
    valid_from DATE         NULL,
    valid_to   DATE         NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_admin_unit_name_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    KEY ix_admin_unit_name_unit (unit_id, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Merges and reorganisations: the predecessor ceased on effective_on - 1 and (all or part of) it
-- went to the successor from effective_on.
CREATE TABLE admin_unit_succession (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    predecessor_id BIGINT       NOT NULL,
    successor_id   BIGINT       NOT NULL,
    effective_on   DATE         NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    note           VARCHAR(300) NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_succession_predecessor FOREIGN KEY (predecessor_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_succession_successor FOREIGN KEY (successor_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_succession_kind CHECK (kind IN ('FULL', 'PARTIAL')),
    UNIQUE KEY uk_succession_pair (predecessor_id, successor_id),
    KEY ix_succession_successor (successor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- ---------------------------------------------------------------------------------------------
-- Organisations (đoàn thể) and their unit types by level: data, so that adding an association
-- needs no release.
CREATE TABLE organisation (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    code                    VARCHAR(20)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    short_name              VARCHAR(60)  NOT NULL,
    member_title            VARCHAR(60)  NOT NULL,
    umbrella                BOOLEAN      NOT NULL DEFAULT FALSE,
    meeting_interval_months INT          NOT NULL DEFAULT 3,
    sort_order              INT          NOT NULL DEFAULT 100,
    active                  BOOLEAN      NOT NULL DEFAULT TRUE,
    version                 INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_organisation_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- rank: 1 for the top of the organisation's tree, growing downwards; admin_level: the level of
-- territorial unit a unit of this type is placed on.
CREATE TABLE org_unit_type (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(30)  NOT NULL,
    name            VARCHAR(150) NOT NULL,
    unit_rank       INT          NOT NULL,
    admin_level     VARCHAR(10)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_org_unit_type_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_org_unit_type_level CHECK (admin_level IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'HAMLET')),
    UNIQUE KEY uk_org_unit_type_code (organisation_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- An organisation's own tree (committee > chapter > branch > cell), each unit placed on a
-- territorial unit. path: the ids of the unit's ancestors, '/1/7/'.
CREATE TABLE org_unit (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    unit_type_id    BIGINT       NOT NULL,
    parent_id       BIGINT       NULL,
    admin_unit_id   BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    name_key        VARCHAR(200) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    path            VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    established_on  DATE         NULL,
    closed_on       DATE         NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_org_unit_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_org_unit_type FOREIGN KEY (unit_type_id) REFERENCES org_unit_type (id),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_unit_admin_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    KEY ix_org_unit_parent (parent_id, name),
    KEY ix_org_unit_organisation_path (organisation_id, path),
    KEY ix_org_unit_admin_unit (admin_unit_id, organisation_id),
    KEY ix_org_unit_name_key (name_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- ---------------------------------------------------------------------------------------------
-- Users. Scope: a territorial unit and the organisations served (none: all in that territory).
CREATE TABLE user_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(60)  NOT NULL,
    display_name         VARCHAR(150) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    scope_unit_id        BIGINT       NULL,
    locale               VARCHAR(10)  NOT NULL DEFAULT 'vi',
    must_change_password BOOLEAN      NOT NULL DEFAULT TRUE,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           DATETIME(3)  NOT NULL COMMENT 'UTC',
    version              INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_account_username (username),
    CONSTRAINT fk_user_account_scope FOREIGN KEY (scope_unit_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT ck_user_role CHECK (role IN ('ADMIN', 'STAFF', 'VIEWER', 'AUDITOR'))
) ENGINE = InnoDB;

CREATE TABLE user_organisation (
    user_id         BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, organisation_id),
    CONSTRAINT fk_user_organisation_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_user_organisation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB;

-- ---------------------------------------------------------------------------------------------
-- Audit trail: one row per changed entity (changes: JSON array of {field, old, new}) or per event.
CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    at             DATETIME(3)  NOT NULL COMMENT 'UTC',
    username       VARCHAR(100) NOT NULL,
    client_address VARCHAR(64)  NULL,
    request_id     CHAR(36)     CHARACTER SET ascii NOT NULL,
    action         VARCHAR(30)  NOT NULL,
    entity_type    VARCHAR(60)  NULL,
    entity_id      VARCHAR(60)  NULL,
    changes        LONGTEXT     NULL,
    reason         VARCHAR(500) NULL,
    command        VARCHAR(120) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entry_entity (entity_type, entity_id, id),
    KEY ix_audit_entry_user (username, at),
    KEY ix_audit_entry_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- ---------------------------------------------------------------------------------------------
-- Start-up tasks that must run once even when several instances start together: each locks its
-- row (SELECT ... FOR UPDATE) and records when it was done.
CREATE TABLE setup_step (
    name    VARCHAR(50)  NOT NULL,
    done_at TIMESTAMP(3) NULL,
    detail  VARCHAR(500) NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO setup_step (name) VALUES ('reference-units'), ('first-admin'), ('demo-province');
