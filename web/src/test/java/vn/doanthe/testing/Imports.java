package vn.doanthe.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Member imports seen from the API: they run in the background, so tests wait for their state. */
public final class Imports {

    private Imports() {
    }

    /** The import once it has reached {@code state}; fails when it stops elsewhere or takes over 90 s. */
    public static JsonObject waitFor(Api api, int id, String state) {
        return waitFor(api, id, state, new ArrayList<>());
    }

    /** The same, keeping in {@code seen} what each look at the import answered. */
    public static JsonObject waitFor(Api api, int id, String state, List<JsonObject> seen) {
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            JsonObject now = api.get("/doanthe/api/v1/imports/" + id).json();
            seen.add(now);
            if (now.getString("state").equals(state)) {
                return now;
            }
            assertTrue(List.of("VALIDATING", "IMPORTING").contains(now.getString("state")), now.toString());
            assertTrue(System.currentTimeMillis() < deadline, "still " + now);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
