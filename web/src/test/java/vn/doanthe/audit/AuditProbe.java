package vn.doanthe.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.audit.boundary.FieldChange;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.security.entity.UserAccount;

/** Deployed with in-container audit tests only: reads the audit trail and names users as callers. */
@Stateless
public class AuditProbe {

    /** The client address the scenarios' commands come from (TEST-NET-3). */
    static final String CLIENT_ADDRESS = "203.0.113.9";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditEntries auditEntries;

    /** Each entry's changes with its personal values opened, as the trail's reader opens them (by entry id). */
    public Map<Long, List<FieldChange>> opened(List<AuditEntry> entries) {
        Map<Long, List<FieldChange>> opened = new HashMap<>();
        MutationContext.asSystem(() -> auditEntries.withPersonalData(entries))
                .forEach(view -> opened.put(view.id(), view.changes()));
        return opened;
    }

    public long lastEntryId() {
        Long last = em.createQuery("select max(a.id) from AuditEntry a", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** The entries written after {@code entryId}, in order. */
    public List<AuditEntry> after(long entryId) {
        return em.createQuery("select a from AuditEntry a where a.id > :id order by a.id", AuditEntry.class)
                .setParameter("id", entryId).getResultList();
    }

    public List<AuditEntry> ofEntity(String entityType, Long id) {
        return em.createNamedQuery("AuditEntry.forEntity", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", id.toString()).getResultList();
    }

    /** The id of the {@code entity} whose {@code attribute} has this value (a record a command answered without its id). */
    public Long idOf(String entity, String attribute, Object value) {
        return em.createQuery("select e.id from " + entity + " e where e." + attribute + " = :value", Long.class)
                .setParameter("value", value).getSingleResult();
    }

    public Long userId(String username) {
        return account(username).getId();
    }

    /** The user as the mutation path sees them when they call from {@link #CLIENT_ADDRESS}. */
    public Caller caller(String username) {
        UserAccount user = account(username);
        return new Caller(user.getId(), user.getUsername(), user.getRoles(), user.getScopeUnitId(),
                user.getOrganisationIds(), CLIENT_ADDRESS);
    }

    private UserAccount account(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getSingleResult();
    }
}
