package vn.doanthe.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The generated province's cadres and five years of their training, written straight into the
 * schema (no audit entries, like {@link ProvinceGenerator}): in every open unit whose type has a
 * head post, a head and deputies drawn from the unit's members (a commune committee's from the
 * members of its branches), some committee members, a predecessor for four posts in ten, a vacant
 * head in one unit in 25, an acting head in one in 20; then each year three courses by each commune
 * committee, one for the heads and deputies of its branches, two for every holder of a branch post;
 * most holders enrol, attend and complete.
 * Fixed seed: the same province gets the same cadres.
 */
final class CadreGenerator {

    private record PostType(long id, long unitTypeId, String rank, boolean single, Integer termMonths) {
    }

    private record Unit(long id, long organisationId, long unitTypeId, int rank, Long parentId) {
    }

    /** A holding written, kept to enrol its holder in the courses meant for the post. */
    private record Holding(long unitId, Long parentUnitId, long postTypeId, long personId, LocalDate from, LocalDate to) {
    }

    /** The courses each commune committee runs a year: the first for heads and deputies, the others for every branch post. */
    private static final String[] TITLES = {"Bồi dưỡng nghiệp vụ cán bộ chi hội năm ", "Kỹ năng vận động quần chúng năm ",
            "Chuyển đổi số trong công tác hội năm "};

    private final Connection db;
    private final LocalDate today;
    private final Random random = new Random(2026);
    private final List<Holding> holdings = new ArrayList<>();

    CadreGenerator(Connection db, LocalDate today) {
        this.db = db;
        this.today = today;
    }

    /** Writes the cadres and courses; what was written and how long it took, for the results. */
    String generate() throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            Map<Long, List<PostType>> posts = postTypes();
            List<Unit> units = units();
            writeHoldings(units, posts);
            long holdingsDone = System.nanoTime();
            int[] training = writeCourses(units, posts);
            try (Statement completions = db.createStatement()) {
                // What the result command keeps for each trainee (V23), written for all at once.
                completions.executeUpdate("""
                        INSERT INTO training_completion (person_id, post_type_id, completed_year)
                        SELECT DISTINCT e.person_id, t.post_type_id, YEAR(c.ends_on)
                          FROM enrolment e JOIN course c ON c.id = e.course_id JOIN course_target_post t ON t.course_id = c.id
                         WHERE e.completed""");
            }
            db.commit();
            try (Statement analyze = db.createStatement()) {
                analyze.execute("ANALYZE TABLE post_holding, course, course_target_post, enrolment, training_completion");
            }
            return String.format("%,d post holdings in %,d units written in %,d s; %,d courses and %,d enrolments"
                            + " (five years) in %,d s", holdings.size(), units.size(), (holdingsDone - started) / 1_000_000_000,
                    training[0], training[1], (System.nanoTime() - holdingsDone) / 1_000_000_000);
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private Map<Long, List<PostType>> postTypes() throws SQLException {
        Map<Long, List<PostType>> byUnitType = new HashMap<>();
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(
                "SELECT id, unit_type_id, post_rank, single_holder, term_months FROM post_type WHERE active ORDER BY sort_order, id")) {
            while (row.next()) {
                Integer term = row.getObject(5) == null ? null : row.getInt(5);
                byUnitType.computeIfAbsent(row.getLong(2), k -> new ArrayList<>())
                        .add(new PostType(row.getLong(1), row.getLong(2), row.getString(3), row.getBoolean(4), term));
            }
        }
        return byUnitType;
    }

    private List<Unit> units() throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery("""
                SELECT u.id, u.organisation_id, u.unit_type_id, t.unit_rank, u.parent_id
                  FROM org_unit u JOIN org_unit_type t ON t.id = u.unit_type_id
                 WHERE u.closed_on IS NULL ORDER BY u.id""")) {
            while (row.next()) {
                units.add(new Unit(row.getLong(1), row.getLong(2), row.getLong(3), row.getInt(4),
                        row.getObject(5) == null ? null : row.getLong(5)));
            }
        }
        return units;
    }

    private void writeHoldings(List<Unit> units, Map<Long, List<PostType>> posts) throws SQLException {
        try (PreparedStatement ofBranch = db.prepareStatement("""
                SELECT m.person_id FROM membership m WHERE m.org_unit_id = ? AND m.status = 'ACTIVE'
                 ORDER BY RAND(?) LIMIT 8""");
             PreparedStatement ofCommittee = db.prepareStatement("""
                SELECT m.person_id FROM membership m JOIN org_unit b ON b.id = m.org_unit_id
                 WHERE b.parent_id = ? AND m.status = 'ACTIVE' ORDER BY RAND(?) LIMIT 8""");
             PreparedStatement insert = db.prepareStatement("""
                INSERT INTO post_holding (person_id, org_unit_id, post_type_id, held_from, held_to, term_ends_on, mode,
                                          decision, end_reason, holder_born_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT p.birth_date FROM person p WHERE p.id = ?))""")) {
            for (Unit unit : units) {
                List<PostType> ofType = posts.getOrDefault(unit.unitTypeId(), List.of());
                if (ofType.stream().noneMatch(p -> p.rank().equals("HEAD"))) {
                    continue;
                }
                PreparedStatement candidates = unit.rank() >= 4 ? ofBranch : ofCommittee;
                candidates.setLong(1, unit.id());
                candidates.setInt(2, random.nextInt(1_000_000));
                List<Long> people = new ArrayList<>();
                try (ResultSet row = candidates.executeQuery()) {
                    while (row.next()) {
                        people.add(row.getLong(1));
                    }
                }
                if (people.size() < 2) {
                    continue;
                }
                int next = 0;
                for (PostType post : ofType) {
                    int holders = switch (post.rank()) {
                        case "HEAD" -> 1;
                        case "DEPUTY" -> post.single() ? 1 : 1 + random.nextInt(2);
                        default -> unit.rank() < 4 ? 3 : random.nextInt(10) < 8 ? 2 : 0;
                    };
                    if (post.single()) {
                        holders = Math.min(holders, 1);
                    }
                    for (int h = 0; h < holders && next < people.size(); h++) {
                        next = hold(insert, unit, post, people, next);
                    }
                }
            }
            insert.executeBatch();
        }
    }

    /** One post's holder (and perhaps a predecessor); the index of the next candidate not yet used. */
    private int hold(PreparedStatement insert, Unit unit, PostType post, List<Long> people, int next) throws SQLException {
        int term = post.termMonths() == null ? 60 : post.termMonths();
        LocalDate from = today.minusDays(30 + random.nextInt(term * 30 - 30));
        boolean vacant = post.rank().equals("HEAD") && random.nextInt(25) == 0;
        if (random.nextInt(10) < 5 || vacant) {
            if (next + 1 >= people.size() && !vacant) {
                return next + 1;
            }
            LocalDate ended = vacant ? today.minusDays(20 + random.nextInt(300)) : from.minusDays(1);
            LocalDate began = ended.minusMonths(term).plusDays(1);
            write(insert, unit, post, people.get(next++), began, ended, "ELECTED", "hết nhiệm kỳ");
        }
        if (!vacant) {
            int roll = random.nextInt(100);
            String mode = roll < 5 ? "ACTING" : roll < 10 ? "APPOINTED" : "ELECTED";
            write(insert, unit, post, people.get(next++), from, null, mode, null);
        }
        return next;
    }

    private void write(PreparedStatement insert, Unit unit, PostType post, long person, LocalDate from, LocalDate to,
                       String mode, String endReason) throws SQLException {
        insert.setLong(1, person);
        insert.setLong(2, unit.id());
        insert.setLong(3, post.id());
        insert.setDate(4, Date.valueOf(from));
        insert.setDate(5, to == null ? null : Date.valueOf(to));
        insert.setDate(6, post.termMonths() == null ? null : Date.valueOf(from.plusMonths(post.termMonths()).minusDays(1)));
        insert.setString(7, mode);
        insert.setString(8, mode.equals("ELECTED") ? "NQ Đại hội " + from.getYear() : "QĐ " + random.nextInt(200) + "/QĐ");
        insert.setString(9, endReason);
        insert.setLong(10, person);
        insert.addBatch();
        holdings.add(new Holding(unit.id(), unit.parentId(), post.id(), person, from, to));
        if (holdings.size() % 2000 == 0) {
            insert.executeBatch();
        }
    }

    /** Three courses a year for five years by each commune committee; {courses, enrolments}. */
    private int[] writeCourses(List<Unit> units, Map<Long, List<PostType>> posts) throws SQLException {
        Map<Long, List<Holding>> byCommittee = new HashMap<>();
        for (Holding h : holdings) {
            if (h.parentUnitId() != null) {
                byCommittee.computeIfAbsent(h.parentUnitId(), k -> new ArrayList<>()).add(h);
            }
        }
        Map<Long, Set<Long>> branchPostsOfOrganisation = new HashMap<>();
        Map<Long, Long> organisationOfUnitType = new HashMap<>();
        for (Unit unit : units) {
            organisationOfUnitType.put(unit.unitTypeId(), unit.organisationId());
        }
        Map<Long, Set<Long>> leadersOfOrganisation = new HashMap<>();
        posts.values().stream().flatMap(List::stream).forEach(p -> {
            Long organisation = organisationOfUnitType.get(p.unitTypeId());
            if (organisation != null) {
                branchPostsOfOrganisation.computeIfAbsent(organisation, k -> new HashSet<>()).add(p.id());
                if (!p.rank().equals("MEMBER")) {
                    leadersOfOrganisation.computeIfAbsent(organisation, k -> new HashSet<>()).add(p.id());
                }
            }
        });
        int courses = 0;
        int enrolments = 0;
        try (PreparedStatement course = db.prepareStatement("""
                INSERT INTO course (title, organiser_unit_id, starts_on, ends_on, mode, venue, programme)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement topic = db.prepareStatement(
                     "INSERT INTO course_topic (course_id, position, title, compulsory) VALUES (?, ?, ?, ?)");
             PreparedStatement target = db.prepareStatement(
                     "INSERT INTO course_target_post (course_id, post_type_id) VALUES (?, ?)");
             PreparedStatement enrol = db.prepareStatement("""
                INSERT INTO enrolment (course_id, person_id, outside_target, attended, score, completed)
                VALUES (?, ?, FALSE, ?, ?, ?)""")) {
            for (Unit committee : units) {
                List<Holding> below = byCommittee.get(committee.id());
                if (committee.rank() != 3 || below == null) {
                    continue;
                }
                for (int year = today.getYear() - 4; year <= today.getYear(); year++) {
                    for (int kind = 0; kind < TITLES.length; kind++) {
                        LocalDate starts = LocalDate.of(year, 3 + 3 * kind, 5 + random.nextInt(20));
                        if (starts.isAfter(today.minusDays(3))) {
                            continue;
                        }
                        LocalDate ends = starts.plusDays(1 + random.nextInt(3));
                        course.setString(1, TITLES[kind] + year);
                        course.setLong(2, committee.id());
                        course.setDate(3, Date.valueOf(starts));
                        course.setDate(4, Date.valueOf(ends));
                        course.setString(5, random.nextInt(4) == 0 ? "ONLINE" : "IN_PERSON");
                        course.setString(6, "Hội trường UBND xã");
                        course.setString(7, "KH " + (10 + random.nextInt(80)) + "/KH-" + year);
                        course.executeUpdate();
                        long id;
                        try (ResultSet key = course.getGeneratedKeys()) {
                            key.next();
                            id = key.getLong(1);
                        }
                        courses++;
                        for (int position = 1; position <= 2; position++) {
                            topic.setLong(1, id);
                            topic.setInt(2, position);
                            topic.setString(3, position == 1 ? "Nghiệp vụ công tác hội" : "Kỹ năng tổ chức sinh hoạt");
                            topic.setBoolean(4, position == 1);
                            topic.addBatch();
                        }
                        Set<Long> targeted = (kind == 0 ? leadersOfOrganisation : branchPostsOfOrganisation)
                                .getOrDefault(committee.organisationId(), Set.of());
                        for (long post : targeted) {
                            target.setLong(1, id);
                            target.setLong(2, post);
                            target.addBatch();
                        }
                        Set<Long> enrolled = new HashSet<>();
                        for (Holding h : below) {
                            boolean heldThen = !h.from().isAfter(starts) && (h.to() == null || !h.to().isBefore(starts));
                            if (!heldThen || !targeted.contains(h.postTypeId()) || random.nextInt(100) >= 92
                                    || !enrolled.add(h.personId())) {
                                continue;
                            }
                            boolean attended = random.nextInt(100) < 93;
                            enrol.setLong(1, id);
                            enrol.setLong(2, h.personId());
                            enrol.setBoolean(3, attended);
                            enrol.setObject(4, attended ? 5 + random.nextInt(51) / 10.0 : null);
                            enrol.setBoolean(5, attended && random.nextInt(100) < 92);
                            enrol.addBatch();
                            enrolments++;
                        }
                    }
                }
                topic.executeBatch();
                target.executeBatch();
                enrol.executeBatch();
            }
        }
        return new int[] {courses, enrolments};
    }
}
