-- Each branch's meetings summed by year (derived from the meetings, not audited): the months in
-- which it held a meeting that keeps its schedule (a regular or thematic one), the sum and count
-- of its meetings' attendance rates (a meeting whose roll call was taken, with members expected),
-- and the dues its minutes record. Every command that records a meeting, writes its minutes or
-- counts its attendance again sums the branch's years again in its own transaction, so a
-- province's figures for a year read one row a branch instead of its year's meetings.
CREATE TABLE branch_meeting_year (
    org_unit_id BIGINT            NOT NULL,
    year        SMALLINT          NOT NULL,
    kept_months SMALLINT UNSIGNED NOT NULL COMMENT 'bit m - 1 set: a regular or thematic meeting held in month m',
    rate_sum    DECIMAL(14, 4)    NOT NULL COMMENT 'sum of present / expected, each to four decimals',
    rated       INT               NOT NULL COMMENT 'meetings with an attendance rate',
    dues        BIGINT            NOT NULL COMMENT 'đồng',
    PRIMARY KEY (org_unit_id, year),
    CONSTRAINT fk_branch_meeting_year_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);

INSERT INTO branch_meeting_year (org_unit_id, year, kept_months, rate_sum, rated, dues)
SELECT m.org_unit_id, YEAR(m.held_on),
       BIT_OR(IF(m.type IN ('REGULAR', 'THEMATIC'), 1 << (MONTH(m.held_on) - 1), 0)),
       COALESCE(SUM(CASE WHEN m.roll_taken_at IS NOT NULL AND m.expected > 0 THEN m.present / m.expected END), 0),
       SUM(m.roll_taken_at IS NOT NULL AND m.expected > 0), COALESCE(SUM(m.dues_collected), 0)
  FROM meeting m
 GROUP BY m.org_unit_id, YEAR(m.held_on);
