-- Đoàn Thể, schema 20: yearly training plans (kế hoạch đào tạo, bồi dưỡng cán bộ) — what an
-- organisation unit plans to run in a year, under which programme or decision, how many courses
-- and trainees it aims at — and the courses that carry a plan out.
CREATE TABLE training_plan (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    organiser_unit_id BIGINT       NOT NULL,
    plan_year         SMALLINT     NOT NULL,
    title             VARCHAR(200) NOT NULL,
    decision          VARCHAR(100) NULL COMMENT 'the programme, plan or decision, its symbol as written',
    planned_courses   INT          NULL,
    planned_trainees  INT          NULL,
    version           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_training_plan_title (organiser_unit_id, plan_year, title),
    CONSTRAINT fk_training_plan_unit FOREIGN KEY (organiser_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_training_plan_targets CHECK ((planned_courses IS NULL OR planned_courses BETWEEN 1 AND 10000)
        AND (planned_trainees IS NULL OR planned_trainees BETWEEN 1 AND 1000000)),
    KEY ix_training_plan_year (plan_year, organiser_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

ALTER TABLE course
    ADD COLUMN plan_id BIGINT NULL COMMENT 'the yearly plan the course carries out' AFTER programme,
    ADD CONSTRAINT fk_course_plan FOREIGN KEY (plan_id) REFERENCES training_plan (id);
