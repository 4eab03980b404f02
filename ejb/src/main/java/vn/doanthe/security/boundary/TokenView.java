package vn.doanthe.security.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An API token as lists show it: never its secret, which only {@code token} of a token just
 * created carries, that once.
 */
public record TokenView(long id, String username, String name, String prefix, LocalDateTime createdAt,
                        String createdBy, LocalDate expiresOn, LocalDateTime revokedAt, boolean valid, String token)
        implements Serializable {
}
