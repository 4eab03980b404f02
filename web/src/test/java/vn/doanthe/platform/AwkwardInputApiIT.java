package vn.doanthe.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import vn.doanthe.testing.Imports;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

/**
 * The general rule: no input of any kind reaches the user as "unexpected error". Every endpoint of
 * every feature, found in the resource classes themselves (a new endpoint is walked without anyone
 * listing it here), receives in each of its query parameters and body fields, one at a time, a fixed
 * corpus of awkward values: text as offices paste it (other scripts, invisible characters, the
 * old-encoding Ð), control characters, numbers out of range, wrong JSON types, nulls in lists. Each
 * answer is a 2xx or a 4xx problem (a 400 naming the field), never a 5xx; afterwards the audit chain
 * is intact, every record created has its audit entry, and no stored name holds a control or
 * invisible character.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwkwardInputApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1/";

    /**
     * Text as offices paste it, and what no text or name may hold, as JSON literals; characters of
     * one kind travel together (every kind of space in one value, every invisible one in another).
     */
    static final List<String> TEXT = List.of(
            "\"ÐẶNG Ðức\"", "\"Nguyễn\\u00a0Thị\\u2003Hà\\u3000Lan\\u202f\"",
            "\"Thị\\u200bHà\\u200dLan\\ufeff\\u00adHồng\\u200e\\u200f\\u202eMai\"", "\"Hà 😀 👨‍👩‍👧\"",
            "\"ថាច់ សុភា 陈文明 Straße Øster Łucja Æsa\"", "\"Ｎｇｕｙễｎ\"", "\"Nu\\u0303\\u031b\"",
            "\"\\u0000\"", "\"a\\u0007b\\u001b\"", "\"\\u0301\\u0303\"", "\"\\ud800\"", "\"\"", "\"   \"",
            "\"" + "Ấ".repeat(5000) + "\"");

    /** Numbers out of range or of the wrong kind. */
    static final List<String> NUMBERS = List.of(
            "18446744073709551716", "1e20", "-1", "0", "59.7", "99999999999999999999", "-9223372036854775809");

    /** Lists with nulls, wrong elements, or no list at all. */
    static final List<String> LISTS = List.of(
            "[null]", "[\"ADMIN\", null]", "[]", "[\"a\", \"b\"]", "\"ADMIN\"", "[12]", "[[\"a\"]]",
            "[\"ÐẶNG\", \"ថាច់\"]", "[\"\\u0000\"]", "[\"\\ud800\"]");

    /** Values of the wrong JSON type, sent to every field. */
    static final List<String> WRONG_TYPES = List.of("true", "[\"a\", \"b\"]", "{\"a\": 1}", "\"12\"", "null");

    /** The awkward values for a field of this type: those of its kind, and every wrong type. */
    static List<String> corpusFor(Class<?> type) {
        List<String> values = new ArrayList<>(WRONG_TYPES);
        if (type == String.class) {
            values.addAll(TEXT);
        } else if (List.class.isAssignableFrom(type)) {
            values.addAll(LISTS);
        } else if (type != Boolean.class && type != boolean.class) {
            values.addAll(NUMBERS);
            values.add("\"ÐẶNG\"");
        }
        return values;
    }

    /** The same for a text query parameter, as it arrives in a URL (some are read as numbers or codes). */
    static final List<String> QUERY_TEXT = List.of(
            "ÐẶNG Nguyễn\u00a0Thị\u3000Hà", "Thị\u200bHà\ufeff\u00ad\u202e 😀", "ថាច់ 陈文明 Straße Øster Łucja Ｎｇｕｙễｎ",
            "Nu\u0303\u031b", "\u0000", "a\u0007b", "\u0301\u0303", "%_\\'", "18446744073709551716", "-1", "",
            "Ấ".repeat(300));

    /** And for a query parameter of another type (a number, a day, a kind, a yes or no). */
    static final List<String> QUERY_OTHER = List.of(
            "ÐẶNG", "\u0000", "18446744073709551716", "1e20", "-1", "59.7", "", "Ấ".repeat(300));

    /** Paths whose commands end the fixture they act on: walked last. */
    private static final List<String> LAST = List.of("/anonymise", "/merge", "/close", "/lock", "/commit", "/tokens/{id}",
            "/end");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void everyEndpointAnswersAwkwardInputWithA2xxOrA4xxNamingTheField() throws SQLException {
        Fixture fixture = new Fixture(admin(), server());
        long personsBefore = ((Number) Sql.row("SELECT COALESCE(MAX(id), 0) FROM person")[0]).longValue();
        long unitsBefore = ((Number) Sql.row("SELECT COALESCE(MAX(id), 0) FROM admin_unit")[0]).longValue();
        long orgUnitsBefore = ((Number) Sql.row("SELECT COALESCE(MAX(id), 0) FROM org_unit")[0]).longValue();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() > 50, "found " + endpoints.size() + " endpoints");
        // Three at a time (as several offices would), those that end their fixture after all others, one by one.
        java.util.concurrent.ExecutorService offices = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<?>> walks = new ArrayList<>();
            for (Endpoint endpoint : endpoints.stream().filter(e -> !e.endsFixture()).toList()) {
                walks.add(offices.submit(() -> calls.addAndGet(walk(endpoint, fixture, wrong))));
            }
            for (java.util.concurrent.Future<?> walk : walks) {
                walk.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            offices.shutdownNow();
        }
        for (Endpoint endpoint : endpoints.stream().filter(Endpoint::endsFixture).toList()) {
            calls.addAndGet(walk(endpoint, fixture, wrong));
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls.get() + " answers were wrong:\n" + String.join("\n", wrong));

        JsonObject chain = admin().get(API + "audit/verify").json();
        assertTrue(chain.getBoolean("intact"), chain.toString());
        for (String[] table : new String[][] {{"person", "Person", "full_name"}, {"admin_unit", "AdminUnit", "name"},
                {"org_unit", "OrgUnit", "name"}}) {
            long since = switch (table[0]) {
                case "person" -> personsBefore;
                case "admin_unit" -> unitsBefore;
                default -> orgUnitsBefore;
            };
            Object[] unaudited = Sql.row("SELECT COUNT(*) FROM " + table[0] + " t WHERE t.id > ? AND NOT EXISTS"
                    + " (SELECT 1 FROM audit_entry a WHERE a.entity_type = ? AND a.entity_id = t.id)", since, table[1]);
            assertEquals(0L, ((Number) unaudited[0]).longValue(), table[0] + " rows written without their audit entry");
            Object[] unclean = Sql.row("SELECT COUNT(*), MIN(" + table[2] + ") FROM " + table[0] + " WHERE id > ? AND "
                    + table[2] + " REGEXP '[\\\\x{0}-\\\\x{1F}\\\\x{7F}-\\\\x{9F}\\\\x{AD}\\\\x{200B}-\\\\x{200F}"
                    + "\\\\x{202A}-\\\\x{202E}\\\\x{2060}-\\\\x{206F}\\\\x{FEFF}\\\\x{A0}]'", since);
            assertEquals(0L, ((Number) unclean[0]).longValue(), table[0] + " holds a name such as " + unclean[1]);
        }
    }

    /** Sends the corpus to one endpoint; answers how many calls it made. */
    private static int walk(Endpoint endpoint, Fixture fixture, List<String> wrong) {
        long started = System.nanoTime();
        int calls = 0;
        String path = fixture.path(endpoint.root(), endpoint.template());
        for (Map.Entry<String, Class<?>> parameter : endpoint.query().entrySet()) {
            for (String value : parameter.getValue() == String.class ? QUERY_TEXT : QUERY_OTHER) {
                String url = path + "?" + parameter.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                check(endpoint, parameter.getKey(), value, () -> fixture.api.call(endpoint.method(), url, null), wrong);
                calls++;
            }
        }
        if (endpoint.body() == null) {
            check(endpoint, null, null, () -> fixture.api.call(endpoint.method(), path, endpoint.sendsJson() ? "{}" : null),
                    wrong);
            calls++;
        } else {
            for (Field field : fields(endpoint.body())) {
                for (String value : corpusFor(field.getType())) {
                    String body = fixture.body(endpoint.body(), field.getName(), value);
                    check(endpoint, field.getName(), value, () -> fixture.api.call(endpoint.method(), path, body), wrong);
                    calls++;
                }
            }
        }
        System.out.printf("Corpus %s %s: %d calls, %d ms%n", endpoint.method(), endpoint.template(), calls,
                (System.nanoTime() - started) / 1_000_000);
        return calls;
    }

    private static void check(Endpoint endpoint, String field, String value, Supplier<Api.Reply> call, List<String> wrong) {
        String asked = endpoint.method() + " " + endpoint.template() + (field == null ? "" : " " + field + "="
                + abbreviated(value));
        Api.Reply reply;
        try {
            reply = call.get();
        } catch (UncheckedIOException e) {
            wrong.add(asked + " → no answer: " + e.getMessage());
            return;
        }
        String what = asked + " → " + reply.status() + " " + abbreviated(reply.body());
        if (reply.status() >= 500) {
            wrong.add(what);
            return;
        }
        if (reply.status() < 400) {
            return;
        }
        if (!String.valueOf(reply.contentType()).startsWith("application/problem+json")) {
            wrong.add(what + " (not a problem response)");
            return;
        }
        if (reply.status() == 400 || reply.status() == 404 && field != null && endpoint.query().containsKey(field)) {
            JsonObject problem = reply.json();
            boolean named = problem.containsKey("errors") && problem.getJsonArray("errors").stream()
                    .map(JsonValue::asJsonObject).anyMatch(error -> error.containsKey("field"));
            if (!named) {
                wrong.add(what + " (no field named)");
            }
        }
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    /** An endpoint as its resource method declares it. */
    record Endpoint(String method, String root, String template, Map<String, Class<?>> query, Class<?> body,
            boolean sendsJson) {

        /** Its command ends the record it acts on (anonymises, merges, closes, locks, revokes): walked last. */
        boolean endsFixture() {
            return LAST.stream().anyMatch(template::endsWith) || "DELETE".equals(method);
        }
    }

    /** Every resource method of the application, the commands that end their fixture last. */
    static List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE"
                        : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template = root + (sub == null ? "" : "/" + sub.value());
                Map<String, Class<?>> query = new LinkedHashMap<>();
                Class<?> body = null;
                boolean multipart = false;
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(QueryParam.class)) {
                        query.put(parameter.getAnnotation(QueryParam.class).value(), parameter.getType());
                    } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                        for (Field field : parameter.getType().getDeclaredFields()) {
                            if (field.isAnnotationPresent(QueryParam.class)) {
                                query.put(field.getAnnotation(QueryParam.class).value(), field.getType());
                            }
                        }
                    } else if (parameter.isAnnotationPresent(FormParam.class)) {
                        multipart = true;
                    } else if (!annotatedByJaxRs(parameter) && parameter.getType().getName().startsWith("vn.doanthe.")) {
                        body = parameter.getType();
                    }
                }
                if (multipart) {
                    continue; // file uploads: their awkward files are the import tests' subject
                }
                found.add(new Endpoint(verb, root, template, query, body, !"GET".equals(verb) && !"DELETE".equals(verb)));
            }
        }
        found.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return found;
    }

    private static boolean annotatedByJaxRs(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().getName().startsWith("jakarta.ws.rs.")) {
                return true;
            }
        }
        return false;
    }

    private static List<Field> fields(Class<?> body) {
        return Stream.of(body.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
    }

    private static List<Class<?>> resources() {
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get(AwkwardInputApiIT.class.getClassLoader()
                .getResource("vn/doanthe/platform/api/RestApplication.class").toURI()).getParent().getParent().getParent())) {
            List<Class<?>> resources = new ArrayList<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = file.toString().replace('\\', '/');
                name = name.substring(name.lastIndexOf("vn/doanthe/"), name.length() - ".class".length()).replace('/', '.');
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The records the endpoints act on, made for this test on a commune no other test uses, and
     * the good value of each body field that is not the one under test.
     */
    static final class Fixture {

        private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

        final Api api;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final Map<String, Supplier<String>> good = new LinkedHashMap<>();

        Fixture(Api admin, String server) {
            this.api = admin;
            Registry registry = new Registry(admin);
            // A commune of the demo province other than the one most tests use (29254).
            String province = admin.get(API + "territory/units/29254").json().getString("parentCode");
            List<String> communes = new ArrayList<>(admin.get(API + "territory/units/" + province + "/children").structure()
                    .asJsonArray().getValuesAs(JsonObject.class).stream().map(u -> u.getString("code"))
                    .filter(code -> !code.equals("29254")).toList());
            String commune = communes.get(communes.size() - 1);
            Api.Reply hamlet = admin.post(API + "territory/units", """
                    {"name": "Ấp Khó %s", "level": "HAMLET", "type": "AP", "parentCode": "%s"}"""
                    .formatted(Deployments.unique(), commune));
            assertEquals(201, hamlet.status(), hamlet.body());
            String hamletCode = hamlet.json().getString("code");
            long chapter = admin.get(API + "org-units?organisation=HPN&adminUnit=" + commune + "&size=1").json()
                    .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            long branch = orgUnit(admin, chapter, hamletCode);
            long otherBranch = orgUnit(admin, chapter, hamletCode);
            long person = registry.person("Lâm Thị Khó " + Deployments.uniqueLetters(), hamletCode);
            long membership = registry.enrol(person, branch, "2015-01-01");
            long moving = registry.person("Lâm Thị Chuyển " + Deployments.uniqueLetters(), hamletCode);
            long movingMembership = registry.enrol(moving, branch,
                    "2015-01-01");
            Api.Reply transfer = admin.post(API + "memberships/" + movingMembership + "/transfer",
                    "{\"toOrgUnitId\": %d}".formatted(otherBranch));
            assertEquals(201, transfer.status(), transfer.body());
            String username = Accounts.open(admin, List.of("STAFF"), commune, List.of());
            String tokenBody = "{\"name\": \"kiểm thử\", \"expiresOn\": \"" + java.time.LocalDate.now().plusDays(30) + "\"}";
            Api.Reply token = admin.post(API + "account/tokens", tokenBody);
            assertEquals(201, token.status(), token.body());
            Api.Reply userToken = admin.post(API + "users/" + username + "/tokens", tokenBody);
            assertEquals(201, userToken.status(), userToken.body());
            Api.Reply upload = admin.postFile(API + "imports/members", "file", "thanh-vien.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    admin.download(API + "imports/members/template").body());
            assertEquals(202, upload.status(), upload.body());
            int importId = upload.json().getInt("id");
            Imports.waitFor(admin, importId, "VALIDATED");
            String post = "HPN_KHO_" + Deployments.uniqueLetters().toUpperCase();
            Api.Reply postType = admin.post(API + "posts", """
                    {"code": "%s", "name": "Ủy viên khó", "organisation": "HPN", "unitType": "CHI_HOI", "rank": "MEMBER"}"""
                    .formatted(post));
            assertEquals(201, postType.status(), postType.body());
            Api.Reply holding = admin.post(API + "post-holdings", """
                    {"personId": %d, "orgUnitId": %d, "post": "HPN_CHI_HOI_TRUONG", "from": "2023-01-01", "mode": "ELECTED"}"""
                    .formatted(person, branch));
            assertEquals(201, holding.status(), holding.body());
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
            Api.Reply course = admin.post(API + "courses", """
                    {"title": "Tập huấn khó", "organiserUnitId": %d, "from": "%s", "to": "%s", "mode": "ONLINE",
                     "targetPosts": ["HPN_CHI_HOI_TRUONG"], "topics": [{"title": "Chuyên đề khó"}]}"""
                    .formatted(branch, today, today));
            assertEquals(201, course.status(), course.body());
            long courseId = course.json().getJsonNumber("id").longValue();
            Api.Reply enrolment = admin.post(API + "courses/" + courseId + "/enrolments",
                    "{\"personId\": %d}".formatted(person));
            assertEquals(201, enrolment.status(), enrolment.body());
            // A rate of a post, when another test has set one; an id of none is as good a probe.
            var rates = admin.get(API + "allowances/rates").structure().asJsonArray();
            long rateId = rates.isEmpty() ? 1 : rates.getJsonObject(0).getJsonNumber("id").longValue();
            long auditEntry = admin.get(API + "audit?size=1").json().getJsonArray("items").getJsonObject(0)
                    .getJsonNumber("id").longValue();

            pathValues.put("persons.id", Long.toString(person));
            pathValues.put("memberships.id", Long.toString(membership));
            pathValues.put("transfers.id", Long.toString(transfer.json().getJsonNumber("id").longValue()));
            pathValues.put("org-units.id", Long.toString(otherBranch));
            pathValues.put("organisations.code", "HPN");
            pathValues.put("territory/units.code", hamletCode);
            pathValues.put("users.username", username);
            pathValues.put("users.id", Long.toString(userToken.json().getJsonNumber("id").longValue()));
            pathValues.put("account.id", Long.toString(token.json().getJsonNumber("id").longValue()));
            pathValues.put("imports.id", Integer.toString(importId));
            pathValues.put("posts.code", post);
            pathValues.put("post-holdings.id", Long.toString(holding.json().getJsonNumber("id").longValue()));
            pathValues.put("courses.id", Long.toString(courseId));
            pathValues.put("enrolments.id", Long.toString(enrolment.json().getJsonNumber("id").longValue()));
            pathValues.put("audit.id", Long.toString(auditEntry));
            pathValues.put("cadres.personId", Long.toString(person));
            pathValues.put("cadres.year", today.substring(0, 4));
            pathValues.put("member-ratings.personId", Long.toString(person));
            pathValues.put("member-ratings.year", today.substring(0, 4));
            pathValues.put("allowances.id", Long.toString(rateId));
            Api.Reply plan = admin.post(API + "training-plans", """
                    {"organiserUnitId": %d, "year": %s, "title": "Kế hoạch khó %s"}"""
                    .formatted(branch, today.substring(0, 4), Deployments.uniqueLetters()));
            assertEquals(201, plan.status(), plan.body());
            pathValues.put("training-plans.id", Long.toString(plan.json().getJsonNumber("id").longValue()));
            Api.Reply directive = admin.post(API + "directives", """
                    {"symbol": "%s-CT/TU", "issuer": "Tỉnh ủy", "type": "DIRECTIVE", "issuedOn": "%s", "title": "Chỉ thị khó"}"""
                    .formatted(Deployments.unique(), today));
            assertEquals(201, directive.status(), directive.body());
            long directiveId = directive.json().getJsonNumber("id").longValue();
            Api.Reply file = admin.postFile(API + "directives/" + directiveId + "/attachments", "file", "chi-thi-kho.pdf",
                    "application/pdf", "%PDF-1.4\n%khó\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(201, file.status(), file.body());
            Api.Reply summary = admin.post(API + "directives/" + directiveId + "/summaries", "{\"text\": \"Điểm chính khó\"}");
            assertEquals(201, summary.status(), summary.body());
            pathValues.put("directives.id", Long.toString(directiveId));
            pathValues.put("directives.attachmentId", Long.toString(file.json().getJsonNumber("id").longValue()));
            long summaryId = summary.json().getJsonNumber("id").longValue();
            pathValues.put("summaries.id", Long.toString(summaryId));
            admin.post(API + "summaries/" + summaryId + "/submit", "");
            admin.post(API + "summaries/" + summaryId + "/approve", "");
            Api.Reply campaign = admin.post(API + "campaigns", """
                    {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN"], "deadline": "%s",
                     "form": "REGULAR_MEETING"}""".formatted(directiveId, summaryId, hamletCode, today));
            assertEquals(201, campaign.status(), campaign.body());
            pathValues.put("campaigns.id", Long.toString(campaign.json().getJsonNumber("id").longValue()));
            pathValues.put("stats.unitCode", hamletCode);
            pathValues.put("stats.year", "2025");
            pathValues.put("stats.organisationCode", "HPN");
            Api.Reply meeting = admin.post(API + "meetings", """
                    {"orgUnitId": %d, "type": "REGULAR", "heldOn": "%s"}""".formatted(branch, today));
            assertEquals(201, meeting.status(), meeting.body());
            pathValues.put("meetings.id", Long.toString(meeting.json().getJsonNumber("id").longValue()));
            // The study-promotion branches' rule: the corpus may set its day; no other test reads it.
            pathValues.put("meeting-rules.id", Long.toString(admin.get(API + "meeting-rules?organisation=KH").structure()
                    .asJsonArray().getJsonObject(0).getJsonNumber("id").longValue()));

            good.put("fullName", () -> "\"Lâm Thị Khó " + Deployments.uniqueLetters() + "\"");
            good.put("gender", () -> "\"FEMALE\"");
            good.put("birthDate", () -> "\"1990-01-01\"");
            good.put("hamletCode", () -> "\"" + hamletCode + "\"");
            good.put("personId", () -> Long.toString(registry.person("Lâm Thị Vào " + Deployments.uniqueLetters(), hamletCode)));
            good.put("orgUnitId", () -> Long.toString(branch));
            good.put("joinedOn", () -> "\"2019-01-01\"");
            good.put("toOrgUnitId", () -> Long.toString(otherBranch));
            good.put("status", () -> "\"PAUSED\"");
            good.put("reason", () -> "\"kiểm thử\"");
            good.put("NameRequest.name", () -> "\"Chi hội Khó " + Deployments.uniqueLetters() + "\"");
            good.put("HamletRequest.name", () -> "\"Ấp Khó " + Deployments.uniqueLetters() + "\"");
            good.put("HamletRequest.level", () -> "\"HAMLET\"");
            good.put("HamletRequest.type", () -> "\"AP\"");
            good.put("HamletRequest.parentCode", () -> "\"" + commune + "\"");
            good.put("RenameRequest.name", () -> "\"Ấp Khó " + Deployments.uniqueLetters() + "\"");
            good.put("TokenRequest.name", () -> "\"kiểm thử\"");
            good.put("TokenRequest.expiresOn", () -> "\"" + java.time.LocalDate.now().plusDays(30) + "\"");
            good.put("OrgUnitRequest.organisationCode", () -> "\"HPN\"");
            good.put("OrgUnitRequest.type", () -> "\"CHI_HOI\"");
            good.put("OrgUnitRequest.parentId", () -> Long.toString(chapter));
            good.put("OrgUnitRequest.adminUnitCode", () -> "\"" + hamletCode + "\"");
            good.put("OrgUnitRequest.name", () -> "\"Chi hội Khó " + Deployments.uniqueLetters() + "\"");
            good.put("UserRequest.username", () -> "\"kho" + Deployments.uniqueLetters().toLowerCase() + "\"");
            good.put("UserRequest.displayName", () -> "\"Người Thử\"");
            good.put("UserRequest.password", () -> "\"" + Accounts.PASSWORD + "\"");
            good.put("UserRequest.roles", () -> "[\"VIEWER\"]");
            good.put("UserRequest.scopeUnit", () -> "\"" + commune + "\"");
            good.put("PasswordRequest.password", () -> "\"" + Accounts.PASSWORD + "\"");
            // Never the administrator's password: the corpus must not change it.
            good.put("OwnPasswordRequest.currentPassword", () -> "\"not-the-password\"");
            good.put("OwnPasswordRequest.newPassword", () -> "\"" + Accounts.PASSWORD + "x\"");
            good.put("eligible", () -> "100");
            // Deputies: any number of persons may hold the post, so each good call is a new holding.
            good.put("HoldingRequest.post", () -> "\"HPN_CHI_HOI_PHO\"");
            good.put("HoldingRequest.from", () -> "\"2020-01-01\"");
            good.put("HoldingRequest.mode", () -> "\"ELECTED\"");
            good.put("HoldingEndRequest.on", () -> "\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + "\"");
            good.put("PostTypeRequest.name", () -> "\"Ủy viên khó\"");
            good.put("PostTypeRequest.rank", () -> "\"MEMBER\"");
            good.put("CourseRequest.title", () -> "\"Tập huấn khó\"");
            good.put("CourseRequest.organiserUnitId", () -> Long.toString(branch));
            good.put("CourseRequest.from", () -> "\"" + today + "\"");
            good.put("CourseRequest.to", () -> "\"" + today + "\"");
            good.put("CourseRequest.mode", () -> "\"MIXED\"");
            // Each good enrolment is a new person's, outside the target group on purpose.
            good.put("EnrolmentRequest.outsideTarget", () -> "true");
            good.put("ResultRequest.attended", () -> "true");
            good.put("ResultRequest.score", () -> "8.5");
            good.put("ResultRequest.completed", () -> "true");
            good.put("PlanRequest.organiserUnitId", () -> Long.toString(branch));
            good.put("PlanRequest.year", () -> today.substring(0, 4));
            good.put("PlanRequest.title", () -> "\"Kế hoạch khó " + Deployments.uniqueLetters() + "\"");
            good.put("ProfileRequest.professionalLevel", () -> "\"UNIVERSITY\"");
            good.put("ProfileRequest.politicalTheory", () -> "\"ELEMENTARY\"");
            good.put("ProfileRequest.successor", () -> "true");
            good.put("RatingRequest.level", () -> "\"GOOD\"");
            // Each good document is a new one: its symbol is the run's own.
            good.put("DirectiveRequest.symbol", () -> "\"" + Deployments.unique() + "-HD/MTTQ\"");
            good.put("DirectiveRequest.issuer", () -> "\"Ban Thường trực Ủy ban MTTQ tỉnh\"");
            good.put("DirectiveRequest.type", () -> "\"GUIDANCE\"");
            good.put("DirectiveRequest.issuedOn", () -> "\"" + today + "\"");
            good.put("DirectiveRequest.title", () -> "\"Hướng dẫn khó\"");
            good.put("DirectiveRequest.version", () -> "0");
            good.put("SummaryRequest.text", () -> "\"Điểm chính khó\"");
            good.put("CampaignRequest.directiveId", () -> Long.toString(directiveId));
            good.put("CampaignRequest.summaryId", () -> Long.toString(summaryId));
            good.put("CampaignRequest.unit", () -> "\"" + hamletCode + "\"");
            good.put("CampaignRequest.organisations", () -> "[\"HPN\"]");
            good.put("CampaignRequest.deadline", () -> "\"" + today + "\"");
            good.put("CampaignRequest.form", () -> "\"CONFERENCE\"");
            good.put("AcknowledgementRequest.summaryId", () -> Long.toString(summaryId));
            good.put("SessionRequest.heldOn", () -> "\"" + today + "\"");
            good.put("MeetingRequest.type", () -> "\"REGULAR\"");
            good.put("MeetingRequest.heldOn", () -> "\"" + today + "\"");
            good.put("RuleRequest.cadence", () -> "\"QUARTERLY\"");
            good.put("RuleRequest.minAttendance", () -> "0.5");
            // The study-promotion association's criteria, as for its rule: no other test reads them.
            pathValues.put("classification-criteria.organisation", "KH");
            good.put("CriteriaRequest.duesPerMember", () -> "12000");
            good.put("CriteriaRequest.strong", () -> "{\"attendance\": 0.85, \"kept\": 1, \"dues\": 0.85}");
            good.put("CriteriaRequest.good", () -> "{\"attendance\": 0.7, \"kept\": 0.75}");
            good.put("CriteriaRequest.average", () -> "{\"attendance\": 0.5, \"kept\": 0.5}");
            // The branch's own grade, again and again: it changes until the commune appraises it.
            good.put("ClassificationRequest.year", () -> today.substring(0, 4));
            good.put("ClassificationRequest.step", () -> "\"SELF\"");
            good.put("ClassificationRequest.grade", () -> "\"GOOD\"");
            good.put("ClassificationRequest.note", () -> "\"Chi hội tự nhận\"");
            good.put("SessionRequest.presenter", () -> "\"Bà Báo Cáo\"");
            good.put("SessionRequest.attendees", () -> "[" + person + "]");
            // Left out on purpose, so that no organisation, unit type or territorial merge is ever
            // made from the corpus: OrganisationRequest, UnitTypeRequest, MergeRequest (territory),
            // PostTypeRequest.code, .organisation and .unitType (no post type is added),
            // CommitRequest.mode, MergeRequest.mergedId (persons), RateRequest and BaseSalaryRequest (no
            // rate or base salary is set: every sheet of every test would change).
        }

        private static long orgUnit(Api admin, long chapter, String hamletCode) {
            Api.Reply created = admin.post(API + "org-units", """
                    {"organisationCode": "HPN", "type": "CHI_HOI", "parentId": %d, "adminUnitCode": "%s", "name": "Chi hội Khó %s"}"""
                    .formatted(chapter, hamletCode, Deployments.uniqueLetters()));
            assertEquals(201, created.status(), created.body());
            return created.json().getJsonNumber("id").longValue();
        }


        String path(String root, String template) {
            Matcher parameter = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                String key = root + "." + parameter.group(1);
                String value = pathValues.get(key);
                assertTrue(value != null, "No fixture for the path parameter " + key + " of " + template
                        + ": add one to AwkwardInputApiIT.Fixture");
                parameter.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            parameter.appendTail(path);
            return API + path;
        }

        /** The body with every field good except {@code field}, which holds {@code value}. */
        String body(Class<?> type, String field, String value) {
            StringBuilder body = new StringBuilder("{");
            for (Field each : fields(type)) {
                String literal = each.getName().equals(field) ? value : goodValue(type, each.getName());
                if (literal != null) {
                    body.append(body.length() > 1 ? ", " : "").append('"').append(each.getName()).append("\": ")
                            .append(literal);
                }
            }
            return body.append('}').toString();
        }

        private String goodValue(Class<?> type, String field) {
            Supplier<String> specific = good.get(type.getSimpleName() + "." + field);
            if (specific != null) {
                return specific.get();
            }
            if (Stream.of("OrganisationRequest", "UnitTypeRequest", "MergeRequest", "CommitRequest", "RateRequest",
                    "BaseSalaryRequest")
                    .anyMatch(type.getSimpleName()::equals)) {
                return null;
            }
            Supplier<String> general = good.get(field);
            return general == null ? null : general.get();
        }
    }
}
