package vn.doanthe.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployments of the integration tests: always the real WAR the build produced. */
public final class Deployments {

    /** The context root Payara Micro gives the WAR: its file name (web/pom.xml's finalName). */
    public static final String CONTEXT_ROOT = "doanthe";

    public static final String ADMIN = "admin";
    /** Set for the tests by the build (DOANTHE_ADMIN_PASSWORD in web/pom.xml). */
    public static final String ADMIN_PASSWORD = System.getenv().getOrDefault("DOANTHE_ADMIN_PASSWORD", "Admin@12345");

    private Deployments() {
    }

    /** The WAR as built, for tests that call it from outside. */
    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("doanthe.war")));
    }

    /**
     * The WAR as built plus the test classes that run inside the server. Arquillian's test runner
     * servlet is opened to anonymous calls (an exact URL pattern beats the console's {@code /*}
     * constraint); nothing else of the WAR changes.
     */
    public static WebArchive warWith(Class<?>... testClasses) {
        WebArchive war = war().addClasses(testClasses);
        String webXml = read(war.get("WEB-INF/web.xml").getAsset());
        String runner = """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>Arquillian test runner</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-app>""";
        return war.setWebXML(new StringAsset(webXml.replace("</web-app>", runner)));
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A suffix that keeps names created by one test run apart from those of another. */
    public static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** The same as a word of letters only, for names (a name's words are letters). */
    public static String uniqueLetters() {
        StringBuilder word = new StringBuilder("Q");
        for (char c : unique().toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return word.toString();
    }
}
