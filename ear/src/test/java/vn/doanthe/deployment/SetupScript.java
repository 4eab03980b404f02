package vn.doanthe.deployment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.doanthe.launcher.EmbeddedDatabase;

/**
 * {@code config/payara-server-setup.sh}, run with the settings an IT department would export. Its
 * output is in the failure message when it fails.
 */
final class SetupScript {

    // Measured: about 90 s with the first deployment (Flyway and the official units) on 2 cores.
    private static final Duration TIMEOUT = Duration.ofMinutes(8);

    private final ItSettings settings;
    private final Map<String, String> environment;
    private final CommandRunner commands;

    /**
     * DOANTHE_DEMO=false skips the demo province, which is not what these tests are about and
     * costs time.
     */
    SetupScript(ItSettings settings, EmbeddedDatabase database, String adminPassword, CommandRunner commands) {
        this.settings = settings;
        this.commands = commands;
        this.environment = Map.of(
                "ASADMIN", settings.asadmin().toString(),
                "ASADMIN_OPTS", "--port " + settings.adminPort(),
                "DOANTHE_DB_URL", database.jdbcUrl(),
                "DOANTHE_DB_USER", database.account().user(),
                "DOANTHE_DB_PASSWORD", database.account().password(),
                "MARIADB_DRIVER_JAR", settings.driverJar().toString(),
                "DOANTHE_ADMIN_PASSWORD", adminPassword,
                "DOANTHE_DEMO", "false");
    }

    /** Configures the domain and deploys the EAR. */
    String configureAndDeploy() {
        return run(settings.ear());
    }

    /** Configures the domain only, as the README allows when deploying from the admin console. */
    String configureOnly() {
        return run(null);
    }

    private String run(Path ear) {
        List<String> command = new ArrayList<>(List.of("bash", settings.setupScript().toString()));
        if (ear != null) {
            command.add(ear.toString());
        }
        return commands.run(TIMEOUT, environment, command);
    }
}
