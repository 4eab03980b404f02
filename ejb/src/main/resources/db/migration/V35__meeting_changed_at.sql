-- Every command on a meeting changes this column, so two officers saving one meeting at once
-- collide on its version even when the command replaces only one of its lists.
ALTER TABLE meeting ADD COLUMN changed_at DATETIME(3) NULL;
