package vn.doanthe.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.access.Role;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.boundary.NewHamlet;
import vn.doanthe.territory.entity.AdminUnitType;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Probe;

/**
 * Runs inside the server: every change passes the mutation path, which records it in the audit
 * trail in the same transaction, and no change can go around it.
 */
@ExtendWith(ArquillianExtension.class)
class MutationPathIT {

    @Deployment
    static WebArchive application() {
        return Deployments.warWith(MutationPathIT.class, Deployments.class, Probe.class);
    }

    @Inject
    AdminUnits units;

    @Inject
    Probe probe;

    @Inject
    AuditEntries auditEntries;

    @Test
    void aCommandIsRecordedFieldByFieldInTheAuditTrail() {
        String name = "Ấp Nhật Ký " + Deployments.unique();
        AdminUnitView hamlet = MutationContext.asSystem(
                () -> units.addHamlet(new NewHamlet("29254", name, AdminUnitType.AP, null, null)));

        List<AuditEntry> entries = entriesOf(hamlet.id());
        assertEquals(1, entries.size());
        AuditEntry created = entries.get(0);
        assertEquals("CREATE", created.getAction());
        assertEquals("system", created.getUsername());
        assertEquals("AdminUnits.addHamlet", created.getCommand());
        assertTrue(created.getChanges().contains("\"field\":\"name\""), created.getChanges());
        assertTrue(created.getChanges().contains(name), created.getChanges());

        MutationContext.asSystem(() -> units.rename(hamlet.code(), name + " Mới", VietnamTime.today().plusDays(1), "thử"));
        AuditEntry renamed = entriesOf(hamlet.id()).get(1);
        assertEquals("UPDATE", renamed.getAction());
        assertEquals("thử", renamed.getReason());
        assertTrue(renamed.getChanges().contains("\"old\":\"" + name + "\""), renamed.getChanges());
        assertTrue(renamed.getChanges().contains("\"new\":\"" + name + " Mới\""), renamed.getChanges());
    }

    @Test
    void aChangeOutsideTheMutationPathIsRefused() {
        Exception refused = assertThrows(Exception.class, () -> probe.closeUnitBypassingTheMutationPath("29254"));
        assertTrue(causedBy(refused, IllegalStateException.class), refused.toString());
        assertNull(MutationContext.asSystem(() -> units.find("29254", null)).validTo());
    }

    @Test
    void aRefusedCommandLeavesNeitherChangesNorAuditEntries() {
        String name = "Ấp Hoàn Tác " + Deployments.unique();
        AdminUnitView hamlet = MutationContext.asSystem(
                () -> units.addHamlet(new NewHamlet("29254", name, AdminUnitType.AP, null, null)));
        // The first unit is closed before the second code turns out not to exist: all of it must roll back.
        assertThrows(InvalidInput.class, () -> MutationContext.asSystem(() ->
                units.merge(List.of(hamlet.code(), "no-such-code"), "29254.01", VietnamTime.today().plusDays(2), null)));
        assertNull(MutationContext.asSystem(() -> units.find(hamlet.code(), null)).validTo());
        assertEquals(1, entriesOf(hamlet.id()).size());
    }

    @Test
    void aCommandWithoutASignedInUserIsRefused() {
        assertThrows(AccessDenied.class,
                () -> units.addHamlet(new NewHamlet("29254", "Ấp Vô Danh", AdminUnitType.AP, null, null)));
    }

    /**
     * The declarative backstop of reads: a boundary method that checks nothing itself
     * ({@code AuditEntries.checkUnit}) is still refused to a role its {@code @Reading} does not name,
     * and every read to a caller nobody signed in as.
     */
    @Test
    void aReadIsRefusedToARoleItsBoundaryDoesNotNameAndToNobody() {
        Caller viewer = new Caller(-1L, "nguoixem", Set.of(Role.VIEWER), null, Set.of(), null);
        assertThrows(AccessDenied.class, () -> MutationContext.onBehalfOf(viewer, () -> {
            auditEntries.checkUnit("29254");
            return null;
        }));
        Caller auditor = new Caller(-2L, "kiemtra", Set.of(Role.AUDITOR), null, Set.of(), null);
        MutationContext.onBehalfOf(auditor, () -> {
            auditEntries.checkUnit("29254");
            return null;
        });
        AccessDenied nobody = assertThrows(AccessDenied.class, () -> units.find("29254", null));
        assertEquals("error.notAuthenticated", nobody.messageKey());
    }

    private List<AuditEntry> entriesOf(Long id) {
        return probe.auditEntries("AdminUnit", id);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
