-- Đoàn Thể, schema 33: the tasks of earlier meetings followed up at a later one (kiểm điểm việc
-- thực hiện nghị quyết buổi trước). Only the tasks of adopted minutes are followed up: those no
-- longer change, so a follow-up names its task by its meeting and position.
CREATE TABLE meeting_follow_up (
    meeting_id      BIGINT       NOT NULL COMMENT 'the meeting that followed the task up',
    task_meeting_id BIGINT       NOT NULL,
    task_position   SMALLINT     NOT NULL,
    done            BOOLEAN      NOT NULL,
    note            VARCHAR(500) NULL,
    PRIMARY KEY (meeting_id, task_meeting_id, task_position),
    CONSTRAINT fk_meeting_follow_up_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_follow_up_task FOREIGN KEY (task_meeting_id, task_position)
        REFERENCES meeting_task (meeting_id, position),
    KEY ix_meeting_follow_up_task (task_meeting_id, task_position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
