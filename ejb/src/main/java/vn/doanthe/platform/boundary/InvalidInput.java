package vn.doanthe.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that breaks a rule of the domain: HTTP 400, or a message next to the field. */
@ApplicationException(rollback = true)
public class InvalidInput extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /** The mistakes this refusal names: itself, or each of several (see {@link Refusals}). */
    public List<InvalidInput> each() {
        return List.of(this);
    }
}
