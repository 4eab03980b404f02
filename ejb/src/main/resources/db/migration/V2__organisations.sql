-- The mass organisations and their unit types by level. These are rows, not code: an IT
-- department or an ADMIN adds an association in the console (Tổ chức) without a release.
-- Levels: PROVINCE > DISTRICT (only for history before 1 July 2025) > COMMUNE > HAMLET.

INSERT INTO organisation (code, name, short_name, member_title, umbrella, meeting_interval_months, sort_order) VALUES
    ('MTTQ', 'Mặt trận Tổ quốc Việt Nam', 'Mặt trận', 'thành viên', TRUE, 3, 10),
    ('DTN', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn Thanh niên', 'đoàn viên', FALSE, 1, 20),
    ('HPN', 'Hội Liên hiệp Phụ nữ Việt Nam', 'Hội Phụ nữ', 'hội viên', FALSE, 3, 30),
    ('HND', 'Hội Nông dân Việt Nam', 'Hội Nông dân', 'hội viên', FALSE, 3, 40),
    ('CCB', 'Hội Cựu chiến binh Việt Nam', 'Hội Cựu chiến binh', 'hội viên', FALSE, 3, 50),
    ('CD', 'Công đoàn Việt Nam', 'Công đoàn', 'đoàn viên công đoàn', FALSE, 1, 60),
    ('NCT', 'Hội Người cao tuổi Việt Nam', 'Hội Người cao tuổi', 'hội viên', FALSE, 3, 70),
    ('CTD', 'Hội Chữ thập đỏ Việt Nam', 'Hội Chữ thập đỏ', 'hội viên', FALSE, 3, 80),
    ('KH', 'Hội Khuyến học Việt Nam', 'Hội Khuyến học', 'hội viên', FALSE, 3, 90);

INSERT INTO org_unit_type (organisation_id, code, name, unit_rank, admin_level)
SELECT o.id, t.code, t.name, t.unit_rank, t.admin_level
FROM organisation o
JOIN (
    SELECT 'MTTQ' AS org, 'UB_TINH' AS code, 'Ủy ban MTTQ tỉnh' AS name, 1 AS unit_rank, 'PROVINCE' AS admin_level
    UNION ALL SELECT 'MTTQ', 'UB_HUYEN', 'Ủy ban MTTQ huyện', 2, 'DISTRICT'
    UNION ALL SELECT 'MTTQ', 'UB_XA', 'Ủy ban MTTQ xã', 3, 'COMMUNE'
    UNION ALL SELECT 'MTTQ', 'BAN_CONG_TAC', 'Ban công tác Mặt trận', 4, 'HAMLET'

    UNION ALL SELECT 'DTN', 'TINH_DOAN', 'Tỉnh đoàn', 1, 'PROVINCE'
    UNION ALL SELECT 'DTN', 'HUYEN_DOAN', 'Huyện đoàn', 2, 'DISTRICT'
    UNION ALL SELECT 'DTN', 'DOAN_CO_SO', 'Đoàn cơ sở', 3, 'COMMUNE'
    UNION ALL SELECT 'DTN', 'CHI_DOAN', 'Chi đoàn', 4, 'HAMLET'

    UNION ALL SELECT 'HPN', 'HOI_TINH', 'Hội LHPN tỉnh', 1, 'PROVINCE'
    UNION ALL SELECT 'HPN', 'HOI_HUYEN', 'Hội LHPN huyện', 2, 'DISTRICT'
    UNION ALL SELECT 'HPN', 'HOI_CO_SO', 'Hội LHPN cơ sở', 3, 'COMMUNE'
    UNION ALL SELECT 'HPN', 'CHI_HOI', 'Chi hội Phụ nữ', 4, 'HAMLET'
    UNION ALL SELECT 'HPN', 'TO_HOI', 'Tổ hội Phụ nữ', 5, 'HAMLET'

    UNION ALL SELECT 'HND', 'HOI_TINH', 'Hội Nông dân tỉnh', 1, 'PROVINCE'
    UNION ALL SELECT 'HND', 'HOI_HUYEN', 'Hội Nông dân huyện', 2, 'DISTRICT'
    UNION ALL SELECT 'HND', 'HOI_CO_SO', 'Hội Nông dân cơ sở', 3, 'COMMUNE'
    UNION ALL SELECT 'HND', 'CHI_HOI', 'Chi hội Nông dân', 4, 'HAMLET'
    UNION ALL SELECT 'HND', 'TO_HOI', 'Tổ hội Nông dân', 5, 'HAMLET'

    UNION ALL SELECT 'CCB', 'HOI_TINH', 'Hội Cựu chiến binh tỉnh', 1, 'PROVINCE'
    UNION ALL SELECT 'CCB', 'HOI_HUYEN', 'Hội Cựu chiến binh huyện', 2, 'DISTRICT'
    UNION ALL SELECT 'CCB', 'HOI_CO_SO', 'Hội Cựu chiến binh cơ sở', 3, 'COMMUNE'
    UNION ALL SELECT 'CCB', 'CHI_HOI', 'Chi hội Cựu chiến binh', 4, 'HAMLET'
    UNION ALL SELECT 'CCB', 'PHAN_HOI', 'Phân hội Cựu chiến binh', 5, 'HAMLET'

    UNION ALL SELECT 'CD', 'LDLD_TINH', 'Liên đoàn Lao động tỉnh', 1, 'PROVINCE'
    UNION ALL SELECT 'CD', 'LDLD_HUYEN', 'Liên đoàn Lao động huyện', 2, 'DISTRICT'
    UNION ALL SELECT 'CD', 'CONG_DOAN_CO_SO', 'Công đoàn cơ sở', 3, 'COMMUNE'
    UNION ALL SELECT 'CD', 'TO_CONG_DOAN', 'Tổ công đoàn', 4, 'COMMUNE'

    UNION ALL SELECT 'NCT', 'HOI_TINH', 'Hội Người cao tuổi tỉnh', 1, 'PROVINCE'
    UNION ALL SELECT 'NCT', 'HOI_HUYEN', 'Hội Người cao tuổi huyện', 2, 'DISTRICT'
    UNION ALL SELECT 'NCT', 'HOI_CO_SO', 'Hội Người cao tuổi cơ sở', 3, 'COMMUNE'
    UNION ALL SELECT 'NCT', 'CHI_HOI', 'Chi hội Người cao tuổi', 4, 'HAMLET'

    UNION ALL SELECT 'CTD', 'HOI_TINH', 'Hội Chữ thập đỏ tỉnh', 1, 'PROVINCE'
    UNION ALL SELECT 'CTD', 'HOI_HUYEN', 'Hội Chữ thập đỏ huyện', 2, 'DISTRICT'
    UNION ALL SELECT 'CTD', 'HOI_CO_SO', 'Hội Chữ thập đỏ cơ sở', 3, 'COMMUNE'
    UNION ALL SELECT 'CTD', 'CHI_HOI', 'Chi hội Chữ thập đỏ', 4, 'HAMLET'

    UNION ALL SELECT 'KH', 'HOI_TINH', 'Hội Khuyến học tỉnh', 1, 'PROVINCE'
    UNION ALL SELECT 'KH', 'HOI_HUYEN', 'Hội Khuyến học huyện', 2, 'DISTRICT'
    UNION ALL SELECT 'KH', 'HOI_CO_SO', 'Hội Khuyến học cơ sở', 3, 'COMMUNE'
    UNION ALL SELECT 'KH', 'CHI_HOI', 'Chi hội Khuyến học', 4, 'HAMLET'
) t ON t.org = o.code;
