package vn.doanthe.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.doanthe.launcher.DatabaseAccount;
import vn.doanthe.launcher.EmbeddedDatabase;

/**
 * Deploys the EAR once for the test class the way the README tells an IT department to: a fresh
 * MariaDB, a fresh Payara Server domain, then {@code config/payara-server-setup.sh} with the EAR.
 * Tests receive the {@link DeployedApplication} and the {@link SetupScript} as parameters.
 *
 * <p>Each server is put in the JUnit store as soon as it runs; JUnit closes the store's values in
 * reverse order after the class, also when a later step or a test failed: the domain stops, then
 * the database.
 */
final class DeployedOnPayaraServer implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(DeployedOnPayaraServer.class);
    // Special characters on purpose: the setup script must hand them to the server unchanged.
    private static final DatabaseAccount DATABASE_ACCOUNT =
            new DatabaseAccount("doanthe_it", "doanthe_it", "Mật khẩu: p@ss\\w0rd $HOME \"'#!");
    private static final String ADMIN_PASSWORD = "Adm1n: p@ss\\w0rd $HOME";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public void beforeAll(ExtensionContext context) {
        ItSettings settings = ItSettings.fromSystemProperties();
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Path work = settings.workDir();
        CommandRunner commands = new CommandRunner(emptied(work.resolve("logs")), processEnvironment(work));

        EmbeddedDatabase database = EmbeddedDatabase.start(emptied(work.resolve("mariadb")),
                settings.databasePort(), DATABASE_ACCOUNT);
        store.put(EmbeddedDatabase.class, database);

        PayaraDomain domain = PayaraDomain.create(settings, work.resolve("domains"), commands);
        store.put(PayaraDomain.class, domain);
        domain.start();

        SetupScript setupScript = new SetupScript(settings, database, ADMIN_PASSWORD, commands);
        setupScript.configureAndDeploy();
        store.put(SetupScript.class, setupScript);

        DeployedApplication application = new DeployedApplication("http://localhost:" + settings.httpPort(),
                ADMIN_PASSWORD);
        String logs = domain.serverLog() + " and " + work.resolve("logs");
        Readiness.await(URI.create(application.consoleRoot() + "login.xhtml"), READY_TIMEOUT, logs);
        Readiness.await(URI.create(application.serverRoot() + "/health"), READY_TIMEOUT, logs);
        store.put(DeployedApplication.class, application);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DeployedApplication.class || type == SetupScript.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return context.getStore(NAMESPACE).get(type, type);
    }

    /**
     * The environment of asadmin and the script: none of the developer's own DOANTHE_* or AS_ADMIN_*
     * settings, which would override the test's, and the home and temporary folders of asadmin's
     * JVM (its client cache, ~/.gfclient) and of mktemp under target/.
     */
    private static Map<String, String> processEnvironment(Path work) {
        Path home = created(work.resolve("home"));
        Path tmp = created(work.resolve("tmp"));
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(name -> name.startsWith("DOANTHE_") || name.startsWith("AS_ADMIN_"));
        environment.put("AS_EXTRA_JAVA_OPTS", "-Duser.home=" + home + " -Djava.io.tmpdir=" + tmp);
        environment.put("TMPDIR", tmp.toString());
        return environment;
    }

    private static Path created(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh start every run: the database as a new installation gets it, and this run's logs only. */
    private static Path emptied(Path folder) {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
