-- Đoàn Thể, schema 10: the words of every person's name, for search by words in any order.
-- One row per distinct word of the folded name (person.name_key: tones and marks removed, đ -> d),
-- with the person's hamlet, so that a search starts from its rarest typed word inside a territory
-- (word = 'ha' AND hamlet_id IN (...)) instead of scanning every name. The application keeps it
-- (Person.words, rewritten whenever the name or the hamlet changes); it is derived data, not
-- recorded by the audit trail, and can be rebuilt from person.name_key at any time with the
-- INSERT below.
CREATE TABLE person_word (
    word      VARCHAR(150) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    hamlet_id BIGINT       NOT NULL,
    person_id BIGINT       NOT NULL,
    PRIMARY KEY (word, hamlet_id, person_id),
    KEY ix_person_word_person (person_id),
    CONSTRAINT fk_person_word_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_person_word_hamlet FOREIGN KEY (hamlet_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The persons registered before this version: word n of name_key for n = 1 .. its number of words
-- (a name_key has single spaces and at most 150 characters, so at most 75 words).
INSERT IGNORE INTO person_word (word, hamlet_id, person_id)
SELECT SUBSTRING_INDEX(SUBSTRING_INDEX(p.name_key, ' ', n.n), ' ', -1), p.hamlet_id, p.id
  FROM person p
  JOIN (SELECT units.d + 10 * tens.d + 1 AS n
          FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
                UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) units
          JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
                UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) tens) n
    ON n.n <= 1 + LENGTH(p.name_key) - LENGTH(REPLACE(p.name_key, ' ', ''))
 WHERE p.name_key <> '';
