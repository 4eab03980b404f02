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

    /** Holds one of the roles (the system, running start-up tasks, holds them all). */
    public boolean hasAnyRole(Role... wanted) {
        return isSystem() || Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Holds the role (the system holds them all). */
    public boolean is(Role role) {
        return hasAnyRole(role);
    }

    /** Changes records in their scope: staff or an administrator. */
    public boolean writes() {
        return hasAnyRole(Role.ADMIN, Role.STAFF);
    }

    /** An auditor who neither writes nor administers: reads everything, changes nothing. */
    public boolean readsOnly() {
        return is(Role.AUDITOR) && !writes();
    }
}
