-- Đoàn Thể, schema 19: what hamlet posts are paid. Decree 33/2023/NĐ-CP pays an allowance (phụ cấp)
-- to at most three hamlet posts — the Party cell secretary, the hamlet head and the head of the
-- Front work committee — out of a fund the province shares; other hamlet posts (the branch heads of
-- the mass organisations, say) may get a monthly support (hỗ trợ) the province sets. Either is an
-- amount or a coefficient of the base salary (lương cơ sở), for a period, as the province decided.

-- The base salary by period (lương cơ sở), as the government sets it.
CREATE TABLE base_salary (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    valid_from DATE          NOT NULL,
    amount     DECIMAL(12, 0) NOT NULL COMMENT 'đồng a month',
    decision   VARCHAR(100)  NULL COMMENT 'the decree, its symbol as written',
    version    INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_base_salary_from (valid_from),
    CONSTRAINT ck_base_salary_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO base_salary (valid_from, amount, decision) VALUES
    ('2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP'),
    ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP');

-- What a post is paid a month from a day (until the day before the next rate of the post): an
-- allowance or a support, a coefficient of the base salary or an amount in đồng.
CREATE TABLE post_allowance (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    post_type_id BIGINT         NOT NULL,
    kind         VARCHAR(10)    NOT NULL COMMENT 'ALLOWANCE (phụ cấp) or SUPPORT (hỗ trợ)',
    coefficient  DECIMAL(5, 3)  NULL COMMENT 'of the base salary',
    amount       DECIMAL(12, 0) NULL COMMENT 'đồng a month',
    valid_from   DATE           NOT NULL,
    valid_to     DATE           NULL COMMENT 'the last day, set when the next rate of the post starts',
    decision     VARCHAR(100)   NULL COMMENT 'the province''s resolution or decision, as written',
    version      INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_post_allowance_from (post_type_id, valid_from),
    CONSTRAINT fk_post_allowance_post FOREIGN KEY (post_type_id) REFERENCES post_type (id),
    CONSTRAINT ck_post_allowance_kind CHECK (kind IN ('ALLOWANCE', 'SUPPORT')),
    CONSTRAINT ck_post_allowance_rate CHECK ((coefficient IS NULL) <> (amount IS NULL)),
    CONSTRAINT ck_post_allowance_dates CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
