-- Đoàn Thể, schema 11: member counts kept up to date (số liệu duy trì sẵn), so the statistics of a
-- province answer from a few hundred rows instead of scanning every membership period.
--
-- Both tables are derived from membership_period and can be rebuilt from it at any time
-- (MemberTallies.rebuild); every command that changes memberships updates them in its own
-- transaction, from the changes the mutation path recorded.
--
-- A count is kept for every territorial unit above the place it concerns, not only for the place
-- itself: persons counted once across organisations cannot be added up from the units below (one
-- person may belong to branches in two hamlets), so each level keeps its own.
-- organisation_id 0 with status '*' is the number of persons counted once, whatever organisations.

-- The change of each count on the day it happened: +1 on the first day a membership (or person)
-- counts there, -1 on the first day it no longer does. A count as of a day is today's count minus
-- the changes after that day.
CREATE TABLE member_tally_change (
    admin_unit_id   BIGINT      NOT NULL,
    day             DATE        NOT NULL,
    organisation_id BIGINT      NOT NULL,
    status          VARCHAR(10) NOT NULL,
    delta           INT         NOT NULL,
    PRIMARY KEY (admin_unit_id, day, organisation_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Today's counts: the sum of all changes (no change is dated after today).
CREATE TABLE member_tally (
    admin_unit_id   BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    status          VARCHAR(10) NOT NULL,
    members         INT         NOT NULL,
    PRIMARY KEY (admin_unit_id, organisation_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Filled at the first start after this migration, from the periods already registered.
INSERT INTO setup_step (name) VALUES ('member-tallies');
