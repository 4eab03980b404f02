package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

/**
 * Transfers of activity and the counts they feed: a pending transfer counts the member once, in the
 * sending unit; the counts equal a hand-written SQL count over the same tables, today and in the past.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransfersAndCountsApiIT extends ClientTest {

    private static final String COMMUNE = "29254";
    private static final String SENDING = "29254.03";
    private static final String RECEIVING = "29254.04";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aPendingTransferCountsTheMemberOnceInTheSendingUnitUntilAccepted() throws SQLException {
        long person = person("Huỳnh Thị Chuyển " + Deployments.unique(), SENDING);
        long membership = enrol(person, branch("HPN", SENDING), "2015-01-01");
        long sendingBefore = hamletCount(SENDING);
        long receivingBefore = hamletCount(RECEIVING);

        Api.Reply issued = admin().post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                "{\"toOrgUnitId\": %d, \"reason\": \"chuyển nơi ở\"}".formatted(branch("HPN", RECEIVING)));
        assertEquals(201, issued.status(), issued.body());
        long transfer = issued.json().getJsonNumber("id").longValue();
        assertEquals("PENDING", issued.json().getString("status"));
        assertEquals(sendingBefore, hamletCount(SENDING));
        assertEquals(receivingBefore, hamletCount(RECEIVING));
        assertCountsEqualSql(today());

        Api.Reply again = admin().post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                "{\"toOrgUnitId\": %d}".formatted(branch("HPN", RECEIVING)));
        assertEquals(409, again.status(), again.body());

        Api.Reply accepted = admin().post("/doanthe/api/v1/transfers/" + transfer + "/accept", "{}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(sendingBefore - 1, hamletCount(SENDING));
        assertEquals(receivingBefore + 1, hamletCount(RECEIVING));
        assertCountsEqualSql(today());
        assertCountsEqualSql(today().minusDays(1));
        assertCountsEqualSql(LocalDate.of(2014, 12, 31));
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesTheMemberWhereSheWas() {
        long person = person("Lý Thị Ở Lại " + Deployments.unique(), SENDING);
        long membership = enrol(person, branch("HND", SENDING), "2016-01-01");
        long transfer = admin().post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                "{\"toOrgUnitId\": %d}".formatted(branch("HND", RECEIVING))).json().getJsonNumber("id").longValue();

        Api.Reply withoutReason = admin().post("/doanthe/api/v1/transfers/" + transfer + "/refuse", "{}");
        assertEquals(400, withoutReason.status(), withoutReason.body());
        Api.Reply refused = admin().post("/doanthe/api/v1/transfers/" + transfer + "/refuse", "{\"reason\": \"sai địa bàn\"}");
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", refused.json().getString("status"));
        JsonObject after = admin().get("/doanthe/api/v1/memberships/" + membership).json();
        assertEquals(branch("HND", SENDING), after.getJsonNumber("orgUnitId").longValue());
    }

    @Test
    void aTransferToAClosedUnitOrAnotherOrganisationIsRefusedNamingTheField() {
        long person = person("Trịnh Thị Đóng " + Deployments.unique(), SENDING);
        long membership = enrol(person, branch("CTD", SENDING), "2017-01-01");
        long chapter = admin().get("/doanthe/api/v1/org-units?organisation=CTD&adminUnit=" + COMMUNE + "&size=1")
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long closed = admin().post("/doanthe/api/v1/org-units", """
                {"organisationCode": "CTD", "type": "CHI_HOI", "parentId": %d, "adminUnitCode": "%s", "name": "Chi hội tạm %s"}"""
                .formatted(chapter, RECEIVING, Deployments.unique())).json().getJsonNumber("id").longValue();
        assertEquals(200, admin().post("/doanthe/api/v1/org-units/" + closed + "/close", "{}").status());

        Api.Reply toClosed = admin().post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                "{\"toOrgUnitId\": %d}".formatted(closed));
        assertEquals(400, toClosed.status(), toClosed.body());
        assertEquals("toOrgUnitId", toClosed.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply toOther = admin().post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                "{\"toOrgUnitId\": %d}".formatted(branch("HPN", RECEIVING)));
        assertEquals(400, toOther.status(), toOther.body());
    }

    /** The API's figures for the commune and each hamlet equal a direct SQL count written independently. */
    private void assertCountsEqualSql(LocalDate day) throws SQLException {
        JsonObject stats = admin().get("/doanthe/api/v1/stats/members?unit=" + COMMUNE + "&asOf=" + day).json();
        long[] commune = sqlCount(day, "(a.code = ? OR p2.code = ?)", COMMUNE, COMMUNE);
        assertEquals(commune[0], stats.getJsonNumber("memberships").longValue(), "memberships on " + day);
        assertEquals(commune[1], stats.getJsonNumber("persons").longValue(), "persons on " + day);
        for (JsonObject child : stats.getJsonArray("children").getValuesAs(JsonObject.class)) {
            long[] hamlet = sqlCount(day, "a.code = ?", child.getString("unit"));
            assertEquals(hamlet[0], child.getJsonNumber("memberships").longValue(), child.toString());
            assertEquals(hamlet[1], child.getJsonNumber("persons").longValue(), child.toString());
        }
        long byOrganisation = stats.getJsonArray("byOrganisation").getValuesAs(JsonObject.class).stream()
                .mapToLong(o -> o.getJsonNumber("members").longValue()).sum();
        assertEquals(commune[0], byOrganisation);
    }

    private static long[] sqlCount(LocalDate day, String where, String... codes) throws SQLException {
        String sql = """
                SELECT COUNT(*), COUNT(DISTINCT m.person_id)
                FROM membership_period mp
                JOIN membership m ON m.id = mp.membership_id
                JOIN org_unit u ON u.id = mp.org_unit_id
                JOIN admin_unit a ON a.id = u.admin_unit_id AND a.valid_to IS NULL
                LEFT JOIN admin_unit p2 ON p2.id = a.parent_id
                WHERE mp.valid_from <= ? AND (mp.valid_to IS NULL OR mp.valid_to >= ?)
                  AND mp.status IN ('ACTIVE', 'AWAY', 'PAUSED')""" + " AND " + where;
        Object[] parameters = new Object[2 + codes.length];
        parameters[0] = day;
        parameters[1] = day;
        System.arraycopy(codes, 0, parameters, 2, codes.length);
        Object[] row = Sql.row(sql, parameters);
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private long hamletCount(String hamlet) {
        JsonObject stats = admin().get("/doanthe/api/v1/stats/members?unit=" + COMMUNE).json();
        return stats.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unit").equals(hamlet)).findFirst().orElseThrow()
                .getJsonNumber("memberships").longValue();
    }

    private long person(String name, String hamlet) {
        return new Registry(admin()).person(name, hamlet);
    }

    private long enrol(long person, long unit, String joinedOn) {
        return new Registry(admin()).enrol(person, unit, joinedOn);
    }

    private long branch(String organisation, String hamlet) {
        return new Registry(admin()).branch(organisation, hamlet);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
