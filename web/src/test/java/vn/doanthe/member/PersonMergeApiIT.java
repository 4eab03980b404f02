package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Serials;
import vn.doanthe.testing.Sql;

/**
 * Merging two records of one person: memberships, their periods and transfers move to the record
 * kept, a day on which both records were counted counts the person once, every change is audited
 * with the reason; and the refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonMergeApiIT extends ClientTest {

    private static final String COMMUNE = "29254";
    private static final String FIRST = "29254.05";
    private static final String SECOND = "29254.06";
    private static final String THIRD = "29254.02";
    private static final LocalDate BEFORE_OVERLAP = LocalDate.of(2015, 6, 1);
    private static final LocalDate OVERLAP = LocalDate.of(2019, 6, 1);

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aMergeMovesMembershipsHistoryAndTransfersAndCountsAnOverlapOnce() throws SQLException {
        Registry registry = new Registry(admin());
        long kept = person("Đặng Thị Gộp " + Deployments.unique(), FIRST, null, "0911000001", null);
        String nationalId = nationalId();
        long merged = person("Dang Thi Gop " + Deployments.unique(), SECOND, nationalId, "0911000002", "Số 5, ấp Trùng");
        long keptHpn = registry.enrol(kept, registry.branch("HPN", FIRST), "2010-01-01");
        long mergedHpn = registry.enrol(merged, registry.branch("HPN", SECOND), "2018-01-01");
        long mergedHnd = registry.enrol(merged, registry.branch("HND", SECOND), "2012-01-01");
        long transfer = admin().post("/doanthe/api/v1/memberships/" + mergedHpn + "/transfer",
                "{\"toOrgUnitId\": %d}".formatted(registry.branch("HPN", THIRD))).json().getJsonNumber("id").longValue();
        assertEquals(200, admin().post("/doanthe/api/v1/transfers/" + transfer + "/accept", "{}").status());
        long[] early = counted(BEFORE_OVERLAP, kept, merged);
        long[] overlap = counted(OVERLAP, kept, merged);
        assertEquals(2, early[0]);
        assertEquals(2, early[1]);
        assertEquals(3, overlap[0]);
        long[] communeEarly = commune(BEFORE_OVERLAP);
        long[] communeOverlap = commune(OVERLAP);

        Api.Reply reply = admin().post("/doanthe/api/v1/persons/" + kept + "/merge",
                "{\"mergedId\": %d, \"reason\": \"hồ sơ nhập trùng\"}".formatted(merged));

        assertEquals(200, reply.status(), reply.body());
        assertEquals(2, reply.json().getJsonArray("memberships").size(), reply.body());
        assertEquals(404, admin().get("/doanthe/api/v1/persons/" + merged).status());
        // The kept membership: a member since the earlier joining, standing where the later record says.
        JsonObject hpn = admin().get("/doanthe/api/v1/memberships/" + keptHpn).json();
        assertEquals(kept, hpn.getJsonNumber("personId").longValue());
        assertEquals("2010-01-01", hpn.getString("joinedOn"));
        assertEquals(registry.branch("HPN", THIRD), hpn.getJsonNumber("orgUnitId").longValue());
        assertEquals(404, admin().get("/doanthe/api/v1/memberships/" + mergedHpn).status());
        assertEquals(kept, admin().get("/doanthe/api/v1/memberships/" + mergedHnd).json()
                .getJsonNumber("personId").longValue());
        assertEquals(keptHpn, admin().get("/doanthe/api/v1/transfers/" + transfer).json()
                .getJsonNumber("membershipId").longValue());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals(List.of("2010-01-01 2017-12-31 " + registry.branch("HPN", FIRST),
                        "2018-01-01 " + today.minusDays(1) + " " + registry.branch("HPN", SECOND),
                        today + " " + registry.branch("HPN", THIRD)),
                periods(keptHpn));

        // Counted once where both records were counted; nothing else changes.
        assertEquals(2, counted(BEFORE_OVERLAP, kept, merged)[0]);
        assertEquals(1, counted(BEFORE_OVERLAP, kept, merged)[1]);
        assertEquals(2, counted(OVERLAP, kept, merged)[0]);
        assertEquals(1, counted(OVERLAP, kept, merged)[1]);
        assertEquals(communeEarly[0], commune(BEFORE_OVERLAP)[0]);
        assertEquals(communeEarly[1] - 1, commune(BEFORE_OVERLAP)[1]);
        assertEquals(communeOverlap[0] - 1, commune(OVERLAP)[0]);
        assertEquals(communeOverlap[1] - 1, commune(OVERLAP)[1]);

        // Empty fields filled from the merged record, nothing overwritten.
        Object[] person = Sql.row("SELECT national_id, phone, address FROM person WHERE id = ?", kept);
        assertEquals(nationalId, person[0]);
        assertEquals("0911000001", person[1]);
        assertEquals("Số 5, ấp Trùng", person[2]);

        assertAudited("DELETE", "Person", merged);
        assertAudited("MERGE", "Person", kept);
        assertAudited("UPDATE", "Person", kept);
        assertAudited("UPDATE", "Membership", mergedHnd);
        assertAudited("UPDATE", "Membership", keptHpn);
        assertAudited("DELETE", "Membership", mergedHpn);
        assertAudited("UPDATE", "Transfer", transfer);
    }

    @Test
    void aMergeIsRefusedForTheSamePersonTwoCitizenIdsAPendingTransferOrWithoutReason() {
        Registry registry = new Registry(admin());
        long kept = person("Lâm Thị Hai " + Deployments.unique(), FIRST, nationalId(), null, null);
        long other = person("Lâm Thị Hai " + Deployments.unique(), FIRST, nationalId(), null, null);
        long plain = person("Lâm Thị Một " + Deployments.unique(), FIRST, null, null, null);

        assertRefused(400, "mergedId", merge(admin(), kept, kept, "trùng"));
        assertRefused(400, "reason", merge(admin(), kept, plain, " "));
        assertRefused(404, "mergedId", merge(admin(), kept, 999_999_999L, "trùng"));
        assertRefused(409, "mergedId", merge(admin(), kept, other, "trùng"));

        long membership = registry.enrol(plain, registry.branch("CCB", FIRST), "2016-01-01");
        admin().post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                "{\"toOrgUnitId\": %d}".formatted(registry.branch("CCB", SECOND)));
        assertRefused(409, "mergedId", merge(admin(), kept, plain, "trùng"));
        assertEquals(200, admin().get("/doanthe/api/v1/persons/" + plain).status());
    }

    @Test
    void aPersonOutOfTheCallersScopeIsRefusedAsMissing() {
        long inScope = person("Kha Thị Phạm " + Deployments.unique(), FIRST, null, null, null);
        long outside = person("Kha Thị Phạm " + Deployments.unique(), "29242.01", null, null, null);
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());

        assertRefused(404, "mergedId", merge(staff, inScope, outside, "trùng"));
        assertRefused(404, "id", merge(staff, outside, inScope, "trùng"));
        assertEquals(200, admin().get("/doanthe/api/v1/persons/" + outside).status());
    }

    /**
     * An officer of the Women's Union sees both records through their Women's Union memberships,
     * but one of them also belongs to the Farmers' Association: the merge would move that
     * membership too, so it is refused and nothing changes; two records of her organisation alone
     * she merges.
     */
    @Test
    void aMergeThatWouldMoveAnotherOrganisationsMembershipIsRefused() {
        Registry registry = new Registry(admin());
        long kept = person("Tạ Thị Phạm Vi " + Deployments.unique(), FIRST, null, null, null);
        long merged = person("Tạ Thị Phạm Vi " + Deployments.unique(), SECOND, null, null, null);
        long keptHpn = registry.enrol(kept, registry.branch("HPN", FIRST), "2011-01-01");
        long mergedHpn = registry.enrol(merged, registry.branch("HPN", SECOND), "2014-01-01");
        long mergedHnd = registry.enrol(merged, registry.branch("HND", SECOND), "2013-01-01");
        Api womensUnion = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HPN"));

        Api.Reply refused = merge(womensUnion, kept, merged, "trùng");

        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.body().contains("ngoài phạm vi"), refused.body());
        assertEquals(merged, admin().get("/doanthe/api/v1/memberships/" + mergedHnd).json()
                .getJsonNumber("personId").longValue());
        assertEquals(merged, admin().get("/doanthe/api/v1/memberships/" + mergedHpn).json()
                .getJsonNumber("personId").longValue());
        assertEquals(200, admin().get("/doanthe/api/v1/persons/" + merged).status());

        long alone = person("Tạ Thị Phạm Vi " + Deployments.unique(), SECOND, null, null, null);
        registry.enrol(alone, registry.branch("HPN", THIRD), "2016-01-01");
        Api.Reply merging = merge(womensUnion, kept, alone, "trùng");
        assertEquals(200, merging.status(), merging.body());
        assertEquals(keptHpn, merging.json().getJsonArray("memberships").getJsonObject(0).getJsonNumber("id").longValue(),
                merging.body());
    }

    private static Api.Reply merge(Api api, long kept, long merged, String reason) {
        return api.post("/doanthe/api/v1/persons/" + kept + "/merge",
                "{\"mergedId\": %d, \"reason\": \"%s\"}".formatted(merged, reason));
    }

    private static void assertRefused(int status, String field, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }

    private long person(String name, String hamlet, String nationalId, String phone, String address) {
        StringBuilder body = new StringBuilder("{\"fullName\": \"%s\", \"gender\": \"FEMALE\", \"birthDate\": \"1980-02-02\", \"hamletCode\": \"%s\""
                .formatted(name, hamlet));
        if (nationalId != null) {
            body.append(", \"nationalId\": \"").append(nationalId).append('"');
        }
        if (phone != null) {
            body.append(", \"phone\": \"").append(phone).append('"');
        }
        if (address != null) {
            body.append(", \"address\": \"").append(address).append('"');
        }
        Api.Reply created = admin().post("/doanthe/api/v1/persons", body.append('}').toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String nationalId() {
        return NationalId.compose("86", Gender.FEMALE, 1980, Serials.next());
    }

    /** Memberships and persons of these two records counted on the day, by SQL. */
    private static long[] counted(LocalDate day, long... persons) throws SQLException {
        Object[] row = Sql.row("""
                SELECT COUNT(*), COUNT(DISTINCT m.person_id) FROM membership_period mp
                JOIN membership m ON m.id = mp.membership_id
                WHERE mp.valid_from <= ? AND (mp.valid_to IS NULL OR mp.valid_to >= ?)
                  AND mp.status IN ('ACTIVE', 'AWAY', 'PAUSED') AND m.person_id IN (?, ?)""",
                day, day, persons[0], persons[1]);
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** The application's memberships and persons of the commune on the day. */
    private long[] commune(LocalDate day) {
        JsonObject stats = admin().get("/doanthe/api/v1/stats/members?unit=" + COMMUNE + "&asOf=" + day).json();
        return new long[] {stats.getJsonNumber("memberships").longValue(), stats.getJsonNumber("persons").longValue()};
    }

    private static List<String> periods(long membership) throws SQLException {
        Object[] row = Sql.row("""
                SELECT GROUP_CONCAT(CONCAT_WS(' ', valid_from, IFNULL(valid_to, ''), org_unit_id) ORDER BY valid_from SEPARATOR '|')
                FROM membership_period WHERE membership_id = ?""", membership);
        return List.of(((String) row[0]).replace("  ", " ").split("\\|"));
    }

    private static void assertAudited(String action, String entityType, long id) {
        try {
            Object[] row = Sql.row("SELECT id FROM audit_entry WHERE command = 'PersonMerges.merge' AND action = ?"
                    + " AND entity_type = ? AND entity_id = ? AND reason = 'hồ sơ nhập trùng'", action, entityType,
                    Long.toString(id));
            assertNotNull(row, action + " " + entityType + "#" + id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
