-- Đoàn Thể, schema 24: a holding carries its holder's birth date, so that the succession report and
-- the cadres' ages read a province's leaders from one index, without looking up a person each
-- (11,800 lookups of the million-person table took 40 ms of the report's 100). Derived from
-- person.birth_date and kept by the commands that change it (a correction, an anonymisation) and
-- that give a holding to another person (a merge), so not audited apart.
ALTER TABLE post_holding ADD COLUMN holder_born_on DATE NULL COMMENT 'person.birth_date of the holder, kept in step';

UPDATE post_holding h JOIN person p ON p.id = h.person_id SET h.holder_born_on = p.birth_date;

ALTER TABLE post_holding MODIFY holder_born_on DATE NOT NULL COMMENT 'person.birth_date of the holder, kept in step';

-- The leaders of a unit on a day, read from the index alone; it leads with the columns of the index
-- it replaces, which the single-holder check and the foreign key use.
CREATE INDEX ix_post_holding_leaders ON post_holding
    (org_unit_id, post_type_id, held_from, held_to, person_id, holder_born_on, mode, term_ends_on);
DROP INDEX ix_post_holding_unit ON post_holding;
