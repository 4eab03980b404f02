package vn.doanthe.platform.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller holding(Role... roles) {
        return new Caller(1L, "can-bo", Set.of(roles), null, Set.of(), "127.0.0.1");
    }

    @Test
    void aCallerIsWhatTheirRolesSay() {
        assertTrue(holding(Role.ADMIN, Role.PERSONAL_DATA).is(Role.PERSONAL_DATA));
        assertFalse(holding(Role.STAFF).is(Role.ADMIN));
        assertTrue(Caller.system().is(Role.ADMIN));
    }

    @Test
    void staffAndAdministratorsWrite() {
        assertTrue(holding(Role.STAFF).writes());
        assertTrue(holding(Role.ADMIN).writes());
        assertFalse(holding(Role.VIEWER, Role.AUDITOR, Role.PERSONAL_DATA).writes());
        assertTrue(Caller.system().writes());
    }

    @Test
    void onlyAnAuditorWhoNeitherWritesNorAdministersReadsOnly() {
        assertTrue(holding(Role.AUDITOR).readsOnly());
        assertTrue(holding(Role.AUDITOR, Role.VIEWER).readsOnly());
        assertFalse(holding(Role.AUDITOR, Role.STAFF).readsOnly());
        assertFalse(holding(Role.AUDITOR, Role.ADMIN).readsOnly());
        assertFalse(holding(Role.VIEWER).readsOnly());
        assertFalse(Caller.system().readsOnly());
    }
}
