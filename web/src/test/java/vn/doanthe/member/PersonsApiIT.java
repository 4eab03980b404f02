package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Serials;

/** The member registry through the API: persons, finding them, memberships and their status. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonsApiIT extends ClientTest {

    private static final String PERSONS = "/doanthe/api/v1/persons";
    private static final String MEMBERSHIPS = "/doanthe/api/v1/memberships";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    /** A valid CCCD for a woman born in 1990, registered in Trà Vinh (84). */
    private static String womanBorn1990() {
        return "084190" + String.format("%06d", Serials.next());
    }

    private Api.Reply register(String name, String nationalId, String hamlet) {
        return admin().post(PERSONS, """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "1990-05-17", "nationalId": %s,
                 "hamletCode": "%s", "ethnicityCode": "05", "religionCode": "01", "phone": null}"""
                .formatted(name, nationalId == null ? "null" : "\"" + nationalId + "\"", hamlet));
    }

    @Test
    void aRegisteredPersonAnswers201WithHerLocationAndDetails() {
        String id = womanBorn1990();
        Api.Reply created = register("Thạch Thị Sa Rươne", id, "29254.02");
        assertEquals(201, created.status(), created.body());
        JsonObject person = created.json();
        assertEquals("Thạch Thị Sa Rươne", person.getString("fullName"));
        assertEquals("Rươne", person.getString("givenName"));
        assertEquals("FEMALE", person.getString("gender"));
        assertEquals("1990-05-17", person.getString("birthDate"));
        assertEquals(id, person.getString("nationalId"));
        assertEquals("29254.02", person.getString("hamletCode"));
        assertTrue(created.header("Location").endsWith("/persons/" + person.getJsonNumber("id")), created.header("Location"));
        assertEquals(id.substring(0, 4) + "••••" + id.substring(8),
                admin().get(PERSONS + "/" + person.getJsonNumber("id")).json().getString("nationalId"), "masked once saved");
    }

    @Test
    void oneCitizenIdIsOnePerson() {
        String id = womanBorn1990();
        assertEquals(201, register("Kim Thị Đa", id, "29254.02").status());
        Api.Reply again = register("Kim Thị Đa", id, "29254.03");
        assertEquals(409, again.status(), again.body());
        assertEquals("nationalId", firstField(again));
    }

    @Test
    void aCitizenIdThatContradictsGenderOrBirthYearIsRefusedNamingTheField() {
        Api.Reply wrongGender = admin().post(PERSONS, """
                {"fullName": "Lâm Văn Tư", "gender": "MALE", "birthDate": "1990-01-01", "nationalId": "084190123456",
                 "hamletCode": "29254.02"}""");
        assertEquals(400, wrongGender.status(), wrongGender.body());
        assertEquals("nationalId", firstField(wrongGender));
        assertTrue(wrongGender.body().contains("giới tính"), wrongGender.body());

        Api.Reply future = admin().post(PERSONS, """
                {"fullName": "Lâm Văn Năm", "gender": "MALE", "birthDate": "2999-01-01", "hamletCode": "29254.02"}""");
        assertEquals(400, future.status(), future.body());
        assertEquals("birthDate", firstField(future));

        Api.Reply missing = admin().post(PERSONS, "{\"gender\": \"ROBOT\"}");
        assertEquals(400, missing.status(), missing.body());
        String fields = missing.json().getJsonArray("errors").toString();
        assertTrue(fields.contains("fullName") && fields.contains("birthDate") && fields.contains("hamletCode"), fields);

        Api.Reply notAHamlet = admin().post(PERSONS, """
                {"fullName": "Lâm Văn Sáu", "gender": "MALE", "birthDate": "1980-01-01", "hamletCode": "29254"}""");
        assertEquals(400, notAHamlet.status());
        assertEquals("hamletCode", firstField(notAHamlet));

        // Five mistakes of format and of rule, in five fields: one answer names them all.
        Api.Reply five = admin().post(PERSONS, """
                {"fullName": "Lâm Văn 😀", "gender": "MALE", "birthDate": "2999-01-01", "nationalId": "0841",
                 "phone": "12345", "ethnicityCode": "77", "hamletCode": "29254"}""");
        assertEquals(400, five.status(), five.body());
        assertEquals(Set.of("fullName", "birthDate", "nationalId", "phone", "ethnicityCode", "hamletCode"), five.fields(),
                five.body());
        Api.Reply english = admin().in("en").post(PERSONS, """
                {"fullName": " ", "gender": "MALE", "birthDate": "1990-01-01", "phone": "12345", "hamletCode": "29254.02"}""");
        assertEquals(Set.of("fullName", "phone"), english.fields(), english.body());
        assertTrue(english.body().contains("Please fill this in.") && english.body().contains("A phone number starts with 0"),
                english.body());
    }

    @Test
    void namesAreFoundWithoutDiacriticsInAnyWordOrderAndByCitizenId() {
        String id = womanBorn1990();
        long created = register("Nguyễn Thị Hà", id, "29254.04").json().getJsonNumber("id").longValue();
        assertTrue(ids(admin().get(PERSONS + "?q=" + Api.q("ha nguyen thi") + "&unit=29254.04")).contains(created));
        assertTrue(ids(admin().get(PERSONS + "?q=" + Api.q("nguyen thi ha"))).contains(created));
        assertEquals(List.of(created), ids(admin().get(PERSONS + "?q=" + id)));
        assertTrue(!ids(admin().get(PERSONS + "?q=" + Api.q("nguyen thi hai") + "&unit=29254.04")).contains(created));
    }

    @Test
    void theNameWordIndexFollowsRenamesMovesAndAnonymisation() {
        String nationalId = womanBorn1990();
        long person = register("Lý Thị Kiều Oanh", nationalId, "29254.03").json().getJsonNumber("id").longValue();
        assertTrue(found("oanh kieu ly", "29254.03").contains(person), "registered: any word order");
        assertTrue(found("ly thi kieu oa", "29254.03").contains(person), "the last word may be a prefix");
        assertTrue(!found("ly thi kieu oanhx", "29254.03").contains(person));
        assertTrue(!found("oanh kieu ly", "29254.02").contains(person), "another hamlet's index rows");

        Api.Reply renamed = correct(person, "Lý Thị Mai Phương", nationalId, "29254.03");
        assertEquals(200, renamed.status(), renamed.body());
        assertTrue(found("phuong mai ly", "29254.03").contains(person), "found by the new name");
        assertTrue(!found("oanh kieu", "29254.03").contains(person), "no longer by the old one");

        Api.Reply moved = correct(person, "Lý Thị Mai Phương", nationalId, "29254.04");
        assertEquals(200, moved.status(), moved.body());
        assertTrue(found("phuong mai ly", "29254.04").contains(person), "found in the new hamlet");
        assertTrue(!found("phuong mai ly", "29254.03").contains(person), "no longer in the old one");
        assertTrue(found("phuong mai ly", "29254").contains(person), "and in its commune");

        Api.Reply anonymised = admin().post(PERSONS + "/" + person + "/anonymise", "{\"reason\": \"hết thời hạn lưu trữ\"}");
        assertEquals(200, anonymised.status(), anonymised.body());
        assertTrue(!found("phuong mai ly", null).contains(person), "the erased name is not found");
        assertEquals(List.of(person), found("danh an " + person, "29254.04"), "the name it is listed under is");

        String trail = admin().get("/doanthe/api/v1/audit?entityType=Person&entityId=" + person).body();
        assertTrue(trail.contains("fullName") && !trail.contains("\"words\""), "derived words stay out of the trail: " + trail);
    }

    private Api.Reply correct(long person, String name, String nationalId, String hamlet) {
        return admin().put(PERSONS + "/" + person, """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "1990-05-17", "nationalId": "%s",
                 "hamletCode": "%s", "ethnicityCode": "05", "religionCode": "01"}""".formatted(name, nationalId, hamlet));
    }

    private List<Long> found(String words, String unit) {
        return ids(admin().get(PERSONS + "?size=500&q=" + Api.q(words) + (unit == null ? "" : "&unit=" + unit)));
    }

    /**
     * Walking a list by the cursor each page answers gives, in order, exactly the rows the
     * numbered pages give: none lost or repeated, persons of the same name included.
     */
    @Test
    void aWalkByCursorEqualsTheWalkByPageNumber() {
        String token = "Kc" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        for (String name : List.of("Đào %s Hà", "Đào %s Hà", "Đào %s Hà", "Lê %s Hạ", "Lê %s An", "Âu %s An", "Đào %s Hà")) {
            assertEquals(201, register(name.formatted(token), null, "29254.05").status());
        }
        for (String filter : List.of("unit=29254.05", "unit=29254&q=" + token.toLowerCase(), "q=ha+" + token.toLowerCase())) {
            List<Long> byNumber = new java.util.ArrayList<>();
            JsonObject numbered;
            int page = 0;
            do {
                numbered = admin().get(PERSONS + "?size=2&page=" + page++ + "&" + filter).json();
                byNumber.addAll(ids(numbered));
            } while (page * 2 < numbered.getInt("total"));

            List<Long> byCursor = new java.util.ArrayList<>();
            Api.Reply reply = admin().get(PERSONS + "?size=2&" + filter);
            assertEquals(numbered.getInt("total"), reply.json().getInt("total"), "the first page counts");
            while (true) {
                assertEquals(200, reply.status(), reply.body());
                JsonObject slice = reply.json();
                assertEquals(byCursor.isEmpty(), slice.containsKey("total"), "only the first page is counted: " + slice);
                byCursor.addAll(ids(slice));
                if (!slice.containsKey("next")) {
                    break;
                }
                reply = admin().get(PERSONS + "?size=2&" + filter + "&after=" + slice.getString("next"));
            }
            assertEquals(byNumber, byCursor, filter);
            assertEquals(byNumber.size(), new java.util.HashSet<>(byNumber).size(), "no row twice: " + filter);
            assertTrue(byNumber.size() >= (filter.startsWith("q=ha") ? 4 : 7), filter + ": " + byNumber);
        }
        Api.Reply bad = admin().get(PERSONS + "?after=not-a-cursor");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("after", firstField(bad));
    }

    @Test
    void theListIsFilteredByGenderAgeBranchAndJoiningDay() {
        String token = "Fl" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long woman = register("Thạch Thị " + token, womanBorn1990(), "29254.01").json().getJsonNumber("id").longValue();
        Api.Reply man = admin().post(PERSONS, """
                {"fullName": "Thạch Văn %s", "gender": "MALE", "birthDate": "2000-01-01", "hamletCode": "29254.01"}"""
                .formatted(token));
        assertEquals(201, man.status(), man.body());
        long him = man.json().getJsonNumber("id").longValue();
        long branch = branchOf("HPN", "29254.01");
        assertEquals(201, admin().post(MEMBERSHIPS, """
                {"personId": %d, "orgUnitId": %d, "joinedOn": "2012-03-08"}""".formatted(woman, branch)).status());
        int herAge = java.time.Period.between(java.time.LocalDate.of(1990, 5, 17), java.time.LocalDate.now(VietnamTime.ZONE)).getYears();
        int hisAge = java.time.Period.between(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.now(VietnamTime.ZONE)).getYears();

        String q = PERSONS + "?q=" + token.toLowerCase() + "&";
        assertEquals(List.of(woman), ids(admin().get(q + "gender=FEMALE")));
        assertEquals(List.of(him), ids(admin().get(q + "gender=male")));
        assertEquals(List.of(woman), ids(admin().get(q + "ageFrom=" + herAge)));
        assertEquals(List.of(him), ids(admin().get(q + "ageTo=" + (herAge - 1))));
        assertEquals(List.of(him), ids(admin().get(q + "ageFrom=" + hisAge + "&ageTo=" + hisAge)));
        assertEquals(List.of(), ids(admin().get(q + "ageFrom=" + (hisAge + 1) + "&ageTo=" + (herAge - 1))));
        assertEquals(List.of(woman), ids(admin().get(q + "joinedFrom=2012-03-08&joinedTo=2012-03-08")));
        assertEquals(List.of(), ids(admin().get(q + "joinedFrom=2012-03-09")));
        assertEquals(List.of(woman), ids(admin().get(q + "orgUnit=" + branch + "&org=HPN&status=ACTIVE")));
        assertEquals(List.of(), ids(admin().get(q + "orgUnit=" + branch + "&status=AWAY")));

        for (String[] bad : List.of(new String[] {"ageFrom=40&ageTo=30", "ageTo"}, new String[] {"ageFrom=abc", "ageFrom"},
                new String[] {"joinedFrom=2020-01-01&joinedTo=2019-12-31", "joinedTo"}, new String[] {"gender=X", "gender"},
                new String[] {"orgUnit=999999999", "orgUnit"}, new String[] {"ageTo=151", "ageTo"})) {
            Api.Reply refused = admin().get(q + bad[0]);
            assertEquals(400, refused.status(), bad[0] + ": " + refused.body());
            assertEquals(bad[1], firstField(refused), bad[0]);
        }
    }

    @Test
    void listsSortByGivenNameThenFamilyName() {
        register("Trần Văn Bình", null, "29254.05");
        register("Lê Thị An", null, "29254.05");
        register("Âu Văn Bình", null, "29254.05");
        JsonArray items = admin().get(PERSONS + "?unit=29254.05&size=50").json().getJsonArray("items");
        // Other tests register persons in the same hamlet: only the order of these three is ours to check.
        List<String> ours = List.of("Trần Văn Bình", "Lê Thị An", "Âu Văn Bình");
        List<String> names = items.getValuesAs(JsonObject.class).stream().map(p -> p.getString("fullName"))
                .filter(ours::contains).toList();
        assertEquals(List.of("Lê Thị An", "Âu Văn Bình", "Trần Văn Bình"), names);
    }

    @Test
    void aMemberJoinsABranchWorksAwayAndIsFoundByStatus() {
        long person = register("Sơn Thị Mỹ", womanBorn1990(), "29254.01").json().getJsonNumber("id").longValue();
        long branch = branchOf("HPN", "29254.01");
        Api.Reply joined = admin().post(MEMBERSHIPS, """
                {"personId": %d, "orgUnitId": %d, "organisationCode": "HPN", "joinedOn": "2012-03-08"}""".formatted(person, branch));
        assertEquals(201, joined.status(), joined.body());
        JsonObject membership = joined.json();
        assertEquals("ACTIVE", membership.getString("status"));
        assertEquals("HPN", membership.getString("organisationCode"));

        Api.Reply twice = admin().post(MEMBERSHIPS, """
                {"personId": %d, "orgUnitId": %d, "joinedOn": "2013-03-08"}""".formatted(person, branch));
        assertEquals(409, twice.status(), twice.body());

        Api.Reply otherOrganisation = admin().post(MEMBERSHIPS, """
                {"personId": %d, "orgUnitId": %d, "organisationCode": "HND", "joinedOn": "2013-03-08"}""".formatted(person, branch));
        assertEquals(400, otherOrganisation.status(), otherOrganisation.body());
        assertEquals("orgUnitId", firstField(otherOrganisation));

        String statusPath = MEMBERSHIPS + "/" + membership.getJsonNumber("id") + "/status";
        Api.Reply nowhere = admin().post(statusPath, "{\"status\": \"AWAY\", \"day\": \"2099-01-01\", \"awayPlace\": \" \"}");
        assertEquals(Set.of("awayPlace", "awayContact", "day"), nowhere.fields(), "working away needs where and how; every mistake at once");
        Api.Reply away = admin().post(statusPath, """
                {"status": "AWAY", "day": "2024-02-01", "awayPlace": "KCN Tân Tạo, TP.HCM", "awayContact": "0912345678"}""");
        assertEquals(200, away.status(), away.body());
        assertEquals("KCN Tân Tạo, TP.HCM", away.json().getString("awayPlace"));
        Api.Reply corrected = admin().post(statusPath, """
                {"status": "AWAY", "awayPlace": "KCN Tân Tạo, TP.HCM", "awayContact": "0912 345 679 (mẹ)"}""");
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals(List.of("0912 345 679 (mẹ)", "2024-02-01"), List.of(corrected.json().getString("awayContact"),
                corrected.json().getString("statusSince")), "the same status corrects its details, from the same day");
        Api.Reply otherDay = admin().post(statusPath, """
                {"status": "AWAY", "day": "2024-03-01", "awayPlace": "KCN Tân Tạo, TP.HCM", "awayContact": "0912 345 679 (mẹ)"}""");
        assertEquals(Set.of("day"), otherDay.fields(), "a correction does not drop another day silently: " + otherDay.body());

        Api.Reply leftWithoutReason = admin().post(statusPath, "{\"status\": \"LEFT\"}");
        assertEquals(400, leftWithoutReason.status());
        assertEquals("reason", firstField(leftWithoutReason));

        assertTrue(ids(admin().get(PERSONS + "?unit=29254.01&org=HPN&status=AWAY")).contains(person));
        assertTrue(!ids(admin().get(PERSONS + "?unit=29254.01&org=HPN&status=ACTIVE")).contains(person));
    }

    private long branchOf(String organisation, String hamlet) {
        JsonArray units = admin().get("/doanthe/api/v1/org-units?organisation=" + organisation + "&adminUnit=" + hamlet)
                .json().getJsonArray("items");
        return units.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return ids(reply.json());
    }

    private static List<Long> ids(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).toList();
    }

    private static String firstField(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
