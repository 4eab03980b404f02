package vn.doanthe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

/**
 * Every read and every command of the register, walked as users whose scope leaves the record out:
 * a Women's Union officer of commune 29254 sees her commune's Women's Union members and nothing
 * else, and a record outside her scope is answered exactly as one that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopeApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final String HAMLET = "29254.01";
    private static final String OTHER_COMMUNE = "29242";
    private static final String OTHER_HAMLET = "29242.01";
    private static final long NO_SUCH_ID = 987_654_321L;

    /** Women's Union member in the commune (in scope), Youth Union member in the commune, Women's Union member elsewhere. */
    private long inScope;
    private long otherOrganisation;
    private long otherCommune;
    private long inScopeMembership;
    private long otherOrganisationMembership;
    private long otherCommuneMembership;
    private String word;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @BeforeEach
    void registerThreeWomen() {
        Registry registry = new Registry(admin());
        word = "Pham" + Deployments.unique();
        inScope = registry.person("Nguyễn Thị Trong " + word, HAMLET);
        otherOrganisation = registry.person("Trần Thị Đoàn " + word, HAMLET);
        otherCommune = registry.person("Lê Thị Xa " + word, OTHER_HAMLET);
        inScopeMembership = registry.enrol(inScope, registry.branch("HPN", HAMLET), "2015-01-01");
        otherOrganisationMembership = registry.enrol(otherOrganisation, registry.branch("DTN", HAMLET), "2015-01-01");
        otherCommuneMembership = registry.enrol(otherCommune, registry.branch("HPN", OTHER_HAMLET), "2015-01-01");
    }

    @Test
    void aCommuneWomensUnionOfficerReadsOnlyHerCommunesWomensUnionMembers() {
        Api officer = user("STAFF", COMMUNE, "HPN");

        assertEquals(200, officer.get(API + "/persons/" + inScope).status());
        assertAnsweredAsMissing(officer, "GET", API + "/persons/", otherOrganisation, null);
        assertAnsweredAsMissing(officer, "GET", API + "/persons/", otherCommune, null);
        assertAnsweredAsMissing(officer, "GET", API + "/memberships/", otherOrganisationMembership, null);
        assertAnsweredAsMissing(officer, "GET", API + "/memberships/", otherCommuneMembership, null);

        JsonObject found = officer.get(API + "/persons?q=" + word).json();
        assertEquals(1, found.getInt("total"), found.toString());
        assertEquals(inScope, found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(3, admin().get(API + "/persons?q=" + word).json().getInt("total"));

        String csv = officer.download(API + "/persons/export?format=csv&q=" + word).text();
        assertTrue(csv.contains("Nguyễn Thị Trong"), csv);
        assertFalse(csv.contains("Trần Thị Đoàn") || csv.contains("Lê Thị Xa"), csv);
    }

    @Test
    void theFatherlandFrontSeesEveryOrganisationOfItsCommuneAndAnAuditorSeesEverything() {
        Api front = user("STAFF", COMMUNE, "MTTQ");
        assertEquals(200, front.get(API + "/persons/" + inScope).status());
        assertEquals(200, front.get(API + "/persons/" + otherOrganisation).status());
        assertAnsweredAsMissing(front, "GET", API + "/persons/", otherCommune, null);
        assertEquals(2, front.get(API + "/persons?q=" + word).json().getInt("total"));

        Api auditor = user("AUDITOR", COMMUNE, "HPN");
        assertEquals(3, auditor.get(API + "/persons?q=" + word).json().getInt("total"));
        assertEquals(200, auditor.get(API + "/persons/" + otherCommune).status());
        assertEquals(403, auditor.put(API + "/persons/" + otherCommune, personJson("Lê Thị Sửa", OTHER_HAMLET)).status());

        Api viewer = user("VIEWER", OTHER_COMMUNE, "");
        assertEquals(200, viewer.get(API + "/persons/" + otherCommune).status());
        assertAnsweredAsMissing(viewer, "GET", API + "/persons/", inScope, null);
        assertEquals(403, viewer.post(API + "/persons", personJson("Đinh Thị Xem", OTHER_HAMLET)).status());
    }

    @Test
    void commandsOnRecordsOutsideTheScopeAreAnsweredAsIfTheyDidNotExist() {
        Api officer = user("STAFF", COMMUNE, "HPN");

        assertAnsweredAsMissing(officer, "PUT", API + "/persons/", otherCommune, personJson("Lê Thị Đổi", OTHER_HAMLET));
        assertAnsweredAsMissing(officer, "POST", API + "/memberships/", otherCommuneMembership, "/status",
                "{\"status\": \"PAUSED\"}");
        assertAnsweredAsMissing(officer, "POST", API + "/memberships/", otherOrganisationMembership, "/transfer",
                "{\"toOrgUnitId\": %d}".formatted(new Registry(admin()).branch("DTN", "29254.02")));
        assertEquals("Lê Thị Xa " + word, admin().get(API + "/persons/" + otherCommune).json().getString("fullName"));

        Api.Reply elsewhere = officer.post(API + "/persons", personJson("Võ Thị Ngoài", OTHER_HAMLET));
        assertRefusedField(elsewhere, 400, "hamletCode");
        Api.Reply enrolOutsider = officer.post(API + "/memberships", "{\"personId\": %d, \"orgUnitId\": %d, \"joinedOn\": \"2020-01-01\"}"
                .formatted(otherCommune, new Registry(admin()).branch("HPN", HAMLET)));
        assertRefusedField(enrolOutsider, 400, "personId");
        Api.Reply otherBranch = officer.post(API + "/memberships", "{\"personId\": %d, \"orgUnitId\": %d, \"joinedOn\": \"2020-01-01\"}"
                .formatted(inScope, new Registry(admin()).branch("DTN", HAMLET)));
        assertRefusedField(otherBranch, 400, "orgUnitId");

        Api.Reply corrected = officer.put(API + "/persons/" + inScope, personJson("Nguyễn Thị Trong Sửa " + word, HAMLET));
        assertEquals(200, corrected.status(), corrected.body());
    }

    @Test
    void theSendingUnitIssuesATransferAndOnlyTheReceivingUnitDecidesIt() {
        Api officer = user("STAFF", COMMUNE, "HPN");
        Api otherOfficer = user("STAFF", OTHER_COMMUNE, "HPN");
        long there = new Registry(admin()).branch("HPN", OTHER_HAMLET);

        Api.Reply issued = officer.post(API + "/memberships/" + inScopeMembership + "/transfer",
                "{\"toOrgUnitId\": %d, \"reason\": \"chuyển nơi ở\"}".formatted(there));
        assertEquals(201, issued.status(), issued.body());
        long transfer = issued.json().getJsonNumber("id").longValue();

        assertAnsweredAsMissing(officer, "POST", API + "/transfers/", transfer, "/accept", "{}");
        assertEquals(200, officer.get(API + "/transfers/" + transfer).status(), "the sender follows its transfer");
        assertEquals(200, otherOfficer.get(API + "/transfers/" + transfer).status());
        assertAnsweredAsMissing(user("STAFF", COMMUNE, "DTN"), "GET", API + "/transfers/", transfer, null);

        Api.Reply accepted = otherOfficer.post(API + "/transfers/" + transfer + "/accept", "{}");
        assertEquals(200, accepted.status(), accepted.body());
        assertAnsweredAsMissing(officer, "GET", API + "/memberships/", inScopeMembership, null);
        assertEquals(200, otherOfficer.get(API + "/memberships/" + inScopeMembership).status());
    }

    @Test
    void countsAndUnitsStayWithinTheScope() throws SQLException {
        Api officer = user("STAFF", COMMUNE, "HPN");

        JsonObject stats = officer.get(API + "/stats/members?unit=" + COMMUNE).json();
        List<String> organisations = stats.getJsonArray("byOrganisation").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("organisation")).toList();
        assertEquals(List.of("HPN"), organisations);
        Object[] sql = Sql.row("""
                SELECT COUNT(*), COUNT(DISTINCT m.person_id) FROM membership_period mp
                JOIN membership m ON m.id = mp.membership_id
                JOIN organisation o ON o.id = m.organisation_id
                JOIN org_unit u ON u.id = mp.org_unit_id
                JOIN admin_unit a ON a.id = u.admin_unit_id
                LEFT JOIN admin_unit c ON c.id = a.parent_id
                WHERE mp.valid_from <= ? AND (mp.valid_to IS NULL OR mp.valid_to >= ?)
                  AND mp.status IN ('ACTIVE', 'AWAY', 'PAUSED') AND o.code = 'HPN' AND (a.code = ? OR c.code = ?)""",
                today(), today(), COMMUNE, COMMUNE);
        assertEquals(((Number) sql[0]).longValue(), stats.getJsonNumber("memberships").longValue());
        assertEquals(((Number) sql[1]).longValue(), stats.getJsonNumber("persons").longValue());

        assertEquals(404, officer.get(API + "/stats/members?unit=" + OTHER_COMMUNE).status());
        assertEquals(404, officer.get(API + "/stats/members?unit=86").status(), "the province lies above her scope");
        assertRefusedField(officer.put(API + "/stats/eligible/" + OTHER_COMMUNE + "/" + today().getYear() + "/HPN",
                "{\"eligible\": 100}"), 400, "unitCode");

        Registry registry = new Registry(admin());
        assertEquals(200, officer.get(API + "/org-units/" + registry.branch("HPN", HAMLET)).status());
        assertAnsweredAsMissing(officer, "GET", API + "/org-units/", registry.branch("DTN", HAMLET), null);
        assertAnsweredAsMissing(officer, "GET", API + "/org-units/", registry.branch("HPN", OTHER_HAMLET), null);
        JsonObject units = officer.get(API + "/org-units?adminUnit=" + COMMUNE + "&size=100").json();
        assertTrue(units.getInt("total") > 0);
        assertTrue(units.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(u -> "HPN".equals(u.getString("organisationCode"))), units.toString());
        long province = admin().get(API + "/org-units?organisation=HPN&adminUnit=86&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, officer.get(API + "/org-units/" + province).status(), "the committees above her are seen");
        assertEquals(403, officer.post(API + "/org-units/" + province + "/rename", "{\"name\": \"Hội LHPN tỉnh mới\"}")
                .status(), "but not changed");
    }

    @Test
    void theRemainingReadsAndCommandsOfUnitsCountsAndPersonsKeepToTheScope() {
        Api officer = user("STAFF", COMMUNE, "HPN");
        Registry registry = new Registry(admin());
        long elsewhere = registry.branch("HPN", OTHER_HAMLET);

        assertAnsweredAsMissing(officer, "GET", API + "/org-units/", elsewhere, "/children", null);
        assertAnsweredAsMissing(officer, "POST", API + "/org-units/", elsewhere, "/close", "{}");
        assertRefusedField(officer.post(API + "/org-units", """
                {"organisationCode": "HPN", "type": "CHI_HOI", "parentId": %d, "adminUnitCode": "%s",
                 "name": "Chi hội lạ %s"}""".formatted(elsewhere, OTHER_HAMLET, word)), 400, "adminUnitCode");
        assertEquals(404, officer.download(API + "/stats/members.xlsx?unit=" + OTHER_COMMUNE).status());
        assertEquals(400, officer.get(API + "/stats/eligible?unit=" + OTHER_COMMUNE).status());

        String sameAsOutsider = personJson("Lê Thị Xa " + word, OTHER_HAMLET).replace(OTHER_HAMLET, HAMLET);
        assertEquals(0, officer.post(API + "/persons/duplicates", sameAsOutsider).structure().asJsonArray().size(),
                "a likely duplicate outside the scope is not shown");
        assertEquals(1, admin().post(API + "/persons/duplicates", sameAsOutsider).structure().asJsonArray().size());

        Api communeAdministrator = user("ADMIN", COMMUNE, "");
        assertAnsweredAsMissing(communeAdministrator, "POST", API + "/persons/", otherCommune, "/subject-access",
                "{\"reason\": \"yêu cầu\"}");
        assertAnsweredAsMissing(communeAdministrator, "POST", API + "/persons/", otherCommune, "/anonymise",
                "{\"reason\": \"hết hạn\"}");
        assertEquals("Lê Thị Xa " + word, admin().get(API + "/persons/" + otherCommune).json().getString("fullName"));
    }

    /** The record outside the scope gets the very answer a record that does not exist gets, id aside. */
    private void assertAnsweredAsMissing(Api api, String method, String path, long id, String json) {
        assertAnsweredAsMissing(api, method, path, id, "", json);
    }

    private void assertAnsweredAsMissing(Api api, String method, String path, long id, String suffix, String json) {
        Api.Reply hidden = api.call(method, path + id + suffix, json);
        Api.Reply missing = api.call(method, path + NO_SUCH_ID + suffix, json);
        assertEquals(404, missing.status(), missing.body());
        assertEquals(404, hidden.status(), hidden.body());
        assertEquals(missing.body().replaceAll("\\b" + NO_SUCH_ID + "\\b", "ID"),
                hidden.body().replaceAll("\\b" + id + "\\b", "ID"));
    }

    private static void assertRefusedField(Api.Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }

    private static String personJson(String fullName, String hamlet) {
        return """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "1980-02-02", "hamletCode": "%s"}"""
                .formatted(fullName, hamlet);
    }

    /** A new account with this role and scope (organisation codes comma-separated, empty for all). */
    private Api user(String role, String unit, String organisations) {
        return Accounts.client(server(), admin(), List.of(role), unit,
                organisations.isEmpty() ? List.of() : List.of(organisations.split(",")));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
