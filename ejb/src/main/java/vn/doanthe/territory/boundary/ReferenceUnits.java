package vn.doanthe.territory.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.platform.control.BatchInsert;
import vn.doanthe.platform.control.SetupStep;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.territory.control.OfficialUnits;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Loads the official administrative units into an empty database, once: the list in force until
 * 30 June 2025, the list since 1 July 2025, and the successions between them.
 */
@Stateless
public class ReferenceUnits {

    /** The day the two-level administration of the 2025 reform took effect. */
    public static final LocalDate REFORM_DAY = OfficialUnits.REFORM_DAY;


    private static final Logger LOG = Logger.getLogger(ReferenceUnits.class.getName());
    private static final String STEP = "reference-units";
    private static final String INSERT_UNIT = """
            INSERT INTO admin_unit (id, code, level, type, name, name_key, parent_id, path, valid_from, valid_to, official)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)""";
    private static final String INSERT_SUCCESSION = """
            INSERT INTO admin_unit_succession (predecessor_id, successor_id, effective_on, kind, note)
            VALUES (?, ?, ?, ?, ?)""";

    @Resource(lookup = "jdbc/doanthe")
    DataSource dataSource;

    @Inject
    ChangeRecorder auditTrail;

    private record Placed(long id, String subtreePath) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Unguarded("a start-up task")
    public void loadIfMissing() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!SetupStep.claim(connection, STEP)) {
                return;
            }
            long[] nextId = {SetupStep.maxId(connection, "admin_unit") + 1};
            Map<String, Placed> before;
            Map<String, Placed> current;
            try (BatchInsert units = new BatchInsert(connection, INSERT_UNIT)) {
                before = insert(units, nextId, OfficialUnits.before2025(resource("units-before-2025-07-01.json")),
                        null, OfficialUnits.REFORM_DAY.minusDays(1));
                current = insert(units, nextId, OfficialUnits.current(resource("units-current.json")),
                        OfficialUnits.REFORM_DAY, null);
            }
            int linked = 0;
            int unmatched = 0;
            try (Reader table = reader("communes-2025-07-01-old-to-new.csv");
                 Reader supplement = reader("communes-2025-07-01-supplement.csv");
                 BatchInsert successions = new BatchInsert(connection, INSERT_SUCCESSION)) {
                for (OfficialUnits.Predecessor pair : OfficialUnits.reform2025(table, supplement)) {
                    Placed old = before.get(pair.oldCode());
                    Placed successor = current.get(pair.newCode());
                    if (old == null || successor == null) {
                        unmatched++;
                        LOG.warning(() -> "No unit for succession " + pair.oldCode() + " -> " + pair.newCode());
                        continue;
                    }
                    successions.add(old.id(), successor.id(), Date.valueOf(OfficialUnits.REFORM_DAY),
                            pair.kind().name(), pair.note());
                    linked++;
                }
            }
            String detail = String.format("%d units valid until 30/06/2025, %d current units, %d successions"
                    + " (%d unmatched)", before.size(), current.size(), linked, unmatched);
            SetupStep.done(connection, STEP, detail);
            auditTrail.event(Caller.system(), "REFERENCE_LOADED", "AdminUnit", detail);
            LOG.info(() -> "Loaded the official administrative units: " + detail + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the official administrative units failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Placed> insert(BatchInsert units, long[] nextId, List<OfficialUnits.Unit> list,
                                              LocalDate validFrom, LocalDate validTo) throws SQLException {
        Map<String, Placed> placed = new HashMap<>();
        for (OfficialUnits.Unit unit : list) {
            Placed parent = unit.parentCode() == null ? null : placed.get(unit.parentCode());
            String path = parent == null ? "/" : parent.subtreePath();
            long id = nextId[0]++;
            units.add(id, unit.code(), unit.type().level().name(), unit.type().name(), VietnameseText.tidy(unit.name()),
                    AdminUnit.nameKey(unit.name()), parent == null ? null : parent.id(), path,
                    validFrom == null ? null : Date.valueOf(validFrom), validTo == null ? null : Date.valueOf(validTo));
            placed.put(unit.code(), new Placed(id, path + id + "/"));
        }
        return placed;
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceUnits.class.getResourceAsStream(OfficialUnits.RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("Reference data missing from the build: " + name);
        }
        return in;
    }

    private static Reader reader(String name) {
        return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
    }
}
