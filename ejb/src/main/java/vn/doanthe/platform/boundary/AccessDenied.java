package vn.doanthe.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The caller is known but their role does not allow the command: HTTP 403. */
@ApplicationException(rollback = true)
public class AccessDenied extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
