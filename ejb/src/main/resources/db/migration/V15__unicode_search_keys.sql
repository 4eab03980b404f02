-- Search keys in any script (issue 13). The folded *_key columns were ASCII, on the assumption
-- that folding leaves nothing else; it does: a Khmer or Han name stays in its script (it is a real
-- name, and is searched as written), and the names pasted from Word or old spreadsheets that
-- folding did not clean up made writes fail (the column cannot store the key) and searches fail
-- ("illegal mix of collations" between the ASCII column and the typed text). The keys become utf8mb4.
--
-- utf8mb4_bin: VietnameseText.fold already did what a collation would (case, marks, compatibility
-- forms), identically for what is stored and what is searched; a binary comparison adds no
-- equivalences of its own, so two words the application holds apart never collide in
-- person_word's primary key.
--
-- Width: three times the name's. Folding may lengthen a name (ß -> ss, Æ -> ae, ﬃ -> ffi,
-- ㎑ -> khz); of the characters a name may hold only 26 give more than three (Ⅷ, ⑽, ⁗, Arabic
-- ligatures such as ﷺ), and the entities cut a key at the column's width (a key cut at its end
-- still finds the name by its first words). Person and hamlet names have 150 characters, organisation units 200: at 4 bytes a
-- character the widest key index is 2,400 bytes, person_word's primary key (word, hamlet_id,
-- person_id) 1,816, within InnoDB's 3,072. The indexes on the columns are kept (MODIFY rebuilds them).
--
-- The keys already stored were all ASCII (anything else could not be stored), and for their names
-- the new folding gives the same key, so none is recomputed. The exceptions are names holding a
-- control character (the old folding kept it, the new drops it, and the forms now refuse it) or a
-- mark of a non-Latin script on a Latin letter (the old folding dropped every mark): their keys are
-- rewritten when the name is next saved.
ALTER TABLE admin_unit
    MODIFY name_key VARCHAR(450) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE org_unit
    MODIFY name_key VARCHAR(600) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

-- The parts of a person's name as wide as the name itself: a name of one long word (Khmer and
-- Thai are written without spaces between words) or a long run of middle names broke the 50 and
-- 100 characters of V3 and failed the write. ix_person_sort (given, family, middle, id) then takes at most 1,808 bytes.
-- One statement, so the table is rebuilt once.
ALTER TABLE person
    MODIFY name_key    VARCHAR(450) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY family_name VARCHAR(150) NOT NULL,
    MODIFY middle_name VARCHAR(150) NOT NULL,
    MODIFY given_name  VARCHAR(150) NOT NULL;

ALTER TABLE person_word
    MODIFY word VARCHAR(450) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
