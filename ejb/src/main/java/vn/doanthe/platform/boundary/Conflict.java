package vn.doanthe.platform.boundary;

import jakarta.ejb.ApplicationException;

/** A change that collides with data already there (a duplicate code, an edit made meanwhile): HTTP 409. */
@ApplicationException(rollback = true)
public class Conflict extends DomainException {

    private static final long serialVersionUID = 1L;

    public Conflict(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
