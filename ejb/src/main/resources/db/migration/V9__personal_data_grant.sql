-- The PERSONAL_DATA grant (issue 4): a user holding it beside another role exports CCCD, phone,
-- ethnicity and religion unmasked. The list of roles a user may hold is kept by the database too.
ALTER TABLE user_role DROP CONSTRAINT ck_user_role;
ALTER TABLE user_role ADD CONSTRAINT ck_user_role
    CHECK (role IN ('ADMIN', 'STAFF', 'VIEWER', 'AUDITOR', 'PERSONAL_DATA'));
