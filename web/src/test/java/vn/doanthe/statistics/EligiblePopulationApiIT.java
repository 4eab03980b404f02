package vn.doanthe.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The eligible population staff enter and the ratios it gives: the API's figures and ratios equal
 * those computed by hand-written SQL over the same tables; bad input is refused naming the field.
 * Each test uses a year of its own, so that tests sharing the database do not see each other's figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EligiblePopulationApiIT extends ClientTest {

    private static final String COMMUNE = "29254";
    private static final String ELIGIBLE = "/doanthe/api/v1/stats/eligible/";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void theRatioIsTheMembersOfTheDayOverTheFigureOfItsYear() throws SQLException {
        Registry registry = new Registry(admin());
        for (String hamlet : List.of("29254.01", "29254.02")) {
            long person = registry.person("Đặng Thị Tỉ Lệ " + Deployments.unique(), hamlet);
            registry.enrol(person, registry.branch("HPN", hamlet), "2015-03-08");
        }
        LocalDate day = LocalDate.of(2019, 6, 30);

        Api.Reply set = admin().put(ELIGIBLE + COMMUNE + "/2019/HPN", "{\"eligible\": 7}");
        assertEquals(200, set.status(), set.body());
        assertEquals(7, set.json().getJsonNumber("eligible").longValue());
        assertRatiosEqualSql(day);
        JsonObject hpn = organisation(day, "HPN");
        assertTrue(hpn.getJsonNumber("members").longValue() >= 2, hpn.toString());
        assertEquals(7, hpn.getJsonNumber("eligible").longValue());

        Api.Reply corrected = admin().put(ELIGIBLE + COMMUNE + "/2019/HPN", "{\"eligible\": 1234}");
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals(1234, organisation(day, "HPN").getJsonNumber("eligible").longValue());
        assertRatiosEqualSql(day);

        assertEquals(JsonValue.NULL, organisation(day, "CCB").get("eligible"), "no figure, no eligible");
        assertEquals(JsonValue.NULL, organisation(day, "CCB").get("ratio"), "no figure, no ratio");
        assertEquals(JsonValue.NULL, organisation(LocalDate.of(2020, 1, 1), "HPN").get("eligible"),
                "the figure of 2019 is not that of 2020");

        List<JsonObject> figures = figures(COMMUNE, 2019);
        assertEquals(1, figures.size(), figures.toString());
        assertEquals("HPN", figures.get(0).getString("organisation"));
        assertEquals(1234, figures.get(0).getJsonNumber("eligible").longValue());
    }

    @Test
    void aCommuneWithoutItsOwnFigureTakesTheSumOfItsHamletsOnceEveryHamletHasOne() throws SQLException {
        LocalDate day = LocalDate.of(2018, 12, 31);
        List<JsonObject> hamlets = stats(day).getJsonArray("children").getValuesAs(JsonObject.class);
        assertTrue(hamlets.size() > 1, "the demo commune has hamlets");
        for (int i = 0; i < hamlets.size(); i++) {
            if (i > 0) {
                assertEquals(JsonValue.NULL, organisation(day, "HND").get("eligible"), "a hamlet has no figure yet");
            }
            Api.Reply set = admin().put(ELIGIBLE + hamlets.get(i).getString("unit") + "/2018/HND",
                    "{\"eligible\": %d}".formatted(100 + 7 * i));
            assertEquals(200, set.status(), set.body());
        }
        JsonObject hnd = organisation(day, "HND");
        assertEquals(sqlLong("""
                SELECT SUM(e.eligible) FROM eligible_population e
                JOIN admin_unit h ON h.id = e.admin_unit_id AND h.valid_to IS NULL
                JOIN admin_unit c ON c.id = h.parent_id
                JOIN organisation o ON o.id = e.organisation_id
                WHERE c.code = ? AND c.valid_to IS NULL AND e.year = 2018 AND o.code = 'HND'""", COMMUNE),
                hnd.getJsonNumber("eligible").longValue());
        assertRatiosEqualSql(day);

        assertEquals(200, admin().put(ELIGIBLE + COMMUNE + "/2018/HND", "{\"eligible\": 5000}").status());
        assertEquals(5000, organisation(day, "HND").getJsonNumber("eligible").longValue(), "its own figure comes first");
    }

    @Test
    void badFiguresAreRefusedNamingTheField() {
        assertRefused(admin().put(ELIGIBLE + COMMUNE + "/2024/HPN", "{\"eligible\": -1}"), "eligible", "không được âm");
        assertRefused(admin().put(ELIGIBLE + COMMUNE + "/2024/HPN", "{}"), "eligible", null);
        assertRefused(admin().put(ELIGIBLE + COMMUNE + "/1800/HPN", "{\"eligible\": 10}"), "year", "1950");
        assertRefused(admin().put(ELIGIBLE + COMMUNE + "/2999/HPN", "{\"eligible\": 10}"), "year", null);
        assertRefused(admin().put(ELIGIBLE + COMMUNE + "/hai-nghin/HPN", "{\"eligible\": 10}"), "year", null);
        assertRefused(admin().put(ELIGIBLE + "00000/2024/HPN", "{\"eligible\": 10}"), "unitCode", "00000");
        assertRefused(admin().put(ELIGIBLE + COMMUNE + "/2024/KHONGCO", "{\"eligible\": 10}"), "organisationCode", "KHONGCO");
        assertEquals(401, anonymous().put(ELIGIBLE + COMMUNE + "/2024/HPN", "{\"eligible\": 10}").status());
        assertTrue(figures(COMMUNE, 2024).isEmpty(), "nothing refused was stored");
    }

    @Test
    void theWorkbookHoldsTheNumbersOfTheJson() throws IOException {
        LocalDate day = LocalDate.of(2019, 6, 30);
        JsonObject stats = stats(day);
        Api.Download file = admin().download("/doanthe/api/v1/stats/members.xlsx?unit=" + COMMUNE + "&asOf=" + day);
        assertEquals(200, file.status());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Số người", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(stats.getJsonNumber("persons").longValue(), (long) sheet.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(stats.getJsonNumber("memberships").longValue(), (long) sheet.getRow(4).getCell(1).getNumericCellValue());
            List<JsonObject> organisations = stats.getJsonArray("byOrganisation").getValuesAs(JsonObject.class);
            for (int i = 0; i < organisations.size(); i++) {
                Row row = sheet.getRow(7 + i);
                assertEquals(organisations.get(i).getString("name"), row.getCell(0).getStringCellValue());
                assertEquals(organisations.get(i).getJsonNumber("members").longValue(), (long) row.getCell(1).getNumericCellValue());
            }
            String children = "";
            for (Row row : sheet) {
                children += row.getCell(0) == null ? "" : row.getCell(0).toString() + "\n";
            }
            for (JsonObject child : stats.getJsonArray("children").getValuesAs(JsonObject.class)) {
                assertTrue(children.contains(child.getString("unit")), child.getString("unit") + " in " + children);
            }
        }
    }

    private static void assertRefused(Api.Reply reply, String field, String inMessage) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), reply.body());
        if (inMessage != null) {
            assertTrue(error.getString("message").contains(inMessage), reply.body());
        }
    }

    /** Each organisation's eligible figure and ratio equal those a direct SQL query gives for the commune. */
    private void assertRatiosEqualSql(LocalDate day) throws SQLException {
        for (JsonObject o : stats(day).getJsonArray("byOrganisation").getValuesAs(JsonObject.class)) {
            String organisation = o.getString("organisation");
            long members = sqlLong("""
                    SELECT COUNT(*) FROM membership_period mp
                    JOIN membership m ON m.id = mp.membership_id
                    JOIN organisation o ON o.id = m.organisation_id
                    JOIN org_unit u ON u.id = mp.org_unit_id
                    JOIN admin_unit a ON a.id = u.admin_unit_id AND a.valid_to IS NULL
                    LEFT JOIN admin_unit c ON c.id = a.parent_id
                    WHERE mp.valid_from <= ? AND (mp.valid_to IS NULL OR mp.valid_to >= ?)
                      AND mp.status IN ('ACTIVE', 'AWAY', 'PAUSED') AND (a.code = ? OR c.code = ?) AND o.code = ?""",
                    day, day, COMMUNE, COMMUNE, organisation);
            assertEquals(members, o.getJsonNumber("members").longValue(), o.toString());
            if (o.isNull("eligible")) {
                assertTrue(o.isNull("ratio"), o.toString());
                continue;
            }
            BigDecimal ratio = sqlDecimal("""
                    SELECT ROUND(? / e.eligible, 4) FROM eligible_population e
                    JOIN admin_unit a ON a.id = e.admin_unit_id AND a.valid_to IS NULL
                    JOIN organisation o ON o.id = e.organisation_id
                    WHERE a.code = ? AND e.year = ? AND o.code = ?""", members, COMMUNE, day.getYear(), organisation);
            if (ratio != null) {
                assertNotNull(o.get("ratio"), o.toString());
                assertEquals(0, ratio.compareTo(o.getJsonNumber("ratio").bigDecimalValue()), o + " against " + ratio);
            } else {
                BigDecimal fromChildren = BigDecimal.valueOf(members)
                        .divide(BigDecimal.valueOf(o.getJsonNumber("eligible").longValue()), 4, RoundingMode.HALF_UP);
                assertEquals(0, fromChildren.compareTo(o.getJsonNumber("ratio").bigDecimalValue()), o.toString());
            }
        }
    }

    private JsonObject stats(LocalDate day) {
        Api.Reply reply = admin().get("/doanthe/api/v1/stats/members?unit=" + COMMUNE + "&asOf=" + day);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private JsonObject organisation(LocalDate day, String code) {
        return stats(day).getJsonArray("byOrganisation").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("organisation").equals(code)).findFirst().orElseThrow();
    }

    private List<JsonObject> figures(String unit, int year) {
        Api.Reply reply = admin().get("/doanthe/api/v1/stats/eligible?unit=" + unit + "&year=" + year);
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static long sqlLong(String sql, Object... parameters) throws SQLException {
        BigDecimal value = sqlDecimal(sql, parameters);
        return value == null ? 0 : value.longValueExact();
    }

    private static BigDecimal sqlDecimal(String sql, Object... parameters) throws SQLException {
        Object[] row = Sql.row(sql, parameters);
        return row == null || row[0] == null ? null : new BigDecimal(row[0].toString());
    }
}
