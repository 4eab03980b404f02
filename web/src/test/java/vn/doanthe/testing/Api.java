package vn.doanthe.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of the running application's HTTP endpoints, as an API user would call them. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String root;
    private final String authorization;
    private final String language;

    private Api(String root, String authorization) {
        this(root, authorization, "vi");
    }

    private Api(String root, String authorization, String language) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.authorization = authorization;
        this.language = language;
    }

    /** The same client asking for answers in {@code language} (Accept-Language; Vietnamese by default). */
    public Api in(String language) {
        return new Api(root, authorization, language);
    }

    /** {@code root}: the server, e.g. http://localhost:8080 (the API is under /doanthe/api/v1). */
    public static Api as(String root, String username, String password) {
        return new Api(root, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A client presenting an API token ({@code Authorization: Bearer dt_…}) on every call. */
    public static Api withToken(String root, String token) {
        return new Api(root, "Bearer " + token);
    }

    public static Api anonymous(String root) {
        return new Api(root, null);
    }

    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The fields a problem response names in its errors. */
        public java.util.Set<String> fields() {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).collect(java.util.stream.Collectors.toSet());
        }
    }

    public Reply get(String path) {
        return send(builder(path).GET());
    }

    public Reply get(String path, String accept) {
        return send(builder(path).setHeader("Accept", accept).GET());
    }

    public Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A file as the API sends it: status, type, {@code Content-Disposition} and the bytes. */
    public record Download(int status, String contentType, String disposition, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(builder(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends a file as a browser form does: multipart/form-data, the file in the part {@code part}. */
    public Reply postFile(String path, String part, String fileName, String contentType, byte[] content) {
        String boundary = "----doanthe" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Any method, e.g. to show that one is refused; {@code json} may be null. */
    public Reply call(String method, String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Accept-Language", language);
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
