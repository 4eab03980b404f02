-- Đoàn Thể, schema 23: who completed, in which year, a course meant for which post — the question
-- training coverage asks of every holder of a post. Kept by the commands that record a result and
-- that merge persons (derived from enrolment, course and course_target_post, so not audited apart),
-- it answers with one index lookup a holding where the enrolments took three a course.
CREATE TABLE training_completion (
    person_id      BIGINT   NOT NULL,
    post_type_id   BIGINT   NOT NULL,
    completed_year SMALLINT NOT NULL COMMENT 'the year the course ended',
    PRIMARY KEY (person_id, post_type_id, completed_year),
    CONSTRAINT fk_training_completion_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_training_completion_post FOREIGN KEY (post_type_id) REFERENCES post_type (id)
) ENGINE = InnoDB;

INSERT INTO training_completion (person_id, post_type_id, completed_year)
SELECT DISTINCT e.person_id, t.post_type_id, YEAR(c.ends_on)
  FROM enrolment e JOIN course c ON c.id = e.course_id JOIN course_target_post t ON t.course_id = c.id
 WHERE e.completed;
