package vn.doanthe.directive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Sql;

/**
 * The register of directives through the API: documents registered with their symbol as written
 * and found by symbol or title words typed without diacritics or pasted from Word, every mistake
 * refused at once; files kept exactly and checked by content; summaries for members going from
 * draft through review to approved versions sealed by their hash; and the walk as a commune's
 * STAFF, a commune's ADMIN and an AUDITOR (a level reads the province's register and writes only
 * its own). Each test works on documents of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectivesApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final String OTHER_COMMUNE = "29242";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aDocumentIsRegisteredWithItsSymbolAsWrittenAndFoundWithoutDiacritics() throws SQLException {
        String word = Deployments.uniqueLetters();
        String number = String.valueOf(100 + new Random().nextInt(800));
        // As pasted from Word: a no-break space, a zero-width space, an en dash in the symbol.
        Api.Reply created = register(admin(), number + "-CT/TU", "Tỉnh\u00a0ủy", "DIRECTIVE",
                "Về tăng cường\u200b công tác phòng, chống thiên tai " + word);
        assertEquals(201, created.status(), created.body());
        JsonObject directive = created.json();
        assertTrue(created.header("Location").endsWith("/directives/" + id(directive)));
        assertEquals(number + "-CT/TU", directive.getString("symbol"));
        assertEquals("Tỉnh ủy", directive.getString("issuer"));
        assertEquals(Integer.parseInt(number), directive.getInt("number"), "read from the symbol");
        assertEquals("Về tăng cường công tác phòng, chống thiên tai " + word, directive.getString("title"));
        long guidance = id(register(admin(), "13/HD-ĐCT-TC", "Ban Thường trực " + word, "GUIDANCE",
                "Hướng dẫn tổ chức ngày hội " + word).json());

        assertEquals(Set.of(id(directive)), found(admin(), "phong chong thien tai " + word.toLowerCase()));
        assertEquals(Set.of(id(directive)), found(admin(), "PHÒNG CHỐNG " + word));
        assertTrue(found(admin(), "13/HĐ–ĐCT–TC").contains(guidance), "the symbol pasted from Word, an en dash in it");
        assertTrue(found(admin(), "13 hd dct tc").contains(guidance), "the symbol typed without its marks");
        assertTrue(found(admin(), number + "-ct/tu").contains(id(directive)));
        assertEquals(Set.of(guidance), found(admin(), "ngay hoi " + word.toLowerCase()));

        // The same symbol of the same issuer in the same year is one document; another year is another.
        Api.Reply again = register(admin(), number + " – CT/TU", "Tỉnh ủy", "DIRECTIVE", "Bản nhập lại " + word);
        assertEquals(409, again.status(), again.body());
        assertEquals(Set.of("symbol"), fields(again));
        Api.Reply otherTerm = admin().post(API + "/directives", """
                {"symbol": "%s-CT/TU", "issuer": "Tỉnh ủy", "type": "DIRECTIVE", "issuedOn": "2016-03-01",
                 "term": "2015-2020", "title": "Nhiệm kỳ trước %s"}""".formatted(number, word));
        assertEquals(201, otherTerm.status(), otherTerm.body());
        assertEquals("2015-2020", otherTerm.json().getString("term"));

        Api.Reply empty = admin().post(API + "/directives", "{}");
        assertEquals(400, empty.status(), empty.body());
        assertEquals(Set.of("symbol", "issuer", "type", "issuedOn", "title"), fields(empty));
        Api.Reply wrong = admin().post(API + "/directives", """
                {"symbol": "– / –", "issuer": "Tỉnh ủy", "type": "DIRECTIVE", "issuedOn": "%s", "title": "☎☎"}"""
                .formatted(TODAY.plusDays(3)));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(Set.of("symbol", "issuedOn", "title"), fields(wrong));
        assertEquals(400, admin().post(API + "/directives", """
                {"symbol": "1-CT", "issuer": "Tỉnh ủy", "type": "ORDER", "issuedOn": "31/02/2026", "title": "x"}""")
                .status());

        // A correction of the particulars, against the version read; a stale one is refused.
        Api.Reply corrected = admin().put(API + "/directives/" + id(directive), """
                {"symbol": "%s-CT/TU", "issuer": "Ban Thường vụ Tỉnh ủy", "type": "DIRECTIVE", "issuedOn": "%s",
                 "title": "Về tăng cường công tác phòng, chống thiên tai %s", "version": %d}"""
                .formatted(number, TODAY, word, directive.getInt("version")));
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("Ban Thường vụ Tỉnh ủy", corrected.json().getString("issuer"));
        Api.Reply stale = admin().put(API + "/directives/" + id(directive), """
                {"symbol": "%s-CT/TU", "issuer": "Tỉnh ủy", "type": "DIRECTIVE", "issuedOn": "%s",
                 "title": "Cũ %s", "version": %d}""".formatted(number, TODAY, word, directive.getInt("version")));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(1L, ((Number) Sql.row("SELECT COUNT(*) FROM directive WHERE title_key LIKE ?",
                "%phong, chong thien tai " + word.toLowerCase() + "%")[0]).longValue());
    }

    @Test
    void filesAreKeptExactlyAndCheckedByTheirContent() throws IOException {
        long directive = id(register(admin(), Deployments.unique() + "-KH/TU", "Tỉnh ủy", "PLAN",
                "Kế hoạch " + Deployments.uniqueLetters()).json());
        // 2.5 MB: three parts in the database.
        byte[] pdf = new byte[2_500_000];
        new Random(7).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        Api.Reply kept = admin().postFile(API + "/directives/" + directive + "/attachments", "file", "Chỉ thị 26.pdf",
                "application/octet-stream", pdf);
        assertEquals(201, kept.status(), kept.body());
        assertEquals("application/pdf", kept.json().getString("mediaType"), "told by the content");
        assertEquals(sha256(pdf), kept.json().getString("sha256"));
        Api.Download back = admin().download(API + "/directives/" + directive + "/attachments" + "/"
                + id(kept.json()));
        assertEquals(200, back.status());
        assertArrayEquals(pdf, back.body());
        assertEquals("application/pdf", back.contentType());
        assertTrue(back.disposition().contains("filename*=UTF-8''Ch%E1%BB%89%20th%E1%BB%8B%2026.pdf"), back.disposition());

        assertEquals(201, admin().postFile(API + "/directives/" + directive + "/attachments", "file", "huong-dan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                zip("[Content_Types].xml", "word/document.xml")).status());
        assertEquals(201, admin().postFile(API + "/directives/" + directive + "/attachments", "file", "ke-hoach.odt",
                "application/vnd.oasis.opendocument.text", odt()).status());
        Api.Reply spreadsheet = admin().postFile(API + "/directives/" + directive + "/attachments", "file", "danh-sach.pdf",
                "application/pdf", zip("[Content_Types].xml", "xl/workbook.xml"));
        assertEquals(400, spreadsheet.status(), "a spreadsheet renamed .pdf: " + spreadsheet.body());
        assertEquals(Set.of("file"), fields(spreadsheet));
        assertEquals(400, admin().postFile(API + "/directives/" + directive + "/attachments", "file", "trong.pdf",
                "application/pdf", new byte[0]).status());
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, tooLarge, 0, 9);
        Api.Reply large = admin().postFile(API + "/directives/" + directive + "/attachments", "file", "lon.pdf",
                "application/pdf", tooLarge);
        assertEquals(400, large.status(), large.body());
        JsonArray files = admin().get(API + "/directives/" + directive + "/attachments").structure().asJsonArray();
        assertEquals(3, files.size(), "nothing of the refused files was kept: " + files);
        assertEquals(404, admin().download(API + "/directives/" + directive + "/attachments/" + Long.MAX_VALUE).status());
    }

    @Test
    void summariesGoFromDraftThroughReviewToApprovedVersionsSealedByTheirHash() throws SQLException {
        long directive = id(register(admin(), Deployments.unique() + "-NQ/TU", "Tỉnh ủy", "RESOLUTION",
                "Nghị quyết " + Deployments.uniqueLetters()).json());
        // Written in Word: CR LF between the lines, empty lines, a no-break space.
        Api.Reply written = admin().post(API + "/directives/" + directive + "/summaries", """
                {"text": "Điểm chính:\\r\\n- Giữ vệ sinh\\u00a0chung\\r\\n\\r\\n\\r\\nViệc cần làm: dọn đường thôn", "outline": "1. Mở đầu"}""");
        assertEquals(201, written.status(), written.body());
        JsonObject first = written.json();
        assertEquals(1, first.getInt("version"));
        assertEquals("DRAFT", first.getString("state"));
        String text = "Điểm chính:\n- Giữ vệ sinh chung\n\nViệc cần làm: dọn đường thôn";
        assertEquals(text, first.getString("text"));
        assertEquals(sha256(("text\n" + text + "\noutline\n1. Mở đầu").getBytes(StandardCharsets.UTF_8)),
                first.getString("hash"), "the hash of the text and the outline, as anyone can compute it");
        assertEquals(409, admin().post(API + "/directives/" + directive + "/summaries", "{\"text\": \"Bản khác\"}").status(),
                "one version of a level is written at a time");

        Api.Reply draft = admin().put(API + "/summaries/" + id(first), """
                {"text": "Điểm chính: giữ vệ sinh chung", "outline": "1. Mở đầu", "hash": "%s"}""".formatted(first.getString("hash")));
        assertEquals(200, draft.status(), draft.body());
        assertEquals(id(first), id(draft.json()), "a draft is changed in place");
        Api.Reply overwrite = admin().put(API + "/summaries/" + id(first), """
                {"text": "Bản của người thứ hai", "hash": "%s"}""".formatted(first.getString("hash")));
        assertEquals(409, overwrite.status(), "started from words changed meanwhile: " + overwrite.body());
        assertEquals(Set.of("hash"), fields(overwrite));
        assertEquals(409, admin().post(API + "/summaries/" + id(first) + "/approve", "").status(), "a draft is reviewed first");
        assertEquals("REVIEW", admin().post(API + "/summaries/" + id(first) + "/submit", "").json().getString("state"));
        JsonObject approved = admin().post(API + "/summaries/" + id(first) + "/approve", "").json();
        assertEquals("APPROVED", approved.getString("state"));
        assertEquals(Deployments.ADMIN, approved.getString("approvedBy"));
        String approvedHash = approved.getString("hash");

        Api.Reply changed = admin().put(API + "/summaries/" + id(first), """
                {"text": "Điểm chính: giữ vệ sinh chung, trồng cây", "outline": "1. Mở đầu"}""");
        assertEquals(201, changed.status(), "an approved text stays; the change is the next version: " + changed.body());
        JsonObject second = changed.json();
        assertEquals(2, second.getInt("version"));
        assertEquals("DRAFT", second.getString("state"));
        assertEquals(id(first), second.getJsonNumber("basedOnId").longValue());
        assertEquals(approvedHash, admin().get(API + "/summaries/" + id(first)).json().getString("hash"));
        admin().post(API + "/summaries/" + id(second) + "/submit", "");
        assertEquals("APPROVED", admin().post(API + "/summaries/" + id(second) + "/approve", "").json().getString("state"));
        assertEquals("SUPERSEDED", admin().get(API + "/summaries/" + id(first)).json().getString("state"));
        assertEquals(409, admin().put(API + "/summaries/" + id(first), "{\"text\": \"Sửa bản cũ\"}").status());
        assertEquals(Set.of("text"), fields(admin().post(API + "/directives/" + directive + "/summaries",
                "{\"text\": \"   \"}")));
        Object[] stored = Sql.row("SELECT sha256, summary_text FROM directive_summary WHERE id = ?", id(first));
        assertEquals(approvedHash, stored[0]);
    }

    @Test
    void aCommuneReadsTheProvincesRegisterAndWritesOnlyAtItsOwnLevel() {
        String word = Deployments.uniqueLetters();
        long province = id(register(admin(), Deployments.unique() + "-CT/TU", "Tỉnh ủy", "DIRECTIVE",
                "Chỉ thị của tỉnh " + word).json());
        JsonObject summary = admin().post(API + "/directives/" + province + "/summaries", "{\"text\": \"Bản của tỉnh\"}").json();
        admin().post(API + "/summaries/" + id(summary) + "/submit", "");
        admin().post(API + "/summaries/" + id(summary) + "/approve", "");

        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), COMMUNE, List.of());
        Api otherStaff = Accounts.client(server(), admin(), List.of("STAFF"), OTHER_COMMUNE, List.of());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        for (Api reader : List.of(staff, communeAdmin, otherStaff, auditor)) {
            assertEquals(Set.of(province), found(reader, word), "the province's register is read below it");
            assertEquals(200, reader.get(API + "/directives/" + province).status());
        }
        for (Api commune : List.of(staff, communeAdmin)) {
            assertEquals(403, commune.put(API + "/directives/" + province, """
                    {"symbol": "1-CT/TU", "issuer": "Xã", "type": "DIRECTIVE", "issuedOn": "%s", "title": "Sửa", "version": 0}"""
                    .formatted(TODAY)).status());
            assertEquals(403, commune.postFile(API + "/directives/" + province + "/attachments", "file", "a.pdf",
                    "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)).status());
            assertEquals(403, commune.put(API + "/summaries/" + id(summary), "{\"text\": \"Sửa bản của tỉnh\"}").status());
        }
        Api.Reply withoutSource = staff.post(API + "/directives/" + province + "/summaries", "{\"text\": \"Bản của xã\"}");
        assertEquals(400, withoutSource.status(), withoutSource.body());
        assertEquals(Set.of("basedOnId"), fields(withoutSource));
        Api.Reply adapted = staff.post(API + "/directives/" + province + "/summaries", """
                {"text": "Bản của xã: dọn đường ấp", "basedOnId": %d}""".formatted(id(summary)));
        assertEquals(201, adapted.status(), adapted.body());
        assertEquals(COMMUNE, adapted.json().getString("unit"));
        assertEquals(1, adapted.json().getInt("version"));
        assertEquals(id(summary), adapted.json().getJsonNumber("basedOnId").longValue());
        long communes = id(adapted.json());
        assertEquals("REVIEW", communeAdmin.post(API + "/summaries/" + communes + "/submit", "").json().getString("state"));
        assertEquals(404, otherStaff.get(API + "/summaries/" + communes).status(), "another commune's version is not read");
        assertFalse(otherStaff.get(API + "/directives/" + province + "/summaries").body().contains("Bản của xã"));
        assertTrue(admin().get(API + "/directives/" + province + "/summaries").body().contains("Bản của xã"));

        // A commune's own register: read by it and above, not by another commune.
        Api.Reply own = staff.post(API + "/directives", """
                {"symbol": "05-KH/UBMTTQ", "issuer": "Ban Thường trực Ủy ban MTTQ xã", "type": "PLAN", "issuedOn": "%s",
                 "title": "Kế hoạch của xã %s"}""".formatted(TODAY, word));
        assertEquals(201, own.status(), own.body());
        assertEquals(COMMUNE, own.json().getString("unit"));
        assertEquals(404, otherStaff.get(API + "/directives/" + id(own.json())).status());
        assertEquals(Set.of(province), found(otherStaff, word));
        assertEquals(Set.of(province, id(own.json())), found(admin(), word));
        assertEquals(404, staff.post(API + "/directives", """
                {"symbol": "06-KH/UBMTTQ", "issuer": "Xã khác", "type": "PLAN", "issuedOn": "%s", "title": "Không được",
                 "unit": "%s"}""".formatted(TODAY, OTHER_COMMUNE)).status(), "another commune's register is out of scope");

        assertEquals(403, auditor.post(API + "/directives", """
                {"symbol": "07-KH", "issuer": "Kiểm tra", "type": "PLAN", "issuedOn": "%s", "title": "Không được"}"""
                .formatted(TODAY)).status());
        assertEquals(403, auditor.post(API + "/summaries/" + communes + "/approve", "").status());
        assertEquals(200, auditor.get(API + "/summaries/" + communes).status());
    }

    private static Api.Reply register(Api api, String symbol, String issuer, String type, String title) {
        return api.post(API + "/directives", """
                {"symbol": "%s", "issuer": "%s", "type": "%s", "issuedOn": "%s", "title": "%s"}"""
                .formatted(symbol, issuer, type, TODAY, title));
    }

    private static Set<Long> found(Api api, String q) {
        Api.Reply reply = api.get(API + "/directives?size=100&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(DirectivesApiIT::id)
                .collect(Collectors.toSet());
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static Set<String> fields(Api.Reply reply) {
        return reply.fields();
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] odt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
