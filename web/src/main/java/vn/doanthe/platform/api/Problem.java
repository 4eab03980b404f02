package vn.doanthe.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem response; field errors go in {@code errors: [{field, message}]}. */
public final class Problem {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private final int status;
    private final String title;
    private final String detail;
    private final JsonArrayBuilder errors = Json.createArrayBuilder();
    private boolean hasErrors;

    public Problem(Response.StatusType status, String detail) {
        this.status = status.getStatusCode();
        this.title = status.getReasonPhrase();
        this.detail = detail;
    }

    public Problem field(String field, String message) {
        JsonObjectBuilder error = Json.createObjectBuilder();
        if (field != null) {
            error.add("field", field);
        }
        errors.add(error.add("message", message));
        hasErrors = true;
        return this;
    }

    public Response response() {
        return Response.status(status).type(PROBLEM_JSON).entity(json()).build();
    }

    /** The body, for the few places outside JAX-RS that answer API clients (authentication). */
    public String json() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (hasErrors) {
            body.add("errors", errors);
        }
        return body.build().toString();
    }
}
