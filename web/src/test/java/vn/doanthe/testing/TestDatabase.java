package vn.doanthe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real, empty MariaDB before the integration tests and stops it after them, when the
 * build asks for the embedded one ({@code doanthe.test.embeddedDb}); otherwise the tests use the
 * server named by {@code DOANTHE_TEST_DB_URL}. Payara Micro, started by Arquillian, reaches it
 * through the same DOANTHE_DB_* variables a production instance reads. With
 * {@code doanthe.test.keepData} the data folder is kept instead of emptied (the benchmark measures a
 * province generated once).
 * <p>
 * The server runs as a process of its own, the launcher's {@code DatabaseServer} on the launcher's
 * run-time class path ({@code doanthe.test.launcherArgs}, the argument file the launcher module
 * writes), so that the launcher is never on the tests' class path. Its output goes to a log beside
 * the data folder.
 */
public class TestDatabase implements LauncherSessionListener {

    /** How long a busy two-core machine may take to unpack and start the server, at most. */
    private static final long START_LIMIT_SECONDS = 300;
    private static final String READY = "DOANTHE-DATABASE-READY";

    private Process server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("doanthe.test.embeddedDb") || server != null) {
            return;
        }
        Path folder = Path.of(System.getProperty("doanthe.test.dataDir")).toAbsolutePath();
        Path log = folder.resolveSibling(folder.getFileName() + "-server.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + System.getProperty("doanthe.test.launcherArgs"), "vn.doanthe.launcher.DatabaseServer",
                folder.toString(), Boolean.getBoolean("doanthe.test.keepData") ? "keep" : "fresh");
        try {
            Files.createDirectories(folder.getParent());
            server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "test-database-stop"));
        awaitReady(log);
    }

    /** Waits until the server says it is up; fails at once if it ends, and after the limit if it hangs. */
    private void awaitReady(Path log) {
        long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
        try {
            while (!Files.readString(log).contains(READY)) {
                if (!server.isAlive() || System.nanoTime() > limit) {
                    stop(server);
                    throw new IllegalStateException("The test database did not start; see " + log);
                }
                server.waitFor(200, TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the test database started", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            stop(server);
            server = null;
        }
    }

    /** Stops the server as Ctrl-C would (it shuts MariaDB down cleanly), forcibly if it hangs. */
    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
