package vn.doanthe.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.SecondInstance;
import vn.doanthe.testing.Sql;

/**
 * Campaign reminders on two instances of the application over one database: rounds started on both
 * at the same moment write each reminder once — to a branch without a session before its deadline,
 * to the unit above it once the deadline has passed — and the units read them in their scope. The
 * second instance has a mail session, as an IT department configures one, to a real SMTP server
 * the test runs: each reminder is mailed once to the accounts that serve its unit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignRemindersIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final String OTHER_COMMUNE = "29242";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static SecondInstance second;
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @BeforeAll
    static void startSecondInstanceWithMail() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        second = SecondInstance.start(List.of("create-javamail-resource --mailhost 127.0.0.1 --mailuser doanthe"
                + " --fromaddress nhacviec@doanthe.test --property mail-smtp-port=" + smtp.getSmtp().getPort()
                + " mail/doanthe"));
    }

    @AfterAll
    static void stopSecondInstanceAndMail() {
        if (second != null) {
            second.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void roundsOnTwoInstancesRemindEachBranchOnceAndTellTheUnitAboveOfOverdueOnes() throws Exception {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Nhắc Việc " + word, COMMUNE);
        long acknowledging = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long silent = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long done = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long chapter = ((Number) Sql.row("SELECT parent_id FROM org_unit WHERE id = ?", silent)[0]).longValue();
        long directive = id(admin().post(API + "/directives", """
                {"symbol": "%s-KH/HPN", "issuer": "Hội LHPN tỉnh", "type": "PLAN", "issuedOn": "%s", "title": "Nhắc việc %s"}"""
                .formatted(Deployments.unique(), TODAY, word)).json());
        long draft = id(admin().post(API + "/directives/" + directive + "/summaries", "{\"text\": \"Bản tóm tắt\"}").json());
        admin().post(API + "/summaries/" + draft + "/submit", "");
        long summary = id(admin().post(API + "/summaries/" + draft + "/approve", "").json());
        long dueSoon = campaign(directive, summary, hamlet, TODAY.plusDays(1));
        long overdue = campaign(directive, summary, hamlet, TODAY.plusDays(20));
        long distant = campaign(directive, summary, hamlet, TODAY.plusDays(20));
        Sql.update("UPDATE campaign SET deadline = ? WHERE id = ?", TODAY.minusDays(2), overdue); // its deadline passed

        String staffName = Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of(), "xa." + word + "@hiepmy.test");
        Api staff = Api.as(server(), staffName, Accounts.PASSWORD);
        // Addresses as offices paste them: a no-break space and a zero-width space around one.
        String women = "phunu." + word + "@hiepmy.test";
        Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of("HPN"), "\u00a0" + women + "\u200b ");
        String farmersMail = "nongdan." + word + "@hiepmy.test";
        Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of("HND"), farmersMail);
        String otherCommune = "xakhac." + word + "@hiepmy.test";
        Accounts.open(admin(), List.of("STAFF"), OTHER_COMMUNE, List.of(), otherCommune);
        String auditorMail = "kiemtoan." + word + "@hiepmy.test";
        Accounts.open(admin(), List.of("AUDITOR"), null, List.of(), auditorMail);
        assertEquals(201, staff.post(API + "/campaigns/" + dueSoon + "/acknowledgements",
                "{\"orgUnitId\": %d, \"summaryId\": %d}".formatted(acknowledging, summary)).status());
        assertEquals(201, session(staff, dueSoon, done).status());

        // Six rounds at once, three on each instance: every one answers, and each reminder is written once.
        List<Api> instances = List.of(admin(), Api.as(second.server(), Deployments.ADMIN, Deployments.ADMIN_PASSWORD));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> rounds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Api instance = instances.get(i % 2);
            rounds.add(pool.submit(() -> {
                start.await();
                return instance.post(API + "/reminders/run", "");
            }));
        }
        start.countDown();
        for (Future<Api.Reply> round : rounds) {
            Api.Reply reply = round.get();
            assertEquals(200, reply.status(), reply.body());
        }
        pool.shutdown();

        assertEquals(Map.of(acknowledging, "DUE_SOON SESSION to " + acknowledging,
                        silent, "DUE_SOON ACKNOWLEDGEMENT to " + silent),
                reminders(dueSoon), "the branches without a session, each once; not the one that held it");
        assertEquals(Map.of(acknowledging, "OVERDUE ACKNOWLEDGEMENT to " + chapter,
                        silent, "OVERDUE ACKNOWLEDGEMENT to " + chapter, done, "OVERDUE ACKNOWLEDGEMENT to " + chapter),
                reminders(overdue), "past the deadline the unit above is told, once for each branch");
        assertEquals(Map.of(), reminders(distant), "a deadline twenty days away reminds nobody yet");
        assertEquals(0L, count("SELECT COUNT(*) - COUNT(DISTINCT target_id, kind) FROM campaign_reminder"),
                "no reminder twice, anywhere");
        JsonObject again = instances.get(1).post(API + "/reminders/run", "").json();
        assertEquals(Map.of(acknowledging, "DUE_SOON SESSION to " + acknowledging,
                silent, "DUE_SOON ACKNOWLEDGEMENT to " + silent), reminders(dueSoon), "a later round adds nothing: " + again);

        // Mailed once, by the instance with a mail session, to the accounts that serve the units.
        String place = "Ấp Nhắc Việc " + word;
        for (String address : List.of("xa." + word + "@hiepmy.test", women)) {
            List<MimeMessage> letters = lettersTo(address);
            assertEquals(1, letters.size(), address + " gets one letter for the round, however many rounds ran");
            String body = (String) letters.get(0).getContent(); // decoded from quoted-printable
            assertTrue(letters.get(0).getSubject().startsWith("Đoàn Thể: nhắc việc tuyên truyền"), letters.get(0).getSubject());
            assertEquals(5, body.lines().filter(line -> line.contains(place)).count(),
                    "two branches due soon and three overdue: " + body);
            assertTrue(body.contains("hạn " + TODAY.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                    body);
            assertTrue(body.contains("chưa xác nhận bản tóm tắt") && body.contains("chưa tổ chức buổi tuyên truyền"), body);
        }
        // Other tests' reminders of the same database may reach them; none of this hamlet's may.
        for (String address : List.of(farmersMail, otherCommune)) {
            for (MimeMessage letter : lettersTo(address)) {
                assertFalse(((String) letter.getContent()).contains(place), address + " serves none of these units");
            }
        }
        assertEquals(List.of(), lettersTo(auditorMail), "an auditor is sent no reminder");
        assertEquals(0L, count("SELECT COUNT(*) FROM campaign_reminder WHERE campaign_id IN (?, ?) AND (mailed_at IS NULL"
                + " OR mailed_to < 2)", dueSoon, overdue), "each reminder mailed, to both accounts of the commune");

        // The commune reads them: the branches' before the deadline, its own of overdue branches.
        List<JsonObject> communes = items(staff.get(API + "/reminders?unit=" + COMMUNE));
        assertEquals(5, communes.stream().filter(r -> ours(r, dueSoon, overdue)).count(), communes.toString());
        List<JsonObject> hamlets = items(staff.get(API + "/reminders?unit=" + hamlet));
        assertEquals(2, hamlets.stream().filter(r -> ours(r, dueSoon, overdue)).count(),
                "on the hamlet only the branches' own; the overdue notices went to the commune's chapter");
        JsonObject overdueNotice = communes.stream().filter(r -> r.getJsonNumber("campaignId").longValue() == overdue)
                .findFirst().orElseThrow();
        assertEquals("OVERDUE", overdueNotice.getString("kind"));
        assertEquals(chapter, overdueNotice.getJsonNumber("addressedUnitId").longValue());
        assertEquals(TODAY.minusDays(2).toString(), overdueNotice.getString("deadline"));
        assertTrue(overdueNotice.getInt("mailedTo") >= 2, overdueNotice.toString());

        // Once the silent branch holds its session, it is no longer among the open reminders.
        assertEquals(201, session(staff, dueSoon, silent).status());
        List<JsonObject> open = items(staff.get(API + "/reminders?open=true&unit=" + hamlet));
        assertTrue(open.stream().noneMatch(r -> r.getJsonNumber("orgUnitId").longValue() == silent
                && r.getJsonNumber("campaignId").longValue() == dueSoon), open.toString());
        assertTrue(items(staff.get(API + "/reminders?unit=" + hamlet)).stream()
                .anyMatch(r -> r.getJsonNumber("orgUnitId").longValue() == silent && r.getBoolean("resolved")));

        Api other = Accounts.client(server(), admin(), List.of("STAFF"), OTHER_COMMUNE, List.of());
        assertTrue(items(other.get(API + "/reminders")).stream().noneMatch(r -> ours(r, dueSoon, overdue)),
                "another commune reads none of them");
        assertEquals(404, other.get(API + "/reminders?unit=" + hamlet).status());
        Api farmers = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HND"));
        assertTrue(items(farmers.get(API + "/reminders?unit=" + COMMUNE)).stream().noneMatch(r -> ours(r, dueSoon, overdue)),
                "an officer of the farmers reads none of the women's");
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/reminders?unit=" + hamlet).status());
        assertEquals(403, auditor.post(API + "/reminders/run", "").status());
        assertEquals(403, staff.post(API + "/reminders/run", "").status());
        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), COMMUNE, List.of());
        Api.Reply scoped = communeAdmin.post(API + "/reminders/run", "");
        assertEquals(403, scoped.status(), "a round covers every campaign: " + scoped.body());
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'REMIND' AND entity_type = 'CampaignReminder'") > 0,
                "a round that wrote reminders is in the audit trail");
    }

    private long campaign(long directive, long summary, String hamlet, LocalDate deadline) {
        Api.Reply issued = admin().post(API + "/campaigns", """
                {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN"], "deadline": "%s",
                 "form": "REGULAR_MEETING"}""".formatted(directive, summary, hamlet, deadline));
        assertEquals(201, issued.status(), issued.body());
        assertEquals(3, issued.json().getInt("targets"));
        return id(issued.json());
    }

    private static Api.Reply session(Api api, long campaign, long unit) {
        return api.post(API + "/campaigns/" + campaign + "/sessions", """
                {"orgUnitId": %d, "heldOn": "%s", "presenter": "Bà Báo Cáo Viên", "attendees": [], "othersPresent": 4}"""
                .formatted(unit, TODAY));
    }

    /** The campaign's reminders by branch: "kind missing to addressed unit", read by hand. */
    private static Map<Long, String> reminders(long campaign) throws SQLException {
        List<Object> rows = Sql.column("SELECT CONCAT(t.org_unit_id, '|', r.kind, ' ', r.missing, ' to ', r.addressed_unit_id)"
                + " FROM campaign_reminder r JOIN campaign_target t ON t.id = r.target_id WHERE r.campaign_id = ?", campaign);
        return rows.stream().map(Object::toString).collect(Collectors.toMap(
                row -> Long.valueOf(row.substring(0, row.indexOf('|'))), row -> row.substring(row.indexOf('|') + 1)));
    }

    /** The letters the SMTP server received for the address, decoded by GreenMail. */
    private static List<MimeMessage> lettersTo(String address) throws Exception {
        List<MimeMessage> letters = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                letters.add(message);
            }
        }
        return letters;
    }

    private static boolean ours(JsonObject reminder, long... campaigns) {
        long campaign = reminder.getJsonNumber("campaignId").longValue();
        return java.util.Arrays.stream(campaigns).anyMatch(c -> c == campaign);
    }

    private static List<JsonObject> items(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Sql.row(sql, parameters)[0]).longValue();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
