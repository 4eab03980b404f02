package vn.doanthe.platform.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A request body refused before any resource saw it: too large, not JSON, not a JSON object, or
 * fields holding the wrong kind of value. A client's mistake, so it carries message keys rather
 * than text and no stack trace; {@link BodyRefusedMapper} answers it as a problem in the
 * client's language.
 */
public final class BodyRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field's mistake: the field as the client wrote it ({@code roles[2]}) and a message key. */
    public record Mistake(String field, String messageKey, Object... arguments) {
    }

    private final Response.Status status;
    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient List<Mistake> mistakes;

    private BodyRefused(Response.Status status, String messageKey, List<Mistake> mistakes, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.mistakes = List.copyOf(mistakes);
    }

    /** 413: the body is larger than {@code limit} bytes (or says it will be). */
    static BodyRefused tooLarge(int limit) {
        return new BodyRefused(Response.Status.REQUEST_ENTITY_TOO_LARGE, "error.bodyTooLarge", List.of(), limit);
    }

    /** 400: not JSON at all (or not UTF-8, or a name given twice in one object). */
    static BodyRefused unreadable() {
        return new BodyRefused(Response.Status.BAD_REQUEST, "error.unreadableBody", List.of());
    }

    /** 400: JSON, but an array, a string, a number... where the fields of an object were expected. */
    static BodyRefused notAnObject() {
        return new BodyRefused(Response.Status.BAD_REQUEST, "error.bodyNotObject", List.of());
    }

    /** 400: not an array where a list of objects was expected; the field named is the body. */
    static BodyRefused notAList() {
        return new BodyRefused(Response.Status.BAD_REQUEST, "error.bodyNotList",
                List.of(new Mistake("body", "error.bodyNotList")));
    }

    /** 400: every field whose value is of the wrong kind, said at once. */
    static BodyRefused mistakes(List<Mistake> mistakes) {
        return new BodyRefused(Response.Status.BAD_REQUEST, "validation.invalid", mistakes);
    }

    public Response.Status status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.toArray();
    }

    public List<Mistake> mistakes() {
        return mistakes == null ? List.of() : mistakes;
    }
}
