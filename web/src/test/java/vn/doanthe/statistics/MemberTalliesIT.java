package vn.doanthe.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

/**
 * The maintained counts stay what the membership periods say through every kind of change: the
 * counts kept command by command equal the counts rebuilt from the periods, row for row, and the
 * statistics read from them equal hand-written SQL over the periods on days before and after.
 */
@ExtendWith(ArquillianExtension.class)
class MemberTalliesIT extends ClientTest {

    private static final String COMMUNE = "29254";
    private static final String HAMLET = "29254.03";
    private static final String OTHER_HAMLET = "29254.04";

    private static final String KEPT = """
            SELECT COUNT(*), GROUP_CONCAT(CONCAT_WS(' ', admin_unit_id, day, organisation_id, status, delta)
                                          ORDER BY admin_unit_id, day, organisation_id, status SEPARATOR '\\n')
            FROM member_tally_change WHERE delta <> 0""";
    private static final String TODAY = """
            SELECT COUNT(*), GROUP_CONCAT(CONCAT_WS(' ', admin_unit_id, organisation_id, status, members)
                                          ORDER BY admin_unit_id, organisation_id, status SEPARATOR '\\n')
            FROM member_tally WHERE members <> 0""";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void countsKeptCommandByCommandEqualCountsRebuiltFromThePeriods() throws SQLException {
        Registry registry = new Registry(admin());
        long person = registry.person("Đặng Thị Đếm " + Deployments.unique(), HAMLET);
        long women = registry.enrol(person, registry.branch("HPN", HAMLET), "2015-01-01");
        long farmers = registry.enrol(person, registry.branch("HND", OTHER_HAMLET), "2018-03-01");
        status(women, "{\"status\": \"AWAY\", \"day\": \"2020-05-01\", \"awayPlace\": \"Bình Dương\", \"awayContact\": \"0912 345 678\"}");
        status(women, "{\"status\": \"LEFT\", \"day\": \"2023-01-01\", \"reason\": \"chuyển đi nơi khác\"}");
        Api.Reply issued = admin().post("/doanthe/api/v1/memberships/" + farmers + "/transfer",
                "{\"toOrgUnitId\": %d, \"day\": \"2024-02-01\"}".formatted(registry.branch("HND", HAMLET)));
        assertEquals(201, issued.status(), issued.body());
        Api.Reply accepted = admin().post("/doanthe/api/v1/transfers/" + issued.json().getJsonNumber("id") + "/accept",
                "{\"day\": \"2024-02-10\"}");
        assertEquals(200, accepted.status(), accepted.body());
        long neighbour = registry.person("Đặng Văn Đếm " + Deployments.unique(), OTHER_HAMLET);
        registry.enrol(neighbour, registry.branch("HND", OTHER_HAMLET), "2019-07-15");

        Object[] kept = Sql.row(KEPT);
        Object[] keptToday = Sql.row(TODAY);
        Api.Reply recount = admin().post("/doanthe/api/v1/stats/recount", "{\"reason\": \"kiểm tra số liệu\"}");
        assertEquals(200, recount.status(), recount.body());
        assertTrue(recount.json().getJsonNumber("rows").longValue() > 0, recount.body());

        assertEquals(List.of(Sql.row(KEPT)), List.of(kept), "changes by day, kept vs rebuilt");
        assertEquals(List.of(Sql.row(TODAY)), List.of(keptToday), "today's counts, kept vs rebuilt");
        for (String day : List.of("2014-12-31", "2015-01-01", "2019-07-15", "2020-05-01", "2022-12-31",
                "2023-01-01", "2024-02-09", "2024-02-10")) {
            assertCommuneEqualsSql(LocalDate.parse(day));
        }
        assertCommuneEqualsSql(LocalDate.now(VietnamTime.ZONE));
    }

    @Test
    void onlyAnAdministratorRecountsAndSaysWhy() {
        assertEquals(400, admin().post("/doanthe/api/v1/stats/recount", "{}").status());
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), null, List.of());
        assertEquals(403, staff.post("/doanthe/api/v1/stats/recount", "{\"reason\": \"thử\"}").status());
    }

    private void status(long membership, String body) {
        Api.Reply changed = admin().post("/doanthe/api/v1/memberships/" + membership + "/status", body);
        assertEquals(200, changed.status(), changed.body());
    }

    private void assertCommuneEqualsSql(LocalDate day) throws SQLException {
        JsonObject stats = admin().get("/doanthe/api/v1/stats/members?unit=" + COMMUNE + "&asOf=" + day).json();
        Object[] sql = Sql.row("""
                SELECT COUNT(*), COUNT(DISTINCT m.person_id)
                FROM membership_period mp
                JOIN membership m ON m.id = mp.membership_id
                JOIN org_unit u ON u.id = mp.org_unit_id
                JOIN admin_unit a ON a.id = u.admin_unit_id
                JOIN admin_unit c ON c.code = ? AND (a.id = c.id OR a.path LIKE CONCAT(c.path, c.id, '/%'))
                WHERE mp.valid_from <= ? AND (mp.valid_to IS NULL OR mp.valid_to >= ?)
                  AND mp.status IN ('ACTIVE', 'AWAY', 'PAUSED')""", COMMUNE, day, day);
        assertEquals(((Number) sql[0]).longValue(), stats.getJsonNumber("memberships").longValue(), "memberships " + day);
        assertEquals(((Number) sql[1]).longValue(), stats.getJsonNumber("persons").longValue(), "persons " + day);
    }
}
