-- ---------------------------------------------------------------------------------------------
-- The territorial unit each audit entry concerns (a person's hamlet, a membership's, an
-- organisation unit's or a transfer's sending unit's commune, an administrative unit itself), as
-- it stood when the entry was written: its id and its subtree path (its own path, its id and a
-- slash), so that "this unit and everything below it" is one prefix range of an index. NULL for
-- users, settings, logins and the entries written before this migration.
--
-- The chained hash covers both columns when they are set (vn.doanthe.audit.control.AuditChain):
-- entries written before V12 have none and keep their hashes.
ALTER TABLE audit_entry
    ADD COLUMN unit_id   BIGINT       NULL AFTER command,
    ADD COLUMN unit_path VARCHAR(150) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER unit_id,
    ADD KEY ix_audit_entry_unit (unit_path, at);
