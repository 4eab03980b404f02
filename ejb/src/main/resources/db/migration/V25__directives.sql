-- Đoàn Thể, schema 25: the register of directives (sổ văn bản chỉ đạo) — directives, resolutions,
-- regulations, plans and guidance a level passes on to its members — their files, and the
-- summaries written for members (key points, what members should do, questions and answers) with
-- an outline for presenters, each approved text a version sealed by its hash.
CREATE TABLE directive (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    symbol        VARCHAR(60)   NOT NULL COMMENT 'as written: 26-CT/TU, 03-HD/BTGDVTW, 13/HD-ĐCT-TC',
    symbol_key    VARCHAR(60)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL
                                COMMENT 'its letters and digits, folded, upper case: 26CTTU',
    issuer        VARCHAR(200)  NOT NULL COMMENT 'who issued it: Tỉnh ủy, Ban Thường trực Ủy ban MTTQ tỉnh',
    issuer_key    VARCHAR(600)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    doc_type      VARCHAR(12)   NOT NULL,
    doc_number    INT           NULL COMMENT 'the number of the symbol, which restarts each term',
    issued_on     DATE          NOT NULL,
    issued_year   SMALLINT      AS (YEAR(issued_on)) STORED,
    term          VARCHAR(30)   NULL COMMENT 'the term the number belongs to, as written: 2025-2030',
    title         VARCHAR(500)  NOT NULL COMMENT 'its subject (trích yếu)',
    title_key     VARCHAR(1500) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    admin_unit_id BIGINT        NULL COMMENT 'the level whose register holds it; null: the whole installation',
    register_key  BIGINT        AS (COALESCE(admin_unit_id, 0)) STORED,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- One register holds a document once: the same symbol from the same issuer in the same year.
    UNIQUE KEY ux_directive_symbol (register_key, symbol_key, issuer_key(200), issued_year),
    CONSTRAINT fk_directive_admin_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_directive_type CHECK (doc_type IN ('DIRECTIVE', 'RESOLUTION', 'REGULATION', 'PLAN', 'GUIDANCE',
                                                     'CONCLUSION', 'NOTICE', 'OTHER')),
    KEY ix_directive_symbol_key (symbol_key),
    KEY ix_directive_issued (issued_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A file of the document (the signed PDF, the Word text, a scan). Its bytes are kept in parts of
-- at most 1 MB, so that a 20 MB file is written and read whatever max_allowed_packet the IT
-- department's MariaDB has; the hash, recorded in the audit trail, proves them unchanged.
CREATE TABLE directive_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    directive_id BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'as its content shows it',
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_directive_attachment_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    KEY ix_directive_attachment_directive (directive_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE directive_attachment_part (
    attachment_id BIGINT     NOT NULL,
    part_no       INT        NOT NULL,
    bytes         MEDIUMBLOB NOT NULL,
    PRIMARY KEY (attachment_id, part_no),
    CONSTRAINT fk_directive_attachment_part FOREIGN KEY (attachment_id) REFERENCES directive_attachment (id)
) ENGINE = InnoDB;

-- A summary of a document for members, written at a level (the document's own, or a level below
-- adapting it: based_on names the version it adapts). draft → review → approved; an approved
-- text is never changed: a change is a new version, and approving it supersedes the one before.
CREATE TABLE directive_summary (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    directive_id  BIGINT      NOT NULL,
    admin_unit_id BIGINT      NULL COMMENT 'the level that wrote it; null: the whole installation',
    level_key     BIGINT      AS (COALESCE(admin_unit_id, 0)) STORED,
    version_no    INT         NOT NULL COMMENT '1, 2, 3… for the document at that level',
    state         VARCHAR(10) NOT NULL,
    summary_text  MEDIUMTEXT  NOT NULL COMMENT 'key points, what members should do, questions and answers',
    outline       MEDIUMTEXT  NULL COMMENT 'the presenter''s outline',
    sha256        CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'of the text and the outline',
    based_on_id   BIGINT      NULL,
    written_by    VARCHAR(100) NOT NULL,
    approved_by   VARCHAR(100) NULL,
    approved_at   DATETIME(3) NULL,
    version       INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_directive_summary_version (directive_id, level_key, version_no),
    CONSTRAINT fk_directive_summary_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT fk_directive_summary_admin_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_directive_summary_based_on FOREIGN KEY (based_on_id) REFERENCES directive_summary (id),
    CONSTRAINT ck_directive_summary_state CHECK (state IN ('DRAFT', 'REVIEW', 'APPROVED', 'SUPERSEDED')),
    CONSTRAINT ck_directive_summary_approved CHECK (state IN ('DRAFT', 'REVIEW') OR approved_by IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
