-- Đoàn Thể, schema 32: a meeting's minutes (biên bản): the discussion, the conclusions with their
-- votes, the tasks given with their owner and due day, the dues collected, and the adoption after
-- which the record no longer changes.
ALTER TABLE meeting
    ADD COLUMN adopted_by VARCHAR(100) NULL COMMENT 'who adopted the minutes' AFTER adopted_at;

CREATE TABLE meeting_conclusion (
    meeting_id    BIGINT        NOT NULL,
    position      SMALLINT      NOT NULL,
    text          VARCHAR(2000) NOT NULL,
    votes_for     INT           NULL,
    votes_against INT           NULL,
    abstentions   INT           NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_conclusion_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_meeting_conclusion_votes CHECK ((votes_for IS NULL OR votes_for >= 0)
        AND (votes_against IS NULL OR votes_against >= 0) AND (abstentions IS NULL OR abstentions >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE meeting_task (
    meeting_id BIGINT        NOT NULL,
    position   SMALLINT      NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    owner      VARCHAR(200)  NULL,
    due_on     DATE          NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_task_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
