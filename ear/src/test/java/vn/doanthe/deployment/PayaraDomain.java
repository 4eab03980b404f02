package vn.doanthe.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * A Payara Server domain of the test's own, under target/: created fresh with its own port base,
 * started, and stopped when closed.
 */
final class PayaraDomain implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraDomain.class.getName());
    private static final String NAME = "doanthe-it";
    // Measured on 2 cores: create about 20 s, start 15-40 s, stop about 6 s. Generous for a busy machine.
    private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final String asadmin;
    private final String domainsFolder;
    private final CommandRunner commands;

    private PayaraDomain(Path asadmin, Path domainsFolder, CommandRunner commands) {
        this.asadmin = asadmin.toString();
        this.domainsFolder = domainsFolder.toString();
        this.commands = commands;
    }

    /**
     * Creates the domain in {@code domainsFolder}, replacing the previous run's (kept, stopped, for
     * its server.log), or one an interrupted run left running. No admin password: it is this
     * test's own, on this machine.
     */
    static PayaraDomain create(ItSettings settings, Path domainsFolder, CommandRunner commands) {
        PayaraDomain domain = new PayaraDomain(settings.asadmin(), domainsFolder, commands);
        if (Files.exists(domainsFolder.resolve(NAME))) {
            LOG.info("Replacing the domain an earlier run left in " + domainsFolder);
            domain.kill();
            domain.asadmin(STOP_TIMEOUT, "delete-domain");
        }
        domain.asadmin(CREATE_TIMEOUT, "create-domain", "--nopassword",
                "--portbase", Integer.toString(settings.portBase()));
        return domain;
    }

    /** Returns once the admin listener answers; the applications may still be starting. */
    void start() {
        asadmin(START_TIMEOUT, "start-domain");
    }

    Path serverLog() {
        return Path.of(domainsFolder, NAME, "logs", "server.log");
    }

    /**
     * Stops the server; kills it when stop-domain fails (it also fails when start-domain did not get
     * the server up), because a server left running would keep the ports for the next build.
     */
    @Override
    public void close() {
        try {
            asadmin(STOP_TIMEOUT, "stop-domain");
        } catch (CommandFailedException stopFailed) {
            LOG.warning("stop-domain failed; killing the server instead. " + stopFailed.getMessage());
            try {
                kill();
            } catch (CommandFailedException killFailed) {
                killFailed.addSuppressed(stopFailed);
                throw killFailed;
            }
        }
    }

    /** stop-domain --kill: ends the server process at once; succeeds also when none runs. */
    private void kill() {
        asadmin(STOP_TIMEOUT, "stop-domain", "--kill=true");
    }

    private void asadmin(Duration timeout, String subcommand, String... options) {
        List<String> command = new ArrayList<>(List.of(asadmin, subcommand));
        command.addAll(List.of(options));
        command.addAll(List.of("--domaindir", domainsFolder, NAME));
        commands.run(timeout, command);
    }
}
