package vn.doanthe.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The embedded MariaDB alone, for the integration tests and the benchmarks, which run it as a
 * process of its own (as the Quick start runs the application) rather than with the launcher on
 * their class path. The database and its account come from {@code DOANTHE_DB_URL},
 * {@code DOANTHE_DB_USER} and {@code DOANTHE_DB_PASSWORD}, the variables the application reads.
 * Prints {@link #READY} once the server answers, then serves until the process is stopped, and
 * stops the server on its way out.
 * <p>
 * Arguments: the data folder, and {@code keep} to keep what it holds (a benchmark's province)
 * rather than start from an empty folder.
 */
public final class DatabaseServer {

    /** The line printed when the server is up and the account exists. */
    public static final String READY = "DOANTHE-DATABASE-READY";

    private DatabaseServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = Path.of(args[0]);
        boolean keep = args.length > 1 && "keep".equals(args[1]);
        URI url = URI.create(System.getenv("DOANTHE_DB_URL").substring("jdbc:".length()));
        if (!keep) {
            deleteRecursively(folder);
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(folder, url.getPort(),
                new DatabaseAccount(url.getPath().substring(1), System.getenv("DOANTHE_DB_USER"),
                        System.getenv("DOANTHE_DB_PASSWORD")));
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "database-stop"));
        System.out.println(READY);
        System.out.flush();
        new CountDownLatch(1).await(); // until the process is stopped
    }

    static void deleteRecursively(Path folder) {
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
