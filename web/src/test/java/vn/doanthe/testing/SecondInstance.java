package vn.doanthe.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second Payara Micro instance of the same WAR on the same database, started the way production
 * starts one (the same command files, the environment the build sets), for what must happen once
 * whatever the number of instances. Its output goes to {@code target/second-instance.log}.
 */
public final class SecondInstance implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(300);

    private final Process process;
    private final int port;
    private final Path log;

    private SecondInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts it and returns once its health check says it is up (the database reached, the application deployed). */
    public static SecondInstance start() {
        return start(List.of());
    }

    /**
     * As {@link #start()}, with post-boot commands an IT department adds after the production ones
     * (a mail session, say).
     */
    public static SecondInstance start(List<String> extraPostBootCommands) {
        String server = System.getProperty("doanthe.test.serverDir");
        String config = System.getProperty("doanthe.config");
        int http = freePort();
        Path log = Path.of(server).resolveSibling("second-instance.log");
        String postBoot = postBootFile(Path.of(config, "post-boot-micro.asadmin"), extraPostBootCommands,
                Path.of(server).resolveSibling("second-instance-post-boot.asadmin"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx640m",
                "-jar", server + "/payara-micro.jar", "--deploy", System.getProperty("doanthe.war"),
                "--contextroot", Deployments.CONTEXT_ROOT, "--port", Integer.toString(http),
                "--sslport", Integer.toString(freePort()), "--nocluster",
                "--addlibs", server + "/mariadb-java-client.jar",
                "--prebootcommandfile", config + "/pre-boot-micro.asadmin",
                "--postbootcommandfile", postBoot);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            SecondInstance instance = new SecondInstance(process, http, log);
            instance.awaitUp();
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The production post-boot file, or a copy of it with the extra commands after its own. */
    private static String postBootFile(Path production, List<String> extra, Path copy) {
        if (extra.isEmpty()) {
            return production.toString();
        }
        try {
            Files.writeString(copy, Files.readString(production) + "\n" + String.join("\n", extra) + "\n");
            return copy.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its server root, e.g. http://127.0.0.1:41234. */
    public String server() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitUp() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("The second instance stopped while starting (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(server() + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(server() + "/"
                        + Deployments.CONTEXT_ROOT + "/api/v1/organisations")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && api.statusCode() == 401) {
                    return; // up, and the application answers (it asks for credentials)
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("The second instance did not come up within " + START.toSeconds() + " s; see " + log + ": " + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
