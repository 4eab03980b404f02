-- Đoàn Thể, schema 16: cadres (cán bộ) — the posts of each organisation's units and who holds them
-- for which term. Post types are data an administrator edits (a province renames a post, gives a
-- post a term, adds a committee); the rows below are the usual posts of the charters in force in
-- 2026. term_months: the usual term (30 = 2.5 years, 60 = 5 years), NULL for no fixed term.
CREATE TABLE post_type (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(40)  COLLATE utf8mb4_bin NOT NULL,
    organisation_id BIGINT       NOT NULL,
    unit_type_id    BIGINT       NOT NULL,
    name            VARCHAR(150) NOT NULL,
    post_rank       VARCHAR(10)  NOT NULL COMMENT 'HEAD, DEPUTY or MEMBER of the unit''s committee',
    single_holder   BOOLEAN      NOT NULL COMMENT 'one person holds it at a time in a unit',
    term_months     INT          NULL,
    sort_order      INT          NOT NULL DEFAULT 100,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_post_type_code (code),
    CONSTRAINT fk_post_type_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_post_type_unit_type FOREIGN KEY (unit_type_id) REFERENCES org_unit_type (id),
    CONSTRAINT ck_post_type_rank CHECK (post_rank IN ('HEAD', 'DEPUTY', 'MEMBER')),
    CONSTRAINT ck_post_type_term CHECK (term_months IS NULL OR term_months BETWEEN 1 AND 120),
    KEY ix_post_type_unit_type (unit_type_id, post_rank)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A holding (giữ chức vụ): a person holds a post in an organisation unit from a day, until the day
-- it ended (inclusive), or still. How it was given, and the congress resolution or decision behind
-- it, its symbol kept exactly as written ("QĐ 12-QĐ/ĐTN", "NQ Đại hội chi hội 2025"). The term's
-- end is fixed when the post is given, from the post's usual term then.
CREATE TABLE post_holding (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    person_id    BIGINT       NOT NULL,
    org_unit_id  BIGINT       NOT NULL,
    post_type_id BIGINT       NOT NULL,
    held_from    DATE         NOT NULL,
    held_to      DATE         NULL,
    term_ends_on DATE         NULL,
    mode         VARCHAR(10)  NOT NULL,
    decision     VARCHAR(100) NULL,
    end_reason   VARCHAR(300) NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_post_holding_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_post_holding_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_post_holding_post FOREIGN KEY (post_type_id) REFERENCES post_type (id),
    CONSTRAINT ck_post_holding_mode CHECK (mode IN ('ELECTED', 'APPOINTED', 'ACTING')),
    CONSTRAINT ck_post_holding_dates CHECK (held_to IS NULL OR held_to >= held_from),
    KEY ix_post_holding_unit (org_unit_id, post_type_id, held_from),
    KEY ix_post_holding_person (person_id, held_from),
    KEY ix_post_holding_post (post_type_id, held_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO post_type (code, organisation_id, unit_type_id, name, post_rank, single_holder, term_months, sort_order)
SELECT p.code, o.id, t.id, p.name, p.post_rank, p.single_holder, p.term_months, p.sort_order
FROM (
    SELECT 'MTTQ' AS org, 'BAN_CONG_TAC' AS unit_type, 'MTTQ_TRUONG_BAN' AS code,
           'Trưởng ban công tác Mặt trận' AS name, 'HEAD' AS post_rank, TRUE AS single_holder, 60 AS term_months, 10 AS sort_order
    UNION ALL SELECT 'MTTQ', 'BAN_CONG_TAC', 'MTTQ_PHO_BAN', 'Phó trưởng ban công tác Mặt trận', 'DEPUTY', FALSE, 60, 20
    UNION ALL SELECT 'MTTQ', 'UB_XA', 'MTTQ_CHU_TICH_XA', 'Chủ tịch Ủy ban MTTQ xã', 'HEAD', TRUE, 60, 10
    UNION ALL SELECT 'MTTQ', 'UB_XA', 'MTTQ_PHO_CHU_TICH_XA', 'Phó Chủ tịch Ủy ban MTTQ xã', 'DEPUTY', FALSE, 60, 20
    UNION ALL SELECT 'MTTQ', 'UB_XA', 'MTTQ_UY_VIEN_XA', 'Ủy viên Ủy ban MTTQ xã', 'MEMBER', FALSE, 60, 30

    UNION ALL SELECT 'DTN', 'CHI_DOAN', 'DTN_BI_THU_CHI_DOAN', 'Bí thư chi đoàn', 'HEAD', TRUE, 30, 10
    UNION ALL SELECT 'DTN', 'CHI_DOAN', 'DTN_PHO_BI_THU_CHI_DOAN', 'Phó Bí thư chi đoàn', 'DEPUTY', TRUE, 30, 20
    UNION ALL SELECT 'DTN', 'CHI_DOAN', 'DTN_UY_VIEN_CHI_DOAN', 'Ủy viên Ban Chấp hành chi đoàn', 'MEMBER', FALSE, 30, 30
    UNION ALL SELECT 'DTN', 'DOAN_CO_SO', 'DTN_BI_THU_DOAN_XA', 'Bí thư Đoàn xã', 'HEAD', TRUE, 60, 10
    UNION ALL SELECT 'DTN', 'DOAN_CO_SO', 'DTN_PHO_BI_THU_DOAN_XA', 'Phó Bí thư Đoàn xã', 'DEPUTY', FALSE, 60, 20
    UNION ALL SELECT 'DTN', 'DOAN_CO_SO', 'DTN_UY_VIEN_DOAN_XA', 'Ủy viên Ban Chấp hành Đoàn xã', 'MEMBER', FALSE, 60, 30

    UNION ALL SELECT 'HPN', 'CHI_HOI', 'HPN_CHI_HOI_TRUONG', 'Chi hội trưởng Phụ nữ', 'HEAD', TRUE, 30, 10
    UNION ALL SELECT 'HPN', 'CHI_HOI', 'HPN_CHI_HOI_PHO', 'Chi hội phó Phụ nữ', 'DEPUTY', FALSE, 30, 20
    UNION ALL SELECT 'HPN', 'CHI_HOI', 'HPN_THU_KY_CHI_HOI', 'Thư ký chi hội Phụ nữ', 'MEMBER', TRUE, 30, 30
    UNION ALL SELECT 'HPN', 'TO_HOI', 'HPN_TO_TRUONG', 'Tổ trưởng tổ hội Phụ nữ', 'HEAD', TRUE, 30, 10
    UNION ALL SELECT 'HPN', 'HOI_CO_SO', 'HPN_CHU_TICH_XA', 'Chủ tịch Hội LHPN xã', 'HEAD', TRUE, 60, 10
    UNION ALL SELECT 'HPN', 'HOI_CO_SO', 'HPN_PHO_CHU_TICH_XA', 'Phó Chủ tịch Hội LHPN xã', 'DEPUTY', FALSE, 60, 20
    UNION ALL SELECT 'HPN', 'HOI_CO_SO', 'HPN_UY_VIEN_XA', 'Ủy viên Ban Chấp hành Hội LHPN xã', 'MEMBER', FALSE, 60, 30

    UNION ALL SELECT 'HND', 'CHI_HOI', 'HND_CHI_HOI_TRUONG', 'Chi hội trưởng Nông dân', 'HEAD', TRUE, 30, 10
    UNION ALL SELECT 'HND', 'CHI_HOI', 'HND_CHI_HOI_PHO', 'Chi hội phó Nông dân', 'DEPUTY', FALSE, 30, 20
    UNION ALL SELECT 'HND', 'CHI_HOI', 'HND_UY_VIEN_CHI_HOI', 'Ủy viên Ban Chấp hành chi hội Nông dân', 'MEMBER', FALSE, 30, 30
    UNION ALL SELECT 'HND', 'TO_HOI', 'HND_TO_TRUONG', 'Tổ trưởng tổ hội Nông dân', 'HEAD', TRUE, 30, 10
    UNION ALL SELECT 'HND', 'HOI_CO_SO', 'HND_CHU_TICH_XA', 'Chủ tịch Hội Nông dân xã', 'HEAD', TRUE, 60, 10
    UNION ALL SELECT 'HND', 'HOI_CO_SO', 'HND_PHO_CHU_TICH_XA', 'Phó Chủ tịch Hội Nông dân xã', 'DEPUTY', FALSE, 60, 20

    UNION ALL SELECT 'CCB', 'CHI_HOI', 'CCB_CHI_HOI_TRUONG', 'Chi hội trưởng Cựu chiến binh', 'HEAD', TRUE, 30, 10
    UNION ALL SELECT 'CCB', 'CHI_HOI', 'CCB_CHI_HOI_PHO', 'Chi hội phó Cựu chiến binh', 'DEPUTY', FALSE, 30, 20
    UNION ALL SELECT 'CCB', 'HOI_CO_SO', 'CCB_CHU_TICH_XA', 'Chủ tịch Hội Cựu chiến binh xã', 'HEAD', TRUE, 60, 10
    UNION ALL SELECT 'CCB', 'HOI_CO_SO', 'CCB_PHO_CHU_TICH_XA', 'Phó Chủ tịch Hội Cựu chiến binh xã', 'DEPUTY', FALSE, 60, 20

    UNION ALL SELECT 'NCT', 'CHI_HOI', 'NCT_CHI_HOI_TRUONG', 'Chi hội trưởng Người cao tuổi', 'HEAD', TRUE, NULL, 10
    UNION ALL SELECT 'NCT', 'CHI_HOI', 'NCT_CHI_HOI_PHO', 'Chi hội phó Người cao tuổi', 'DEPUTY', FALSE, NULL, 20
    UNION ALL SELECT 'NCT', 'HOI_CO_SO', 'NCT_CHU_TICH_XA', 'Chủ tịch Hội Người cao tuổi xã', 'HEAD', TRUE, 60, 10

    UNION ALL SELECT 'CD', 'TO_CONG_DOAN', 'CD_TO_TRUONG', 'Tổ trưởng tổ công đoàn', 'HEAD', TRUE, 60, 10
    UNION ALL SELECT 'CD', 'CONG_DOAN_CO_SO', 'CD_CHU_TICH', 'Chủ tịch công đoàn cơ sở', 'HEAD', TRUE, 60, 10
    UNION ALL SELECT 'CD', 'CONG_DOAN_CO_SO', 'CD_PHO_CHU_TICH', 'Phó Chủ tịch công đoàn cơ sở', 'DEPUTY', FALSE, 60, 20

    UNION ALL SELECT 'CTD', 'CHI_HOI', 'CTD_CHI_HOI_TRUONG', 'Chi hội trưởng Chữ thập đỏ', 'HEAD', TRUE, 60, 10
    UNION ALL SELECT 'KH', 'CHI_HOI', 'KH_CHI_HOI_TRUONG', 'Chi hội trưởng Khuyến học', 'HEAD', TRUE, 60, 10
) p
JOIN organisation o ON o.code = p.org
JOIN org_unit_type t ON t.organisation_id = o.id AND t.code = p.unit_type;
