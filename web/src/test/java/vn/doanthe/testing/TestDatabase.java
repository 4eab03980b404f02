package vn.doanthe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.doanthe.launcher.DatabaseAccount;
import vn.doanthe.launcher.EmbeddedDatabase;

/**
 * Starts a real, empty MariaDB before the integration tests and stops it after them, when the
 * build asks for the embedded one ({@code doanthe.test.embeddedDb}); otherwise the tests use the
 * server named by {@code DOANTHE_TEST_DB_URL}. Payara Micro, started by Arquillian, reaches it
 * through the same DOANTHE_DB_* variables a production instance reads. With
 * {@code doanthe.test.keepData} the data folder is kept instead of emptied (the benchmark measures a
 * province generated once).
 */
public class TestDatabase implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("doanthe.test.embeddedDb") || database != null) {
            return;
        }
        URI url = URI.create(System.getenv("DOANTHE_DB_URL").substring("jdbc:".length()));
        Path folder = Path.of(System.getProperty("doanthe.test.dataDir"));
        if (!Boolean.getBoolean("doanthe.test.keepData")) {
            deleteRecursively(folder);
        }
        database = EmbeddedDatabase.start(folder, url.getPort(), new DatabaseAccount(url.getPath().substring(1),
                System.getenv("DOANTHE_DB_USER"), System.getenv("DOANTHE_DB_PASSWORD")));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
