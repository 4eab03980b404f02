package vn.doanthe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;

/**
 * The console served over HTTPS (Payara Micro's own listener, its self-signed certificate):
 * the browser is told to keep to HTTPS (HSTS) and the session cookie is {@code Secure}; over plain
 * HTTP neither, since HSTS sent there would be ignored and a Secure cookie never sent back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpsIT extends ClientTest {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void overHttpsTheConsoleSendsHstsAndASecureSessionCookie() throws Exception {
        HttpURLConnection page = open(URI.create("https://" + base.getHost() + ":"
                + System.getProperty("doanthe.test.https.port") + "/doanthe/login.xhtml"));
        assertEquals(200, page.getResponseCode());
        assertEquals("max-age=31536000", page.getHeaderField("Strict-Transport-Security"));
        String cookie = sessionCookie(page.getHeaderFields().get("Set-Cookie"));
        assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);

        HttpURLConnection plain = open(URI.create(server() + "/doanthe/login.xhtml"));
        assertEquals(200, plain.getResponseCode());
        assertNull(plain.getHeaderField("Strict-Transport-Security"));
        assertTrue(!sessionCookie(plain.getHeaderFields().get("Set-Cookie")).contains("Secure"));
    }

    private static String sessionCookie(List<String> cookies) {
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }

    /** A connection that takes the test server's self-signed certificate (for this test only). */
    private static HttpURLConnection open(URI address) throws IOException, GeneralSecurityException {
        HttpURLConnection connection = (HttpURLConnection) address.toURL().openConnection();
        if (connection instanceof HttpsURLConnection https) {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new TrustingEveryCertificate()}, null);
            https.setSSLSocketFactory(tls.getSocketFactory());
            https.setHostnameVerifier((host, session) -> true);
        }
        connection.setInstanceFollowRedirects(false);
        return connection;
    }

    private static final class TrustingEveryCertificate implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // not asked: the client presents no certificate
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // the test server's self-signed certificate, on this machine
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
