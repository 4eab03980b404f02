package vn.doanthe.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** What a client is told about a refused body, in its language. */
class BodyRefusedMapperTest {

    private static final List<String> KEYS = List.of("error.bodyTooLarge", "error.unreadableBody", "error.bodyNotObject",
            "validation.invalid", "validation.text", "validation.wholeNumber", "validation.range",
            "validation.trueOrFalse", "validation.list", "validation.nullInList", "validation.positive",
            "statistics.error.eligibleTooLarge");

    @Test
    void everyMessageOfTheReadingIsSaidInBothLanguages() {
        for (String language : List.of("vi", "en")) {
            ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", Locale.forLanguageTag(language));
            for (String key : KEYS) {
                assertTrue(bundle.containsKey(key), language + ": " + key);
            }
        }
    }

    @Test
    void everyFieldAtFaultIsNamedWithItsMessage() {
        Response response = BodyRefusedMapper.problem(BodyRefused.mistakes(List.of(
                new BodyRefused.Mistake("eligible", "validation.range"),
                new BodyRefused.Mistake("roles[1]", "validation.nullInList"))), acceptLanguage("en"));
        assertEquals(400, response.getStatus());
        JsonObject problem = json(response);
        assertEquals("The value is not valid.", problem.getString("detail"));
        assertEquals("eligible", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("The value is outside the allowed range.",
                problem.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("roles[1]", problem.getJsonArray("errors").getJsonObject(1).getString("field"));
        assertEquals("A list cannot hold null.", problem.getJsonArray("errors").getJsonObject(1).getString("message"));
    }

    @Test
    void aBodyTooLargeIs413NamingTheLimit() {
        Response response = BodyRefusedMapper.problem(BodyRefused.tooLarge(RequestBodyReader.MAX_BYTES), acceptLanguage("vi"));
        assertEquals(413, response.getStatus());
        JsonObject problem = json(response);
        assertEquals("Nội dung yêu cầu vượt quá giới hạn 1.048.576 byte.", problem.getString("detail"));
        assertTrue(!problem.containsKey("errors"), problem.toString());
    }

    private static JsonObject json(Response response) {
        assertEquals("application/problem+json", response.getMediaType().toString());
        try (var reader = Json.createReader(new StringReader((String) response.getEntity()))) {
            return reader.readObject();
        }
    }

    private static HttpHeaders acceptLanguage(String language) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return List.of(Locale.forLanguageTag(language));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
