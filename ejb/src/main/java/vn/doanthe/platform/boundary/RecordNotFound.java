package vn.doanthe.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A record that does not exist, or that the caller may not see: both are answered alike (HTTP 404)
 * so that nobody learns what lies outside their scope.
 */
@ApplicationException(rollback = true)
public class RecordNotFound extends DomainException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
