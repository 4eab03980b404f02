package vn.doanthe.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;

/** What operations staff rely on: health, metrics, the OpenAPI document, and errors that are problems, not pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT extends ClientTest {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void healthIsUpWhileTheDatabaseAnswers() {
        Api.Reply health = anonymous().get("/health");
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().getString("status"));
        assertTrue(health.body().contains("\"database\""), health.body());
    }

    @Test
    void metricsAreServed() {
        Api.Reply metrics = anonymous().get("/metrics", "text/plain");
        assertEquals(200, metrics.status(), metrics.body());
        assertTrue(metrics.body().contains("jvm") || metrics.body().contains("base_"), metrics.body());
    }

    @Test
    void openApiDocumentDescribesTheTerritoryApi() {
        Api.Reply openapi = anonymous().get("/openapi");
        assertEquals(200, openapi.status(), openapi.body());
        assertTrue(openapi.body().contains("/territory/units"), openapi.body());
    }

    @Test
    void apiWithoutCredentialsIsAProblemWith401() {
        Api.Reply reply = anonymous().get("/doanthe/api/v1/organisations");
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(401, reply.json().getInt("status"));
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void wrongPasswordIsRefusedLikeNoPassword() {
        Api.Reply reply = Api.as(server(), Deployments.ADMIN, "wrong-password").get("/doanthe/api/v1/organisations");
        assertEquals(401, reply.status());
    }

    @Test
    void unknownApiPathIsAProblemWith404() {
        Api.Reply reply = admin().get("/doanthe/api/v1/no-such-thing");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    @Test
    void malformedJsonIsA400Problem() {
        Api.Reply reply = admin()
                .post("/doanthe/api/v1/territory/units", "{\"name\": ");
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(!reply.body().contains("Exception"), reply.body());
    }

    @Test
    void theSessionCookieIsHttpOnly() {
        Api.Reply login = anonymous().get("/doanthe/login.xhtml", "text/html");
        assertEquals(200, login.status());
        String cookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void consoleSendsAnonymousVisitorsToTheLoginPage() {
        Api.Reply reply = anonymous().get("/doanthe/index.xhtml");
        assertEquals(302, reply.status());
        assertTrue(reply.header("Location").contains("/doanthe/login.xhtml"), reply.header("Location"));
    }
}
