-- Đoàn Thể, schema 3: persons and their memberships, with the dated history every count "as of"
-- a past day is taken from.

-- Ethnic groups (dân tộc): the GSO list of QĐ 121-TCTK/PPCĐ (1979), codes 01-54 for the 54 groups,
-- 55 foreigners, 99 unknown; the numbering used by health and insurance systems. Source: hl7vn/vn-core-ig
-- CodeSystem-vn-core-race (HL7 FHIR licence), as transcribed in vn-admin-units/code-lists.
CREATE TABLE ethnic_group (
    code        CHAR(2)      NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    other_names VARCHAR(300) NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO ethnic_group (code, name, other_names) VALUES
    ('01', 'Kinh', 'Việt'),
    ('02', 'Tày', 'Thổ, Ngạn, Phén, Thù Lao, Pa Dí, Tày Khao'),
    ('03', 'Thái', 'Tày Đăm, Tày Mười, Tày Thanh, Mán Thanh, Hàng Bông, Tày Mường, Pa Thay, Thổ Đà Bắc'),
    ('04', 'Hoa', 'Hán, Triều Châu, Phúc Kiến, Quảng Đông, Hải Nam, Hạ, Xạ Phạng'),
    ('05', 'Khơ-me', 'Cur, Cul, Cu, Thổ, Việt gốc Miên, Krôm'),
    ('06', 'Mường', 'Mol, Mual, Mọi, Mọi Bi, Ao Tá, Ậu Tá'),
    ('07', 'Nùng', 'Xuồng, Giang, Nùng An, Phàn Sinh, Nùng Cháo, Nùng Lòi, Quý Rim, Khèn Lài'),
    ('08', 'HMông', 'Mèo, Hoa, Mèo Xanh, Mèo Đỏ, Mèo Đen, Ná Mẻo, Mán Trắng'),
    ('09', 'Dao', 'Mán, Động, Trại, Xá, Dìu, Miên, Kiềm, Miền, Quần Trắng, Dao Đỏ, Quần Chẹt, Lô Giang, Dao Tiền, Thanh Y, Lan Tẻn, Đại Bản, Tiểu Bản, Cóc Ngáng, Cóc Mùn, Sơn Đầu'),
    ('10', 'Gia-rai', 'Giơ-rai, Tơ-buăn, Chơ-rai, Hơ-bau, Hđrung, Chor'),
    ('11', 'Ngái', 'Xín, Lê, Đản, Khách Gia'),
    ('12', 'Ê-đê', 'Ra-đê, Đê, Kpạ, A-đham, Krung, Ktul, Đliê Ruê, Blô, Epan, Mđhur, Bih'),
    ('13', 'Ba na', 'Giơ-lar. Tơ-lô, Giơ-lâng, Y-lăng, Rơ-ngao, Krem, Roh, ConKđe, A-la Công, Kpăng Công, Bơ-nâm'),
    ('14', 'Xơ-Đăng', 'Xơ-teng, Hđang, Tơ-đra, Mơ-nâm, Ha-lăng, Ca-dong, Kmrâng, ConLan, Bri-la, Tang'),
    ('15', 'Sán Chay', 'Cao Lan, Sán Chỉ, Mán Cao Lan, Hờn Bạn, Sơn Tử'),
    ('16', 'Cơ-ho', 'Xrê, Nốp, Tu-lốp, Cơ-don, Chil, Lat, Lach, Trinh'),
    ('17', 'Chăm', 'Chàm, Chiêm Thành, Hroi'),
    ('18', 'Sán Dìu', 'Sán Dẻo, Trại, Trại Đất, Mán, Quần Cộc'),
    ('19', 'Hrê', 'Chăm Rê, Chom, Krẹ Luỹ'),
    ('20', 'Mnông', 'Pnông, Nông, Pré, Bu-đâng, ĐiPri, Biat, Gar, Rơ-lam, Chil'),
    ('21', 'Ra-glai', 'Ra-clây, Rai, Noang, La-oang'),
    ('22', 'Xtiêng', 'Xa-điêng'),
    ('23', 'Bru-Vân Kiều', 'Bru, Vân Kiều, Măng Coong, Tri Khùa'),
    ('24', 'Thổ', 'Kẹo, Mọn, Cuối, Họ, Đan Lai, Ly Hà, Tày Pọng, Con Kha, Xá Lá Vàng'),
    ('25', 'Giáy', 'Nhắng, Dẩng, Pầu Thìn Nu Nà, Cùi Chu, Xa'),
    ('26', 'Cơ-tu', 'Ca-tu, Cao, Hạ, Phương, Ca-tang'),
    ('27', 'Gié Triêng', 'Đgiéh, Tareb, Giang Rẫy Pin, Triêng, Treng, Ta-riêng, Ve, Veh, La-ve, Ca-tang'),
    ('28', 'Mạ', 'Châu Mạ, Mạ Ngăn, Mạ Xóp, Mạ Tô, Mạ Krung'),
    ('29', 'Khơ-mú', 'Xá Cẩu, Mứn Xen, Pu Thênh, Tềnh, Tày Hay'),
    ('30', 'Co', 'Cor, Col, Cùa, Trầu'),
    ('31', 'Tà-ôi', 'Tôi-ôi, Pa-co, Pa-hi, Ba-hi'),
    ('32', 'Chơ-ro', 'Dơ-ro, Châu-ro'),
    ('33', 'Kháng', 'Xá Khao, Xá Súa, Xá Dón, Xá Dẩng, Xá Hốc, Xá Ái, Xá Bung, Quảng Lâm'),
    ('34', 'Xinh-mun', 'Puộc, Pụa'),
    ('35', 'Hà Nhì', 'U Ni, Xá U Ni'),
    ('36', 'Chu ru', 'Chơ-ru, Chu'),
    ('37', 'Lào', 'Là Bốc, Lào Nọi'),
    ('38', 'La Chí', 'Cù Tê, La Quả'),
    ('39', 'La Ha', 'Xá Khao, Khlá Phlạo'),
    ('40', 'Phù Lá', 'Bồ Khô Pạ, Mu Di Pạ Xá, Phó, Phổ, Va Xơ'),
    ('41', 'La Hủ', 'Lao, Pu Đang, Khù Xung, Cò Xung, Khả Quy'),
    ('42', 'Lự', 'Lừ, Nhuồn, Duôn'),
    ('43', 'Lô Lô', 'Mun Di'),
    ('44', 'Chứt', 'Sách, Máy, Rục, Mã-liêng, A-rem, Tu vang, Pa-leng, Xơ-Lang, Tơ-hung, Chà-củi, Tắc-củi, U-mo, Xá Lá Vàng'),
    ('45', 'Mảng', 'Mảng Ư, Xá Lá Vàng'),
    ('46', 'Pà Thẻn', 'Pà Hưng, Tống'),
    ('47', 'Co Lao', NULL),
    ('48', 'Cống', 'Xắm Khống, Mấng Nhé, Xá Xeng'),
    ('49', 'Bố Y', 'Chủng Chá, Trọng Gia, Tu Di, Tu Din'),
    ('50', 'Si La', 'Cù Dề Xừ, Khả pẻ'),
    ('51', 'Pu Péo', 'Ka Pèo, Pen Ti Lô Lô'),
    ('52', 'Brâu', 'Brao'),
    ('53', 'Ơ Đu', 'Tày Hạt'),
    ('54', 'Rơ măm', NULL),
    ('55', 'Người nước ngoài', NULL),
    ('99', 'Không rõ', NULL);

-- Religions (tôn giáo): the GSO list of QĐ 1019/QĐ-TCTK (2008), 01-13, plus 14 added by QĐ 132/QĐ-TGCP
-- (2014); 00 for no religion, which the list leaves out. Transcribed from the published decisions.
CREATE TABLE religion (
    code CHAR(2)      NOT NULL,
    name VARCHAR(120) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO religion (code, name) VALUES
    ('00', 'Không'),
    ('01', 'Phật giáo'),
    ('02', 'Công giáo'),
    ('03', 'Phật giáo Hòa Hảo'),
    ('04', 'Hồi giáo'),
    ('05', 'Cao Đài'),
    ('06', 'Minh Sư đạo'),
    ('07', 'Minh Lý đạo'),
    ('08', 'Tin Lành'),
    ('09', 'Tịnh độ Cư sĩ Phật hội Việt Nam'),
    ('10', 'Đạo Tứ Ân Hiếu Nghĩa'),
    ('11', 'Bửu Sơn Kỳ Hương'),
    ('12', 'Đạo Baha''i'),
    ('13', 'Bà La Môn'),
    ('14', 'Mặc Môn (Giáo hội Các Thánh hữu Ngày sau của Chúa Giêsu Kytô)');

-- A person (công dân), whatever organisations they belong to. The full name is kept as written;
-- family, middle and given names are derived from it so lists sort by given name as Vietnamese
-- lists do (ix_person_sort also serves keyset paging). name_key is the folded name for search.
CREATE TABLE person (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    full_name      VARCHAR(150) NOT NULL,
    family_name    VARCHAR(50)  NOT NULL,
    middle_name    VARCHAR(100) NOT NULL,
    given_name     VARCHAR(50)  NOT NULL,
    name_key       VARCHAR(150) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    gender         VARCHAR(6)   NOT NULL,
    birth_date     DATE         NOT NULL,
    national_id    CHAR(12)     CHARACTER SET ascii NULL,
    phone          VARCHAR(15)  CHARACTER SET ascii NULL,
    ethnicity_code CHAR(2)      NULL,
    religion_code  CHAR(2)      NULL,
    education      VARCHAR(60)  NULL,
    occupation     VARCHAR(100) NULL,
    hamlet_id      BIGINT       NOT NULL,
    address        VARCHAR(300) NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_person_gender CHECK (gender IN ('MALE', 'FEMALE')),
    CONSTRAINT fk_person_ethnicity FOREIGN KEY (ethnicity_code) REFERENCES ethnic_group (code),
    CONSTRAINT fk_person_religion FOREIGN KEY (religion_code) REFERENCES religion (code),
    CONSTRAINT fk_person_hamlet FOREIGN KEY (hamlet_id) REFERENCES admin_unit (id),
    UNIQUE KEY uk_person_national_id (national_id),
    KEY ix_person_sort (given_name, family_name, middle_name, id),
    KEY ix_person_name_key (name_key),
    KEY ix_person_phone (phone),
    KEY ix_person_hamlet (hamlet_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A person's membership of one organisation (đoàn viên, hội viên): where they are counted now and
-- their current status. One membership per person and organisation; leaving and rejoining reuse it.
CREATE TABLE membership (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    person_id       BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    org_unit_id     BIGINT       NOT NULL,
    member_number   VARCHAR(30)  NULL,
    joined_on       DATE         NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    status_since    DATE         NOT NULL,
    away_place      VARCHAR(200) NULL,
    away_contact    VARCHAR(100) NULL,
    status_reason   VARCHAR(300) NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_membership_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_membership_status CHECK (status IN ('ACTIVE', 'AWAY', 'PAUSED', 'LEFT', 'DECEASED')),
    UNIQUE KEY uk_membership_person_organisation (person_id, organisation_id),
    KEY ix_membership_unit_status (org_unit_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The dated history of each membership: where it was counted and in which status, from valid_from
-- to valid_to inclusive (NULL: still so). Every change closes one period and opens the next, so a
-- count "as of" any day reads the periods that cover that day.
CREATE TABLE membership_period (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    membership_id BIGINT      NOT NULL,
    org_unit_id   BIGINT      NOT NULL,
    status        VARCHAR(10) NOT NULL,
    valid_from    DATE        NOT NULL,
    valid_to      DATE        NULL,
    version       INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_membership_period_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT fk_membership_period_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_membership_period_status CHECK (status IN ('ACTIVE', 'AWAY', 'PAUSED', 'LEFT', 'DECEASED')),
    CONSTRAINT ck_membership_period_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    KEY ix_membership_period_membership (membership_id, valid_to),
    KEY ix_membership_period_unit (org_unit_id, valid_from, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
