package vn.doanthe.platform.access;

import java.util.Arrays;
import java.util.Set;

/**
 * Who issues a command: a signed-in user with their roles and scope (a territorial unit and the
 * organisations they serve; none means all), or the system itself during start-up tasks.
 */
public record Caller(Long userId, String username, Set<Role> roles, Long scopeUnitId, Set<Long> organisationIds,
                     String clientAddress) {

    public static final String SYSTEM_NAME = "system";

    public static Caller system() {
        return new Caller(null, SYSTEM_NAME, Set.of(), null, Set.of(), null);
    }

    public boolean isSystem() {
        return userId == null && SYSTEM_NAME.equals(username);
    }

    /** An auditor who is nothing else: reads everything, writes nothing. */
    public boolean readsOnly() {
        return roles.contains(Role.AUDITOR) && !roles.contains(Role.STAFF) && !roles.contains(Role.ADMIN);
    }

    public boolean hasAnyRole(Role... wanted) {
        return isSystem() || Arrays.stream(wanted).anyMatch(roles::contains);
    }
}
