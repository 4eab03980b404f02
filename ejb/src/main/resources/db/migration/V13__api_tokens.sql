-- API tokens (issue 12): a client presents "Authorization: Bearer dt_…" instead of a password on
-- every call, checked by one indexed look-up of the token's SHA-256 instead of PBKDF2. Only the
-- hash is kept; the token itself is shown once, when it is created. A token acts for its account:
-- its roles and scope, nothing more; it ends on its expiry day or when revoked.
CREATE TABLE api_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    token_hash  CHAR(64)     NOT NULL COMMENT 'SHA-256 of the token, hex',
    prefix      VARCHAR(16)  NOT NULL COMMENT 'the first characters, to tell tokens apart in lists',
    created_at  DATETIME(3)  NOT NULL COMMENT 'UTC',
    created_by  VARCHAR(60)  NOT NULL,
    expires_on  DATE         NOT NULL COMMENT 'last day of validity, Vietnam time',
    revoked_at  DATETIME(3)  NULL COMMENT 'UTC',
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_token_hash (token_hash),
    KEY ix_api_token_user (user_id),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
