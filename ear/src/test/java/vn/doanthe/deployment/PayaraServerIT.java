package vn.doanthe.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.Browser;

/**
 * Smoke tests of the EAR on the full Payara Server 6, deployed by the README's setup script: the
 * health check, the console, the API, one console page in a real browser, and the script run again.
 */
@ExtendWith(DeployedOnPayaraServer.class)
class PayaraServerIT {

    private static final String ORGANISATIONS = "/doanthe/api/v1/organisations";

    @Test
    void healthIsUpIncludingTheDatabaseCheck(DeployedApplication app) {
        Api.Reply reply = Api.anonymous(app.serverRoot()).get("/health");

        assertEquals(200, reply.status(), reply.body());
        JsonObject health = reply.json();
        assertEquals("UP", health.getString("status"), reply.body());
        List<String> upChecks = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> "UP".equals(check.getString("status"))).map(check -> check.getString("name")).toList();
        assertTrue(upChecks.contains("database"), "The database readiness check is not UP: " + reply.body());
    }

    @Test
    void loginPageShowsTheLoginForm(DeployedApplication app) throws IOException, InterruptedException {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(app.consoleRoot() + "login.xhtml")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"loginForm\""), page.body());
    }

    @Test
    void apiListsTheOrganisationsToTheAdministrator(DeployedApplication app) {
        Api.Reply reply = Api.as(app.serverRoot(), "admin", app.adminPassword()).get(ORGANISATIONS);

        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonArray organisations = assertInstanceOf(JsonArray.class, reply.structure(), reply.body());
        List<String> codes = organisations.stream().map(o -> o.asJsonObject().getString("code")).toList();
        assertTrue(codes.contains("HPN"), "No Hội Liên hiệp Phụ nữ (HPN) in " + codes);
    }

    @Test
    void apiRefusesAnonymousCallersWithAProblemDocument(DeployedApplication app) {
        Api.Reply reply = Api.anonymous(app.serverRoot()).get(ORGANISATIONS);

        assertEquals(401, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(401, reply.json().getInt("status"), reply.body());
    }

    @Test
    void setupScriptRunsAgainOnTheConfiguredDomain(SetupScript setupScript, DeployedApplication app) {
        String output = setupScript.configureOnly();

        for (String creation : List.of("create-jdbc-connection-pool", "create-jdbc-resource", "create-password-alias")) {
            assertFalse(output.contains("Command " + creation), "The second run ran " + creation + ":\n" + output);
        }
        assertTrue(output.contains("Command update-password-alias executed successfully"), output);
        Api.Reply reply = Api.as(app.serverRoot(), "admin", app.adminPassword()).get(ORGANISATIONS);
        assertEquals(200, reply.status(), "The API after the second run: " + reply.body());
    }

    @Test
    void administratorSeesTheAdministrativeUnitsTree(DeployedApplication app) {
        try (Browser browser = Browser.open(app.consoleRoot())) {
            browser.signIn("admin", app.adminPassword());
            assertFalse(browser.currentUrl().contains("login.xhtml"), "Still on the login page: " + browser.currentUrl());

            browser.go("territory/units.xhtml");
            By tree = By.id("treeForm:tree");
            browser.waitForText(tree, "Hà Nội");
            assertTrue(browser.text(tree).contains("Hà Nội"), browser.text(tree));
        }
    }
}
