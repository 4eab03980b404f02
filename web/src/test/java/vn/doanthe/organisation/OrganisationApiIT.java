package vn.doanthe.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;

/** The organisation register through the API: the catalogue, the units on a territory and below it, opening units. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationApiIT extends ClientTest {

    private static final String ORG_UNITS = "/doanthe/api/v1/org-units";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void theCatalogueHoldsTheFrontAndTheMassOrganisations() {
        JsonArray organisations = (JsonArray) admin().get("/doanthe/api/v1/organisations").structure();
        String codes = organisations.getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList().toString();
        for (String code : new String[] {"MTTQ", "DTN", "HPN", "HND", "CCB", "CD"}) {
            assertTrue(codes.contains(code), codes);
        }
        JsonObject women = organisations.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals("HPN")).findFirst().orElseThrow();
        assertEquals("Hội Liên hiệp Phụ nữ Việt Nam", women.getString("name"));
    }

    @Test
    void theWomensUnionHasFiveUnitTypesFromProvinceToCell() {
        JsonArray types = (JsonArray) admin().get("/doanthe/api/v1/organisations/HPN/unit-types").structure();
        assertEquals(5, types.size());
        assertEquals("PROVINCE", types.getJsonObject(0).getString("adminLevel"));
        assertEquals("TO_HOI", types.getJsonObject(4).getString("code"));
    }

    @Test
    void aCommuneAnswersWithItsChapterAndTheBranchesInItsHamlets() {
        Api.Reply reply = admin().get(ORG_UNITS + "?organisation=HPN&adminUnit=29254&size=100");
        assertEquals(200, reply.status(), reply.body());
        JsonArray items = reply.json().getJsonArray("items");
        assertTrue(items.size() >= 5, reply.body());
        JsonObject chapter = items.getJsonObject(0);
        assertEquals("HOI_CO_SO", chapter.getString("type"));
        assertEquals("29254", chapter.getString("adminUnitCode"));
        assertEquals("HPN", chapter.getString("organisationCode"));
        for (JsonObject branch : items.getValuesAs(JsonObject.class).subList(1, items.size())) {
            assertTrue(branch.getString("adminUnitCode").startsWith("29254."), branch.toString());
        }
        assertEquals(reply.json().getInt("total"), items.size());
    }

    @Test
    void aBranchOpenedUnderAChapterIsFoundThereAfterwards() {
        long chapter = chapterOf("HND", "29254");
        String unique = Deployments.unique();
        String name = "Chi hội Nông dân thử " + unique;
        Api.Reply created = admin().post(ORG_UNITS, """
                {"organisationCode": "HND", "type": "CHI_HOI", "parentId": %d, "adminUnitCode": "29254.01", "name": "%s"}"""
                .formatted(chapter, name));
        assertEquals(201, created.status(), created.body());
        JsonObject unit = created.json();
        assertEquals(chapter, unit.getJsonNumber("parentId").longValue());
        assertTrue(created.header("Location").endsWith("/org-units/" + unit.getJsonNumber("id").longValue()));
        Api.Reply found = admin().get(ORG_UNITS + "?organisation=HND&adminUnit=29254.01&q=" + Api.q(name));
        assertEquals(1, found.json().getInt("total"), found.body());
        // Words in any order, without diacritics, one of them from the place's name.
        String place = admin().get("/doanthe/api/v1/territory/units/29254.01").json().getString("name");
        String placeWord = java.text.Normalizer.normalize(place.substring(place.lastIndexOf(' ') + 1), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
        Api.Reply byWords = admin().get(ORG_UNITS + "?organisation=HND&q=" + Api.q(placeWord + " " + unique + " nong dan"));
        assertEquals(1, byWords.json().getInt("total"), byWords.body());
        assertEquals(0, admin().get(ORG_UNITS + "?organisation=HND&q=" + Api.q(unique + " phu nu")).json().getInt("total"));

        Api.Reply closed = admin().post(ORG_UNITS + "/" + unit.getJsonNumber("id") + "/close", "{\"reason\": \"thử\"}");
        assertEquals(200, closed.status(), closed.body());
        assertTrue(closed.json().get("closedOn") != JsonValue.NULL);
    }

    @Test
    void aUnitOnTheWrongLevelOrUnderAnotherOrganisationIsRefusedNamingTheField() {
        long womensChapter = chapterOf("HPN", "29254");
        Api.Reply wrongLevel = admin().post(ORG_UNITS, """
                {"organisationCode": "HPN", "type": "CHI_HOI", "parentId": %d, "adminUnitCode": "29254", "name": "Sai cấp"}"""
                .formatted(womensChapter));
        assertEquals(400, wrongLevel.status(), wrongLevel.body());
        assertEquals("adminUnitCode", wrongLevel.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply otherOrganisation = admin().post(ORG_UNITS, """
                {"organisationCode": "HND", "type": "CHI_HOI", "parentId": %d, "adminUnitCode": "29254.01", "name": "Sai tổ chức"}"""
                .formatted(womensChapter));
        assertEquals(400, otherOrganisation.status(), otherOrganisation.body());
        assertEquals("parentId", otherOrganisation.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply missing = admin().post(ORG_UNITS, "{}");
        assertEquals(400, missing.status());
        assertTrue(missing.json().getJsonArray("errors").size() >= 4, missing.body());
    }

    @Test
    void closingAChapterWithOpenBranchesIsAConflict() {
        long chapter = chapterOf("CCB", "29254");
        Api.Reply reply = admin().post(ORG_UNITS + "/" + chapter + "/close", "{}");
        assertEquals(409, reply.status(), reply.body());
    }

    private long chapterOf(String organisation, String commune) {
        JsonObject first = admin().get(ORG_UNITS + "?organisation=" + organisation + "&adminUnit=" + commune + "&size=1")
                .json().getJsonArray("items").getJsonObject(0);
        return first.getJsonNumber("id").longValue();
    }
}
