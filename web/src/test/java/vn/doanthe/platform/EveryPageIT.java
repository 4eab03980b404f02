package vn.doanthe.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.BrowserTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;

/**
 * Every page of the console — found in the web application's folder, so a page added tomorrow is
 * opened too — as an administrator of the whole installation, in Vietnamese at 1366 × 768 and
 * 1024 × 768, in English at 1024 × 768: each answers with itself (not an error page) and none scrolls
 * sideways. The pages about one record open on records made here with the long names real offices
 * write, and a campaign; the error pages and the login page are left out (they have no menu).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageIT extends BrowserTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Path PAGES = Path.of("src/main/webapp");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void everyPageAnswersAndFitsTheWindowInBothLanguages() throws IOException {
        Map<String, String> records = records();
        List<String> pages = pages(records);
        List<String> wrong = new ArrayList<>();
        browser.signIn(Accounts.open(admin(), List.of("ADMIN"), null, List.of()), Accounts.PASSWORD);
        try {
            for (String language : List.of("Vi", "En")) {
                browser.go("index.xhtml");
                browser.submit(By.id("topbarForm:lang" + language));
                // English is checked at the narrower width only: a page that fits there fits wider.
                for (int width : language.equals("Vi") ? List.of(1366, 1024) : List.of(1024)) {
                    browser.driver().manage().window().setSize(new Dimension(width, 768));
                    for (String page : pages) {
                        browser.go(page);
                        if (!browser.driver().findElements(By.id("errorText")).isEmpty()) {
                            wrong.add(page + " (" + language + "): " + browser.text(By.id("errorText")));
                        } else if (sideways()) {
                            wrong.add(page + " (" + language + ", " + width + " px): " + scrollWidth() + " px wide");
                        }
                    }
                }
            }
        } finally {
            browser.go("index.xhtml");
            browser.submit(By.id("topbarForm:langVi"));
        }
        assertEquals(List.of(), wrong, "pages that failed or scrolled sideways");
    }

    /** Every page of the folder, those about one record with its id; none left out unknowingly. */
    private static List<String> pages(Map<String, String> records) throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            List<String> pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> PAGES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("errors/") && !p.equals("login.xhtml"))
                    .sorted().map(p -> p + records.getOrDefault(p, "")).toList();
            assertTrue(pages.size() >= 30, pages.toString());
            return pages;
        }
    }

    /** A person, a cadre, a meeting, a directive, a campaign of it and a course, for the pages about one record. */
    private Map<String, String> records() {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Trung Tâm Hành Chính Mới Bến Giá " + word, COMMUNE);
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet, "2015-01-01");
        long person = registry.person("Nguyễn Huỳnh Thị Ngọc Phương " + word + " Thảo", hamlet);
        registry.enrol(person, branch, "2015-01-01");
        long chapter = admin().get(API + "/org-units?organisation=HPN&adminUnit=" + COMMUNE + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        registry.hold(person, chapter, "HPN_UY_VIEN_XA", TODAY.minusYears(1), "ELECTED");
        long meeting = id(admin().post(API + "/meetings", """
                {"orgUnitId": %d, "type": "REGULAR", "heldOn": "%s", "place": "Nhà văn hoá ấp, số 12 đường liên ấp 3",
                 "agenda": ["Triển khai nghị quyết đại hội đại biểu phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ 2022–2027"]}"""
                .formatted(branch, TODAY)).json());
        long directive = id(admin().post(API + "/directives", """
                {"symbol": "%s-CT/TU", "issuer": "Ban Thường vụ Tỉnh ủy", "type": "DIRECTIVE", "issuedOn": "%s",
                 "title": "Về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới %s"}"""
                .formatted(Deployments.unique(), TODAY, word)).json());
        long draft = id(admin().post(API + "/directives/" + directive + "/summaries",
                "{\"text\": \"Những điểm mới của chỉ thị, để các chi hội phổ biến tại buổi sinh hoạt.\"}").json());
        admin().post(API + "/summaries/" + draft + "/submit", "");
        long summary = id(admin().post(API + "/summaries/" + draft + "/approve", "").json());
        long campaign = id(admin().post(API + "/campaigns", """
                {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN"], "deadline": "%s",
                 "form": "THEMATIC_MEETING"}""".formatted(directive, summary, hamlet, TODAY.plusDays(30))).json());
        long course = id(admin().post(API + "/courses", """
                {"title": "Tập huấn nghiệp vụ chi hội trưởng phụ nữ các ấp vùng đồng bào dân tộc Khmer năm %d %s",
                 "organiserUnitId": %d, "from": "%s", "to": "%s", "mode": "IN_PERSON", "venue": "Hội trường xã",
                 "targetPosts": ["HPN_CHI_HOI_TRUONG"], "topics": [{"title": "Kỹ năng tổ chức sinh hoạt chi hội", "compulsory": true}]}"""
                .formatted(TODAY.getYear(), word, chapter, TODAY.minusDays(2), TODAY)).json());
        return Map.of("member/person.xhtml", "?id=" + person, "cadre/profile.xhtml", "?person=" + person,
                "meeting/meeting.xhtml", "?id=" + meeting, "directive/directive.xhtml", "?id=" + directive,
                "directive/campaign.xhtml", "?id=" + campaign, "training/effect.xhtml", "?course=" + course);
    }

    private static long id(JsonObject created) {
        return created.getJsonNumber("id").longValue();
    }

    private boolean sideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }

    private Object scrollWidth() {
        return ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
    }
}
