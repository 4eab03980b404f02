package vn.doanthe.platform.boundary;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A refusal the user can act on. It carries a message key of the console's bundles (translated
 * where it is shown), its arguments, and the field it is about when there is one.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    protected DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        // An argument may be missing (a code the user left out): shown as empty, never a failure.
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** The input field the refusal is about, or {@code null}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.toArray();
    }
}
