package vn.doanthe.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.control.PersonName;
import vn.doanthe.member.entity.Gender;

/**
 * Generates the persons and memberships of a realistic province into the hamlets and branches of the
 * demo province (Vĩnh Long): ages and genders as in a census pyramid, names from
 * {@link VietnameseNames}, CCCDs composed and checked by the application's own {@link NationalId},
 * name parts and search keys derived by its {@link PersonName}, about 1.4 memberships per person in
 * six organisations by their eligibility (youth, women, farmers, veterans, elderly, Red Cross), each
 * with its dated periods (status changes, moves between branches) so counts "as of" a past day differ
 * from today's.
 *
 * <p>Rows are written to tab-separated files and loaded with {@code LOAD DATA LOCAL INFILE} straight
 * into the schema Flyway created: not through the EJB layer, so generated rows have no audit entries.
 */
final class ProvinceGenerator {

    private static final Logger LOG = Logger.getLogger(ProvinceGenerator.class.getName());
    static final String PROVINCE = "86";
    /** Where the CCCD says the birth was registered: mostly the three provinces merged into Vĩnh Long. */
    private static final String[] BIRTH_PROVINCES = {"86", "86", "86", "86", "86", "86", "86", "86", "86", "86",
            "86", "86", "86", "86", "86", "84", "84", "83", "79", "94"};
    private static final String[] PHONE_PREFIXES = {"32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77",
            "78", "79", "81", "82", "83", "84", "85", "86", "88", "89", "90", "91", "93", "94", "96", "97", "98"};
    private static final String[] OCCUPATIONS = {"Nông dân", "Nông dân", "Nông dân", "Công nhân", "Buôn bán",
            "Lao động tự do", "Nội trợ", "Cán bộ, công chức", "Giáo viên", "Nuôi trồng thủy sản"};
    private static final String[] EDUCATION = {"5/12", "9/12", "9/12", "12/12", "12/12", "12/12", "Trung cấp",
            "Cao đẳng", "Đại học"};

    private final Connection db;
    private final Path work;
    private final Random random = new Random(1_000_000L);
    private final LocalDate today;

    private record Hamlet(long id, String name, String type, int commune, boolean ward) {
    }

    /** One of the six organisations: who may join it and how many of them do. */
    private record Organisation(String code, long id, Map<Long, Long> branchOfHamlet) {
    }

    ProvinceGenerator(Connection db, Path work, LocalDate today) {
        this.db = db;
        this.work = work;
        this.today = today;
    }

    /** Generates {@code persons} persons and their memberships; returns a one-line summary. */
    String generate(int persons) throws SQLException, IOException {
        long started = System.nanoTime();
        Files.createDirectories(work);
        List<Hamlet> hamlets = hamlets();
        if (hamlets.isEmpty()) {
            throw new IllegalStateException("The demo province is missing: start the application with DOANTHE_DEMO=true first");
        }
        Map<String, Organisation> organisations = organisations();
        double[] cumulative = hamletWeights(hamlets);
        int communes = hamlets.stream().mapToInt(Hamlet::commune).max().orElse(0) + 1;
        boolean[] khmerCommune = new boolean[communes];
        for (int i = 0; i < communes; i++) {
            khmerCommune[i] = random.nextInt(10) < 3;
        }

        long personId = maxId("person") + 1;
        long membershipId = maxId("membership") + 1;
        long periodId = maxId("membership_period") + 1;
        Map<String, Integer> serials = new HashMap<>();
        long memberships = 0;
        long periods = 0;
        Path personFile = work.resolve("person.tsv");
        Path membershipFile = work.resolve("membership.tsv");
        Path periodFile = work.resolve("membership_period.tsv");
        Path wordFile = work.resolve("person_word.tsv");
        try (BufferedWriter w = Files.newBufferedWriter(wordFile, StandardCharsets.UTF_8);
             BufferedWriter p = Files.newBufferedWriter(personFile, StandardCharsets.UTF_8);
             BufferedWriter m = Files.newBufferedWriter(membershipFile, StandardCharsets.UTF_8);
             BufferedWriter h = Files.newBufferedWriter(periodFile, StandardCharsets.UTF_8)) {
            for (int n = 0; n < persons; n++, personId++) {
                Hamlet hamlet = hamlets.get(pickIndex(cumulative));
                Gender gender = random.nextInt(1000) < 495 ? Gender.MALE : Gender.FEMALE;
                int age = age();
                LocalDate birth = today.minusYears(age).minusDays(1 + random.nextInt(364));
                boolean khmer = random.nextInt(100) < (khmerCommune[hamlet.commune()] ? 25 : 2);
                PersonName name = PersonName.of(VietnameseNames.fullName(random, gender, khmer));
                String nationalId = nationalId(serials, gender, birth);
                row(p, personId, name.full(), name.family(), name.middle(), name.given(), name.searchKey(), gender.name(),
                        birth, nationalId, random.nextInt(100) < 75 ? phone() : null,
                        khmer ? "05" : random.nextInt(100) < 2 ? "04" : "01", religion(), education(age),
                        occupation(age), hamlet.id(), "Số " + (1 + random.nextInt(400)) + ", " + place(hamlet), 0);
                // The search index of the name, as Person keeps it and the V10 migration fills it.
                for (String word : new LinkedHashSet<>(List.of(name.searchKey().split(" ")))) {
                    row(w, word, hamlet.id(), personId);
                }

                for (Organisation organisation : organisations.values()) {
                    if (!joins(organisation.code(), gender, age, hamlet.ward())) {
                        continue;
                    }
                    Long branch = organisation.branchOfHamlet().get(hamlet.id());
                    if (branch == null) {
                        continue;
                    }
                    LocalDate joined = joined(organisation.code(), birth);
                    String status = "ACTIVE";
                    LocalDate since = joined;
                    long previousBranch = 0;
                    int fate = random.nextInt(1000);
                    if (fate < 140 && joined.isBefore(today.minusDays(2))) {
                        since = joined.plusDays(1 + random.nextInt((int) (today.toEpochDay() - joined.toEpochDay() - 1)));
                        if (fate < 40) {
                            // Moved here from another branch of the same organisation: still active.
                            previousBranch = otherBranch(organisation, hamlet, hamlets, branch);
                        } else {
                            status = fate < 95 ? "LEFT" : fate < 125 ? "AWAY" : "PAUSED";
                        }
                    }
                    row(m, membershipId, personId, organisation.id(), branch,
                            organisation.code() + String.format("%07d", membershipId), joined,
                            random.nextInt(40) == 0 ? "BRANCH_HEAD" : "MEMBER", status, since,
                            "AWAY".equals(status) ? "TP. Hồ Chí Minh" : null,
                            "AWAY".equals(status) ? phone() : null, "LEFT".equals(status) ? "Xin ra hội" : null, 0);
                    if (since.equals(joined)) {
                        row(h, periodId++, membershipId, branch, status, joined, null, 0);
                        periods++;
                    } else {
                        row(h, periodId++, membershipId, previousBranch == 0 ? branch : previousBranch, "ACTIVE",
                                joined, since.minusDays(1), 0);
                        row(h, periodId++, membershipId, branch, status, since, null, 0);
                        periods += 2;
                    }
                    membershipId++;
                    memberships++;
                }
            }
        }
        long written = System.nanoTime();
        load(personFile, "person");
        load(membershipFile, "membership");
        load(periodFile, "membership_period");
        load(wordFile, "person_word");
        for (Path file : List.of(personFile, membershipFile, periodFile, wordFile)) {
            Files.delete(file);
        }
        long loaded = System.nanoTime();
        String summary = String.format("%,d persons, %,d memberships, %,d membership periods over %,d hamlets of %,d communes:"
                        + " generated in %.0f s, loaded in %.0f s (LOAD DATA LOCAL INFILE)",
                persons, memberships, periods, hamlets.size(), communes, (written - started) / 1e9, (loaded - written) / 1e9);
        LOG.info(summary);
        return summary;
    }

    /** Ages 16 to 95 in the proportions of a Mekong delta province's adult population. */
    private int age() {
        int band = random.nextInt(100);
        if (band < 22) {
            return 16 + random.nextInt(14);
        } else if (band < 49) {
            return 30 + random.nextInt(15);
        } else if (band < 74) {
            return 45 + random.nextInt(15);
        } else if (band < 92) {
            return 60 + random.nextInt(15);
        }
        return 75 + random.nextInt(21);
    }

    private boolean joins(String organisation, Gender gender, int age, boolean ward) {
        int chance = switch (organisation) {
            case "DTN" -> age <= 30 ? 60 : 0;
            case "HPN" -> gender == Gender.FEMALE && age >= 18 ? 70 : 0;
            case "HND" -> age >= 18 ? (ward ? 10 : 45) : 0;
            case "CCB" -> gender == Gender.MALE && age >= 40 ? 25 : 0;
            case "NCT" -> age >= 60 ? 85 : 0;
            default -> age >= 18 ? 25 : 0; // CTD
        };
        return random.nextInt(100) < chance;
    }

    /** Joined at the earliest at the organisation's minimum age and not before 1990, at the latest today. */
    private LocalDate joined(String organisation, LocalDate birth) {
        int minimumAge = switch (organisation) {
            case "DTN" -> 16;
            case "CCB" -> 40;
            case "NCT" -> 60;
            default -> 18;
        };
        LocalDate earliest = birth.plusYears(minimumAge);
        if (earliest.isBefore(LocalDate.of(1990, 1, 1))) {
            earliest = LocalDate.of(1990, 1, 1);
        }
        long span = today.toEpochDay() - earliest.toEpochDay();
        return span <= 0 ? today : earliest.plusDays(random.nextLong(span + 1));
    }

    private long otherBranch(Organisation organisation, Hamlet hamlet, List<Hamlet> hamlets, long branch) {
        for (int tries = 0; tries < 5; tries++) {
            Long other = organisation.branchOfHamlet().get(hamlets.get(random.nextInt(hamlets.size())).id());
            if (other != null && other != branch) {
                return other;
            }
        }
        return 0;
    }

    /** A CCCD the application accepts for this person, unique: a serial per province, gender and year. */
    private String nationalId(Map<String, Integer> serials, Gender gender, LocalDate birth) {
        String province = BIRTH_PROVINCES[random.nextInt(BIRTH_PROVINCES.length)];
        String key = province + gender + birth.getYear();
        int n = serials.merge(key, 1, Integer::sum);
        // A bijection of 0..999,999 (7,919 is prime to 10^6), so serials look random but never repeat.
        int serial = (int) ((n * 7_919L + 104_729L) % 1_000_000L);
        String id = NationalId.compose(province, gender, birth.getYear(), serial);
        NationalId.check(id, gender, birth).ifPresent(problem -> {
            throw new IllegalStateException("Generated CCCD " + id + " is refused: " + problem);
        });
        return id;
    }

    private String phone() {
        return "0" + PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + String.format("%07d", random.nextInt(10_000_000));
    }

    private String religion() {
        int r = random.nextInt(100);
        return r < 68 ? "00" : r < 88 ? "01" : r < 94 ? "02" : r < 97 ? "05" : "03";
    }

    private String education(int age) {
        return age < 18 ? "9/12" : EDUCATION[random.nextInt(EDUCATION.length)];
    }

    private String occupation(int age) {
        if (age < 19) {
            return "Học sinh";
        }
        return age >= 62 && random.nextBoolean() ? "Hưu trí" : OCCUPATIONS[random.nextInt(OCCUPATIONS.length)];
    }

    private static String place(Hamlet hamlet) {
        return ("KHOM".equals(hamlet.type()) ? "khóm " : "ấp ") + hamlet.name();
    }

    /** Hamlets differ in size: weights from a log-normal spread, as cumulative shares. */
    private double[] hamletWeights(List<Hamlet> hamlets) {
        double[] cumulative = new double[hamlets.size()];
        double total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += Math.exp(random.nextGaussian() * 0.5) * (hamlets.get(i).ward() ? 1.4 : 1.0);
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private int pickIndex(double[] cumulative) {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    private List<Hamlet> hamlets() throws SQLException {
        List<Hamlet> hamlets = new ArrayList<>();
        Map<Long, Integer> communeIndex = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT h.id, h.name, h.type, c.id, c.type FROM admin_unit h
                JOIN admin_unit c ON c.id = h.parent_id
                JOIN admin_unit p ON p.id = c.parent_id
                WHERE p.code = ? AND h.level = 'HAMLET' AND h.valid_to IS NULL AND c.valid_to IS NULL
                ORDER BY h.code""")) {
            query.setString(1, PROVINCE);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    int commune = communeIndex.computeIfAbsent(row.getLong(4), id -> communeIndex.size());
                    hamlets.add(new Hamlet(row.getLong(1), row.getString(2), row.getString(3), commune,
                            "PHUONG".equals(row.getString(5))));
                }
            }
        }
        return hamlets;
    }

    /** The six organisations generated, with the branch each has in every hamlet. */
    private Map<String, Organisation> organisations() throws SQLException {
        Map<String, Organisation> organisations = new java.util.LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT o.code, o.id, u.admin_unit_id, u.id FROM org_unit u
                JOIN organisation o ON o.id = u.organisation_id
                JOIN admin_unit a ON a.id = u.admin_unit_id
                WHERE a.level = 'HAMLET' AND u.closed_on IS NULL AND o.code IN ('DTN', 'HPN', 'HND', 'CCB', 'NCT', 'CTD')
                ORDER BY o.sort_order, u.id""");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long organisationId = row.getLong(2);
                organisations.computeIfAbsent(row.getString(1), code -> new Organisation(code, organisationId, new HashMap<>()))
                        .branchOfHamlet().putIfAbsent(row.getLong(3), row.getLong(4));
            }
        }
        return organisations;
    }

    private long maxId(String table) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void load(Path file, String table) throws SQLException {
        long started = System.nanoTime();
        try (Statement load = db.createStatement()) {
            load.execute("SET foreign_key_checks = 0, unique_checks = 0");
            long rows = load.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n'");
            load.execute("SET foreign_key_checks = 1, unique_checks = 1");
            LOG.info(() -> String.format("Loaded %,d rows into %s in %d ms", rows, table, (System.nanoTime() - started) / 1_000_000));
        }
    }

    /** One tab-separated line; {@code \N} is NULL. */
    private static void row(BufferedWriter out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(values[i] == null ? "\\N" : values[i].toString());
        }
        out.write('\n');
    }
}
