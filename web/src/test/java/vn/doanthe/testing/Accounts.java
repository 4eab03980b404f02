package vn.doanthe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** User accounts opened by the administrator through the API, for tests that act as someone else. */
public final class Accounts {

    public static final String PASSWORD = "Phuongnam2026";

    private Accounts() {
    }

    /**
     * A new account that need not change its password, with these roles, scope unit (null for the
     * whole installation) and organisation codes (empty for all); its user name.
     */
    public static String open(Api admin, List<String> roles, String scopeUnit, List<String> organisations) {
        return open(admin, roles, scopeUnit, organisations, null);
    }

    /** As {@link #open(Api, List, String, List)}, with the e-mail address reminders are mailed to. */
    public static String open(Api admin, List<String> roles, String scopeUnit, List<String> organisations, String email) {
        String username = "u" + Deployments.unique().toLowerCase();
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        roles.forEach(roleArray::add);
        JsonArrayBuilder organisationArray = Json.createArrayBuilder();
        organisations.forEach(organisationArray::add);
        JsonObjectBuilder account = Json.createObjectBuilder().add("username", username)
                .add("displayName", "Cán bộ " + username).add("password", PASSWORD).add("roles", roleArray)
                .add("organisations", organisationArray).add("mustChangePassword", false);
        if (scopeUnit != null) {
            account.add("scopeUnit", scopeUnit);
        }
        if (email != null) {
            account.add("email", email);
        }
        Api.Reply created = admin.post("/doanthe/api/v1/users", account.build().toString());
        assertEquals(201, created.status(), created.body());
        return username;
    }

    /** An API client signed in as a new account (see {@link #open}). */
    public static Api client(String server, Api admin, List<String> roles, String scopeUnit, List<String> organisations) {
        return Api.as(server, open(admin, roles, scopeUnit, organisations), PASSWORD);
    }
}
