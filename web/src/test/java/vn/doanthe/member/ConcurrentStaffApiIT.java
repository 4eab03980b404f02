package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doanthe.member.MemberWorkbooks.COLUMNS;
import static vn.doanthe.member.MemberWorkbooks.HAMLET;
import static vn.doanthe.member.MemberWorkbooks.XLSX;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Imports;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Serials;
import vn.doanthe.testing.Together;

/**
 * Several staff working on the same records at once, and records that changed between a check and
 * a write: every race ends in one clear answer per caller (never a 5xx, never "duplicate record"
 * without a field), and what a caller was told was discarded is not written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentStaffApiIT extends ClientTest {

    private static final String IMPORTS = "/doanthe/api/v1/imports/";
    private static final String RECEIVING = "29254.04";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void ofADiscardAndACommitOfOneImportAtOnceOneWinsAndTheOtherIsToldWhatWasDecided() {
        for (int round = 0; round < 3; round++) {
            MemberWorkbooks.Sample sample = MemberWorkbooks.many(registry().branch("HPN", HAMLET), 3);
            int id = upload(sample.xlsx());
            List<Api.Reply> replies = Together.send(() -> commit(id, "VALID_ONLY"), () -> commit(id, "NOTHING"));
            Set<Integer> statuses = replies.stream().map(Api.Reply::status).collect(Collectors.toSet());
            assertEquals(Set.of(200, 409), statuses, replies.toString());
            Api.Reply refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertEquals("mode", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused.body());
            boolean discarded = replies.get(1).status() == 200;
            assertTrue(refused.json().getString("detail").contains(discarded ? "không nhập" : "nhập các dòng hợp lệ"),
                    refused.body());
            JsonObject end = Imports.waitFor(admin(), id, discarded ? "DISCARDED" : "DONE");
            assertEquals(discarded ? 0 : 3, found(sample.word()), end.toString());
        }
    }

    @Test
    void theSameFileCommittedTwiceAtOnceRegistersEachPersonOnceAndCountsTheOtherUnchanged() {
        MemberWorkbooks.Sample sample = MemberWorkbooks.many(registry().branch("HPN", HAMLET), 30);
        int first = upload(sample.xlsx());
        int second = upload(sample.xlsx());
        List<Api.Reply> replies = Together.send(() -> commit(first, "VALID_ONLY"), () -> commit(second, "VALID_ONLY"));
        replies.forEach(reply -> assertEquals(200, reply.status(), reply.body()));
        JsonObject one = Imports.waitFor(admin(), first, "DONE");
        JsonObject other = Imports.waitFor(admin(), second, "DONE");
        assertEquals(30, one.getInt("created") + other.getInt("created"), one + "\n" + other);
        assertEquals(30, one.getInt("unchanged") + other.getInt("unchanged"), one + "\n" + other);
        assertEquals(0, one.getInt("invalid") + other.getInt("invalid"), one + "\n" + other);
        assertEquals(30, found(sample.word()));
    }

    @Test
    void aRowThatNoLongerFitsWhenWrittenIsReportedByNumberAndTheOtherRowsAreWritten() throws IOException {
        long branch = registry().branch("HPN", HAMLET);
        long temporary = temporaryBranch("HPN", HAMLET);
        String word = "Dongdo" + Deployments.unique();
        int serial = Serials.block(3);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Thành viên");
            MemberWorkbooks.row(sheet, 0, COLUMNS.toArray(String[]::new));
            for (int i = 1; i <= 3; i++) {
                MemberWorkbooks.row(sheet, i, "Lâm Thị " + word, "Nữ", "01/02/1990",
                        NationalId.compose("80", Gender.FEMALE, 1990, serial + i - 1), "", HAMLET, "", "", "", "", "",
                        Long.toString(i == 3 ? temporary : branch), "01/03/2010", "");
            }
            xlsx = MemberWorkbooks.bytes(workbook);
        }
        int id = upload(xlsx);
        Api.Reply closed = admin().post("/doanthe/api/v1/org-units/" + temporary + "/close", "{}");
        assertEquals(200, closed.status(), closed.body());

        assertEquals(200, commit(id, "VALID_ONLY").status());
        JsonObject done = Imports.waitFor(admin(), id, "DONE");
        assertEquals(2, done.getInt("created"), done.toString());
        assertEquals(1, done.getInt("invalid"), done.toString());
        JsonObject error = done.getJsonArray("errors").getJsonObject(0);
        assertEquals(4, error.getInt("row"), done.toString());
        assertEquals("Mã chi hội/chi đoàn", error.getString("column"), done.toString());
        assertTrue(error.getString("message").contains("giải thể"), done.toString());
        assertEquals(2, found(word));
    }

    @Test
    void twoMergesOfOnePairInOppositeDirectionsAtOnceEndWithOneMergeAndOneClearRefusal() {
        for (int round = 0; round < 3; round++) {
            String name = "Kha Thị Gộp " + Deployments.unique();
            long one = registry().person(name, HAMLET);
            long other = registry().person(name, HAMLET);
            registry().enrol(one, registry().branch("HPN", HAMLET), "2015-01-01");
            registry().enrol(other, registry().branch("HND", HAMLET), "2016-01-01");
            List<Api.Reply> replies = Together.send(() -> merge(one, other), () -> merge(other, one));
            List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
            assertEquals(200, statuses.get(0), replies.toString());
            assertTrue(statuses.get(1) == 404 || statuses.get(1) == 409, replies.toString());
            Api.Reply refused = replies.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
            assertFalse(refused.json().getString("detail").contains("trùng"), refused.body());
            long kept = replies.get(0).status() == 200 ? one : other;
            assertEquals(2, admin().get("/doanthe/api/v1/persons/" + kept).json().getJsonArray("memberships").size());
        }
    }

    @Test
    void aBackDatedStatusChangeBeforeAnAcceptedTransferIsRefusedNamingTheDayAllowed() {
        long person = registry().person("Mai Thị Lùi " + Deployments.unique(), HAMLET);
        long membership = registry().enrol(person, registry().branch("HPN", HAMLET), "2015-01-01");
        Api.Reply issued = admin().post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                "{\"toOrgUnitId\": %d, \"day\": \"2020-01-01\"}".formatted(registry().branch("HPN", RECEIVING)));
        assertEquals(201, issued.status(), issued.body());
        Api.Reply accepted = admin().post("/doanthe/api/v1/transfers/" + issued.json().getJsonNumber("id") + "/accept",
                "{\"day\": \"2020-06-01\"}");
        assertEquals(200, accepted.status(), accepted.body());

        Api.Reply backDated = admin().post("/doanthe/api/v1/memberships/" + membership + "/status",
                "{\"status\": \"PAUSED\", \"day\": \"2018-01-01\"}");
        assertEquals(400, backDated.status(), backDated.body());
        JsonObject error = backDated.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("day", error.getString("field"));
        assertTrue(error.getString("message").contains("02/06/2020"), backDated.body());
        Api.Reply inOrder = admin().post("/doanthe/api/v1/memberships/" + membership + "/status",
                "{\"status\": \"PAUSED\", \"day\": \"2020-06-02\"}");
        assertEquals(200, inOrder.status(), inOrder.body());
    }

    @Test
    void aUnitWithMembersIsNotClosedAndAClosedUnitIsNamedWhenJoined() {
        long unit = temporaryBranch("HND", HAMLET);
        long person = registry().person("La Thị Giải " + Deployments.unique(), HAMLET);
        registry().enrol(person, unit, "2019-01-01");
        Api.Reply refused = admin().post("/doanthe/api/v1/org-units/" + unit + "/close", "{}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("1 hội viên"), refused.body());

        long empty = temporaryBranch("HND", HAMLET);
        String name = admin().get("/doanthe/api/v1/org-units/" + empty).json().getString("name");
        assertEquals(200, admin().post("/doanthe/api/v1/org-units/" + empty + "/close", "{}").status());
        Api.Reply joined = enrol(registry().person("La Thị Muộn " + Deployments.unique(), HAMLET), empty);
        assertEquals(400, joined.status(), joined.body());
        assertTrue(joined.json().getString("detail").contains(name), joined.body());
    }

    @Test
    void aClosingAndAnEnrolmentInOneUnitAtOnceNeverLeaveAMemberInAClosedUnit() {
        for (int round = 0; round < 3; round++) {
            long unit = temporaryBranch("HND", HAMLET);
            long person = registry().person("La Thị Cùng " + Deployments.unique(), HAMLET);
            List<Api.Reply> replies = Together.send(() -> admin().post("/doanthe/api/v1/org-units/" + unit + "/close", "{}"),
                    () -> enrol(person, unit));
            Api.Reply close = replies.get(0);
            Api.Reply enrol = replies.get(1);
            if (close.status() == 200) {
                assertEquals(400, enrol.status(), enrol.body());
            } else {
                assertEquals(409, close.status(), close.body());
                assertEquals(201, enrol.status(), enrol.body());
            }
        }
    }

    @Test
    void anAcceptanceAndARefusalOfOneTransferAtOnceDecideItOnce() {
        long person = registry().person("Ông Thị Hai " + Deployments.unique(), HAMLET);
        long membership = registry().enrol(person, registry().branch("HPN", HAMLET), "2015-01-01");
        long transfer = admin().post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                        "{\"toOrgUnitId\": %d}".formatted(registry().branch("HPN", RECEIVING)))
                .json().getJsonNumber("id").longValue();
        List<Api.Reply> replies = Together.send(
                () -> admin().post("/doanthe/api/v1/transfers/" + transfer + "/accept", "{}"),
                () -> admin().post("/doanthe/api/v1/transfers/" + transfer + "/refuse", "{\"reason\": \"không có chỗ\"}"));
        assertEquals(List.of(200, 409), replies.stream().map(Api.Reply::status).sorted().toList(), replies.toString());
    }

    private Registry registry() {
        return new Registry(admin());
    }

    private long temporaryBranch(String organisation, String hamlet) {
        String commune = hamlet.substring(0, hamlet.indexOf('.'));
        long chapter = admin().get("/doanthe/api/v1/org-units?organisation=" + organisation + "&adminUnit=" + commune
                + "&size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String type = "HND".equals(organisation) || "HPN".equals(organisation) ? "CHI_HOI" : "CHI_DOAN";
        Api.Reply created = admin().post("/doanthe/api/v1/org-units", """
                {"organisationCode": "%s", "type": "%s", "parentId": %d, "adminUnitCode": "%s", "name": "Chi hội tạm %s"}"""
                .formatted(organisation, type, chapter, hamlet, Deployments.unique()));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private Api.Reply enrol(long person, long unit) {
        return admin().post("/doanthe/api/v1/memberships",
                "{\"personId\": %d, \"orgUnitId\": %d, \"joinedOn\": \"2019-01-01\"}".formatted(person, unit));
    }

    private Api.Reply merge(long kept, long merged) {
        return admin().post("/doanthe/api/v1/persons/" + kept + "/merge",
                "{\"mergedId\": %d, \"reason\": \"hồ sơ trùng\"}".formatted(merged));
    }

    private int upload(byte[] xlsx) {
        Api.Reply started = admin().postFile(IMPORTS + "members", "file", "thanh-vien.xlsx", XLSX, xlsx);
        assertEquals(202, started.status(), started.body());
        int id = started.json().getInt("id");
        Imports.waitFor(admin(), id, "VALIDATED");
        return id;
    }

    private Api.Reply commit(int id, String mode) {
        return admin().post(IMPORTS + id + "/commit", "{\"mode\": \"" + mode + "\"}");
    }

    private int found(String word) {
        return admin().get("/doanthe/api/v1/persons?q=" + word).json().getInt("total");
    }
}
