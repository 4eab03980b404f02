-- Đoàn Thể, schema 7: imports of members from XLSX files. The uploaded file is kept with its
-- import, so nothing a user sent is lost whatever they decide; each row in error is listed by
-- row and column, with a message key translated when it is shown.

CREATE TABLE member_import (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(100) NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    state         VARCHAR(12)  NOT NULL,
    rows_total    INT          NOT NULL DEFAULT 0,
    rows_done     INT          NOT NULL DEFAULT 0,
    rows_valid    INT          NOT NULL DEFAULT 0,
    rows_invalid  INT          NOT NULL DEFAULT 0,
    rows_created  INT          NOT NULL DEFAULT 0,
    rows_unchanged INT         NOT NULL DEFAULT 0,
    failure       VARCHAR(500) NULL,
    created_at    DATETIME(3)  NOT NULL,
    finished_at   DATETIME(3)  NULL,
    content       LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_member_import_user (username, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE member_import_error (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    import_id     BIGINT       NOT NULL,
    sheet_row     INT          NOT NULL,
    column_name   VARCHAR(60)  NULL,
    message_key   VARCHAR(100) NOT NULL,
    arguments     VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_member_import_error_row (import_id, sheet_row),
    CONSTRAINT fk_member_import_error_import FOREIGN KEY (import_id) REFERENCES member_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
