package vn.doanthe.demo.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.control.BatchInsert;
import vn.doanthe.platform.control.SetupStep;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.territory.boundary.ReferenceUnits;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Generates the demo province into an empty installation, once: hamlets under each real commune of
 * Vĩnh Long and, for every organisation, its provincial committee, a chapter in each commune and a
 * branch in each hamlet. Generated from a fixed seed, so every installation shows the same demo.
 */
@Stateless
public class DemoProvince {

    public static final String PROVINCE_CODE = "86";
    private static final Logger LOG = Logger.getLogger(DemoProvince.class.getName());
    private static final String STEP = "demo-province";
    private static final List<String> HAMLET_NAMES = List.of("An Bình", "An Hòa", "An Phú", "An Thạnh", "Bình Hòa",
            "Bình Thạnh", "Hòa Lợi", "Hưng Thạnh", "Long Hòa", "Long Thạnh", "Mỹ Hòa", "Phú Hòa", "Phú Thạnh",
            "Phước Hảo", "Tân Hòa", "Tân Lập", "Tân Thành", "Thạnh Phú", "Vĩnh Hòa", "Vĩnh Lợi", "Đông Hòa",
            "Tây Hòa", "Nhứt", "Nhì", "Ba", "Tư", "Năm", "Sáu", "Giồng Trôm", "Cầu Xây", "Bến Giá", "Rạch Dừa");
    private static final String INSERT_UNIT = """
            INSERT INTO admin_unit (id, code, level, type, name, name_key, parent_id, path, valid_from, valid_to, official)
            VALUES (?, ?, 'HAMLET', ?, ?, ?, ?, ?, ?, NULL, FALSE)""";
    private static final String INSERT_ORG_UNIT = """
            INSERT INTO org_unit (id, organisation_id, unit_type_id, parent_id, admin_unit_id, name, name_key, path, established_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Resource(lookup = "jdbc/doanthe")
    DataSource dataSource;

    @Inject
    ChangeRecorder auditTrail;

    private record Place(long id, String code, String type, String name, String subtreePath) {
    }

    private record Types(long organisationId, Long top, String topName, Long commune, String communeName,
                         Long hamlet, String hamletName) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Unguarded("a start-up task")
    public void generateOnce() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!SetupStep.claim(connection, STEP)) {
                return;
            }
            if (count(connection, "SELECT COUNT(*) FROM org_unit") > 0
                    || count(connection, "SELECT COUNT(*) FROM admin_unit WHERE official = FALSE") > 0) {
                SetupStep.done(connection, STEP, "skipped: the database already holds data");
                return;
            }
            Place province = places(connection, "parent_id IS NULL AND code = '" + PROVINCE_CODE + "'").get(0);
            List<Place> communes = places(connection, "parent_id = " + province.id());
            List<List<Place>> hamlets = insertHamlets(connection, communes);
            long orgUnits = insertOrgUnits(connection, province, communes, hamlets);
            long hamletCount = hamlets.stream().mapToLong(List::size).sum();
            String detail = String.format("demo province %s: %d hamlets under %d communes, %d organisation units",
                    province.name(), hamletCount, communes.size(), orgUnits);
            SetupStep.done(connection, STEP, detail);
            auditTrail.event(Caller.system(), "DEMO_GENERATED", "OrgUnit", detail);
            LOG.info(() -> "Generated the " + detail + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the demo province failed", e);
        }
    }

    private List<List<Place>> insertHamlets(Connection connection, List<Place> communes) throws SQLException {
        Random random = new Random(86);
        long nextId = SetupStep.maxId(connection, "admin_unit") + 1;
        Date from = Date.valueOf(ReferenceUnits.REFORM_DAY);
        List<List<Place>> all = new ArrayList<>();
        try (BatchInsert insert = new BatchInsert(connection, INSERT_UNIT)) {
            for (Place commune : communes) {
                boolean ward = "PHUONG".equals(commune.type());
                int count = 4 + random.nextInt(6);
                List<String> names = new ArrayList<>(HAMLET_NAMES);
                Collections.shuffle(names, random);
                List<Place> under = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String type = ward ? "KHOM" : "AP";
                    String name = ward ? Integer.toString(i + 1) : names.get(i);
                    String code = String.format("%s.%02d", commune.code(), i + 1);
                    long id = nextId++;
                    insert.add(id, code, type, name, AdminUnit.nameKey(name), commune.id(), commune.subtreePath(), from);
                    under.add(new Place(id, code, type, name, commune.subtreePath() + id + "/"));
                }
                all.add(under);
            }
        }
        return all;
    }

    private long insertOrgUnits(Connection connection, Place province, List<Place> communes, List<List<Place>> hamlets)
            throws SQLException {
        long nextId = SetupStep.maxId(connection, "org_unit") + 1;
        Date established = Date.valueOf(LocalDate.of(2025, 7, 1));
        try (BatchInsert insert = new BatchInsert(connection, INSERT_ORG_UNIT)) {
            for (Types types : organisationTypes(connection)) {
                long top = nextId++;
                String topPath = "/";
                insert.add(top, types.organisationId(), types.top(), null, province.id(),
                        unitName(types.topName(), province), OrgUnit.nameKey(unitName(types.topName(), province)),
                        topPath, established);
                for (int c = 0; c < communes.size(); c++) {
                    Place commune = communes.get(c);
                    boolean workplaceOnly = types.hamlet() == null;
                    if (types.commune() == null || (workplaceOnly && !"PHUONG".equals(commune.type()))) {
                        continue;
                    }
                    long chapter = nextId++;
                    String chapterPath = topPath + top + "/";
                    String chapterName = unitName(types.communeName(), commune);
                    insert.add(chapter, types.organisationId(), types.commune(), top, commune.id(), chapterName,
                            OrgUnit.nameKey(chapterName), chapterPath, established);
                    if (workplaceOnly) {
                        continue;
                    }
                    for (Place hamlet : hamlets.get(c)) {
                        String branchName = unitName(types.hamletName(), hamlet);
                        insert.add(nextId++, types.organisationId(), types.hamlet(), chapter, hamlet.id(), branchName,
                                OrgUnit.nameKey(branchName), chapterPath + chapter + "/", established);
                    }
                }
            }
            return insert.written();
        }
    }

    /** "Hội LHPN cơ sở" on "xã Tân Hạnh" gives "Hội LHPN xã Tân Hạnh"; "Tỉnh đoàn" gives "Tỉnh đoàn Vĩnh Long". */
    private static String unitName(String typeName, Place place) {
        if (typeName.startsWith("Tỉnh")) {
            return typeName + " " + place.name();
        }
        String base = typeName.replaceAll(" (tỉnh|huyện|xã|cơ sở)$", "");
        return base + " " + placeWord(place.type()) + " " + place.name();
    }

    private static String placeWord(String type) {
        return switch (type) {
            case "TINH" -> "tỉnh";
            case "THANH_PHO_TRUNG_UONG" -> "thành phố";
            case "PHUONG" -> "phường";
            case "DAC_KHU" -> "đặc khu";
            case "AP" -> "ấp";
            case "KHOM" -> "khóm";
            default -> "xã";
        };
    }

    private static List<Types> organisationTypes(Connection connection) throws SQLException {
        List<Types> all = new ArrayList<>();
        try (PreparedStatement organisations = connection.prepareStatement("SELECT id FROM organisation ORDER BY sort_order");
             ResultSet o = organisations.executeQuery()) {
            while (o.next()) {
                long organisation = o.getLong(1);
                Long[] ids = new Long[3];
                String[] names = new String[3];
                try (PreparedStatement types = connection.prepareStatement(
                        "SELECT id, name, admin_level FROM org_unit_type WHERE organisation_id = ? ORDER BY unit_rank")) {
                    types.setLong(1, organisation);
                    try (ResultSet t = types.executeQuery()) {
                        while (t.next()) {
                            int slot = switch (t.getString(3)) {
                                case "PROVINCE" -> 0;
                                case "COMMUNE" -> 1;
                                case "HAMLET" -> 2;
                                default -> -1;
                            };
                            if (slot >= 0 && ids[slot] == null) {
                                ids[slot] = t.getLong(1);
                                names[slot] = t.getString(2);
                            }
                        }
                    }
                }
                if (ids[0] != null) {
                    all.add(new Types(organisation, ids[0], names[0], ids[1], names[1], ids[2], names[2]));
                }
            }
        }
        return all;
    }

    private static List<Place> places(Connection connection, String condition) throws SQLException {
        List<Place> places = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, code, type, name, path FROM admin_unit WHERE valid_to IS NULL AND " + condition + " ORDER BY code");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                places.add(new Place(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5) + row.getLong(1) + "/"));
            }
        }
        return places;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
