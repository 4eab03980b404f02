package vn.doanthe.security.control;

import jakarta.ejb.ApplicationException;

/**
 * The directory (LDAP, AD) could not be asked: down, unreachable or too slow. Not a wrong
 * password: the user is told the directory is unavailable, and the attempt does not count
 * towards locking their name.
 */
@ApplicationException
public class DirectoryUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
