package vn.doanthe.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real LDAP server (UnboundID's in-memory directory) for the directory login, listening where
 * {@code DOANTHE_LDAP_URL} says, with the people and groups of {@code directory.ldif}. Payara Micro
 * reads the same DOANTHE_LDAP_* variables a production instance would.
 */
public class TestDirectory implements LauncherSessionListener {

    /** One per test JVM, started with the first launcher session. */
    private static InMemoryDirectoryServer server;

    /** Runs {@code during} while the directory does not answer (as when its server is down), then starts it again. */
    public static void outage(Runnable during) {
        server.shutDown(true);
        try {
            during.run();
        } finally {
            try {
                server.startListening();
            } catch (LDAPException e) {
                throw new IllegalStateException("The test directory did not start again", e);
            }
        }
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getenv("DOANTHE_LDAP_URL");
        if (url == null || server != null) {
            return;
        }
        try (InputStream ldif = TestDirectory.class.getResourceAsStream("/directory.ldif")) {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=vinhlong,dc=gov,dc=vn");
            // memberOf is written into the entries, as a directory server would compute it.
            config.setSchema(null);
            URI address = URI.create(url);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getByName(address.getHost()), address.getPort(), null));
            server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, new LDIFReader(ldif));
            server.startListening();
        } catch (LDAPException | IOException e) {
            throw new IllegalStateException("The test directory did not start at " + url, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.shutDown(true);
            server = null;
        }
    }
}
