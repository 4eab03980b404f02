package vn.doanthe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.Deployments;

/**
 * The API token benchmark (issue 12, "API clients"): over HTTP, from a client on the same machine,
 * as an API client calls the real WAR on Payara Micro against the bench province. First a trivial
 * call ({@code GET /organisations}) one at a time, signed in by password (HTTP Basic: PBKDF2 at
 * every call) and by token; then {@code bench.writers} (50) clients at once, each correcting persons
 * of the province ({@code PUT /persons/{id}}: a command through the mutation path, audited, with its
 * scope checks), by token and then by password: commands a second and the latency of each. Runs
 * alone: {@code -Dit.test=ApiTokenBench}; results in {@code bench/target/token-results.md}. The
 * persons stay as many as they were (each correction changes one address back and forth); the
 * audit trail keeps the corrections, as it keeps every command. Nothing asserts a duration.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class ApiTokenBench {

    private static final String API = "/doanthe/api/v1";
    private static final Path RESULTS = Path.of(System.getProperty("bench.results", "target/bench-results.md"))
            .resolveSibling("token-results.md");
    private static final int WRITERS = Integer.getInteger("bench.writers", 50);
    private static final int COMMANDS_EACH = Integer.getInteger("bench.commandsEach", 20);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    @Order(1)
    void theRegistryHoldsPersons() throws Exception {
        try (Connection db = database(); Statement query = db.createStatement();
             ResultSet row = query.executeQuery("SELECT COUNT(*) FROM person")) {
            row.next();
            if (row.getLong(1) == 0) {
                new ProvinceGenerator(db, Path.of(System.getProperty("bench.work")), VietnamTime.today())
                        .generate(Integer.getInteger("bench.persons"));
            }
        }
    }

    @Test
    @Order(2)
    void aTrivialCallAndFiftyWritersByPasswordAndByToken() throws Exception {
        String loadBefore = MemberRegistryBench.loadAverage();
        String server = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        Api admin = Api.as(server, Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        String user = Accounts.open(admin, List.of("STAFF"), ProvinceGenerator.PROVINCE, List.of());
        Api byPassword = Api.as(server, user, Accounts.PASSWORD);
        Api.Reply created = byPassword.post(API + "/account/tokens", "{\"name\": \"benchmark\", \"expiresOn\": \"%s\"}"
                .formatted(VietnamTime.today().plusDays(1)));
        assertEquals(201, created.status(), created.body());
        Api byToken = Api.withToken(server, created.json().getString("token"));

        Timings basicTrivial = Timings.of(200, 60, i -> ok(byPassword.get(API + "/organisations")));
        Timings tokenTrivial = Timings.of(2000, 60, i -> ok(byToken.get(API + "/organisations")));

        List<Long> persons = personsToCorrect(WRITERS);
        Writers tokenWriters = writers(byToken, persons);
        Writers basicWriters = writers(byPassword, persons);

        String text = String.format("""
                # API token benchmark

                - run: %s UTC, `mvn -Pbench -pl bench -am verify -DskipTests -Dit.test=ApiTokenBench \
                -Dbench.persons=%d`; load average before: %s
                - machine: %d cores, %s, Java %s; Payara Micro heap %s; the embedded MariaDB with the Quick start's \
                settings; the client (Java's HttpClient) on the same machine
                - a STAFF account of the province; times in milliseconds as the client sees them, p50 / p95 / max

                | path | goal | HTTP Basic (password) | API token |
                |---|---|---|---|
                | `GET /organisations`, one call at a time (%d / %d timed) | token ≤ 5 ms p50 | %s | %s |
                | `PUT /persons/{id}`, %d clients at once, %d commands each: commands a second | token ≥ 150/s | %.1f/s | %.1f/s |
                | the same: latency of one command | | %s | %s |

                Load average after: %s
                """, OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toLocalDateTime(), Integer.getInteger("bench.persons"),
                loadBefore, Runtime.getRuntime().availableProcessors(), MemberRegistryBench.memory(),
                System.getProperty("java.version"), System.getProperty("bench.heap"),
                basicTrivial.count(), tokenTrivial.count(), basicTrivial.cell(), tokenTrivial.cell(),
                WRITERS, COMMANDS_EACH, basicWriters.perSecond(), tokenWriters.perSecond(),
                basicWriters.latency().cell(), tokenWriters.latency().cell(), MemberRegistryBench.loadAverage());
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    /** Commands a second over the whole run, and each command's latency. */
    private record Writers(double perSecond, Timings latency) {
    }

    /**
     * {@code WRITERS} clients at once, each correcting its own person {@code COMMANDS_EACH} times (its
     * address, back and forth), after one untimed round that warms the path.
     */
    private static Writers writers(Api api, List<Long> persons) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            run(pool, api, persons, 2);
            long started = System.nanoTime();
            List<double[]> latencies = run(pool, api, persons, COMMANDS_EACH);
            double seconds = (System.nanoTime() - started) / 1e9;
            double[] all = latencies.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
            return new Writers(all.length / seconds, Timings.summary(all));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<double[]> run(ExecutorService pool, Api api, List<Long> persons, int each) throws Exception {
        List<Future<double[]>> running = new ArrayList<>();
        for (long person : persons) {
            Callable<double[]> writer = () -> {
                JsonObject details = api.get(API + "/persons/" + person).json();
                double[] millis = new double[each];
                for (int i = 0; i < each; i++) {
                    String body = correction(details, i);
                    long started = System.nanoTime();
                    ok(api.put(API + "/persons/" + person, body));
                    millis[i] = (System.nanoTime() - started) / 1e6;
                }
                return millis;
            };
            running.add(pool.submit(writer));
        }
        List<double[]> all = new ArrayList<>();
        for (Future<double[]> writer : running) {
            all.add(writer.get());
        }
        return all;
    }

    /** The person as read, with an address that differs from the one before (masked values are sent back as read). */
    private static String correction(JsonObject person, int round) {
        var copy = jakarta.json.Json.createObjectBuilder(person);
        for (String derived : List.of("id", "familyName", "middleName", "givenName", "hamletType", "hamletName",
                "memberships")) {
            copy.remove(derived);
        }
        copy.add("address", "Tổ " + (round % 2 + 1) + ", ấp benchmark");
        return copy.build().toString();
    }

    /** Persons of the province with no CCCD conflict to trip over: the first of distinct hamlets. */
    private static List<Long> personsToCorrect(int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = database(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT MIN(id) FROM person GROUP BY hamlet_id ORDER BY 1 LIMIT " + count)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        assertEquals(count, ids.size(), "the province has fewer hamlets than writers");
        return ids;
    }

    private static void ok(Api.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException(reply.status() + " " + reply.body());
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getenv("DOANTHE_DB_URL") + "?allowLocalInfile=true",
                System.getenv("DOANTHE_DB_USER"), System.getenv("DOANTHE_DB_PASSWORD"));
    }
}
