-- Đoàn Thể, schema 17: cadre training (tập huấn, bồi dưỡng cán bộ) — courses an organisation unit
-- runs for the holders of some posts, their topics, who was enrolled, and how each did.
-- A course belongs to the year it ends in: the training coverage of a year counts the courses
-- that ended in it.
CREATE TABLE course (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    title             VARCHAR(200) NOT NULL,
    organiser_unit_id BIGINT       NOT NULL COMMENT 'the organisation unit that runs it',
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    mode              VARCHAR(10)  NOT NULL,
    venue             VARCHAR(200) NULL,
    programme         VARCHAR(200) NULL COMMENT 'the plan or decision it carries out, its symbol as written',
    version           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_unit FOREIGN KEY (organiser_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_course_mode CHECK (mode IN ('IN_PERSON', 'ONLINE', 'MIXED')),
    CONSTRAINT ck_course_dates CHECK (ends_on >= starts_on),
    KEY ix_course_unit (organiser_unit_id, ends_on),
    KEY ix_course_ends (ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The topics (chuyên đề) of a course in the order taught, compulsory or elective.
CREATE TABLE course_topic (
    course_id  BIGINT       NOT NULL,
    position   INT          NOT NULL,
    title      VARCHAR(200) NOT NULL,
    compulsory BOOLEAN      NOT NULL,
    PRIMARY KEY (course_id, position),
    CONSTRAINT fk_course_topic_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The posts whose holders the course is for ("all branch heads of the commune").
CREATE TABLE course_target_post (
    course_id    BIGINT NOT NULL,
    post_type_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, post_type_id),
    CONSTRAINT fk_course_target_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_target_post FOREIGN KEY (post_type_id) REFERENCES post_type (id),
    KEY ix_course_target_post (post_type_id, course_id)
) ENGINE = InnoDB;

-- A person enrolled in a course (học viên), and the result once it is known: attended, the test
-- score (0 to 10, as Vietnamese courses mark), completed. outside_target: enrolled although holding
-- none of the target posts, on purpose (a successor trained ahead of the election).
CREATE TABLE enrolment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    course_id      BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    outside_target BOOLEAN       NOT NULL DEFAULT FALSE,
    attended       BOOLEAN       NULL,
    score          DECIMAL(4, 2) NULL,
    completed      BOOLEAN       NOT NULL DEFAULT FALSE,
    reflection     VARCHAR(2000) NULL COMMENT 'the written reflection (bài thu hoạch), in the trainee''s words',
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_enrolment_course_person (course_id, person_id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_enrolment_score CHECK (score IS NULL OR score BETWEEN 0 AND 10),
    CONSTRAINT ck_enrolment_completed CHECK (NOT completed OR attended),
    KEY ix_enrolment_person (person_id, completed)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
