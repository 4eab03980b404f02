-- Protection of the login: failed attempts are kept for a while, and too many of them for one user
-- name lock it for a time (khoá tạm thời). Neither is domain data, so neither passes the audit
-- columns of AuditedEntity; the lock itself and every failure are audit events.

CREATE TABLE login_failure (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(100) NOT NULL,
    client_address VARCHAR(64)  NULL,
    at             DATETIME(3)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY ix_login_failure_user (username, at),
    KEY ix_login_failure_address (client_address, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A user name is locked until locked_until (UTC), whether or not an account has that name, so the
-- answer never tells which names exist.
CREATE TABLE login_lock (
    username     VARCHAR(100) NOT NULL,
    locked_until DATETIME(3)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Accounts whose password lives in the organisation's directory (LDAP / Active Directory): they are
-- created at their first login there, their roles follow their directory groups, and the password
-- column holds no usable hash.
ALTER TABLE user_account ADD COLUMN directory BOOLEAN NOT NULL DEFAULT FALSE;
