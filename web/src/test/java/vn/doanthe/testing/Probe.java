package vn.doanthe.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.territory.entity.AdminUnit;

/** Deployed with in-container tests only: looks at the database and tries what the application must refuse. */
@Stateless
public class Probe {

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> auditEntries(String entityType, Long id) {
        return em.createNamedQuery("AuditEntry.forEntity", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", id.toString()).getResultList();
    }

    /** Changes a unit directly through JPA, as a careless boundary would: the mutation path must refuse it. */
    public void closeUnitBypassingTheMutationPath(String code) {
        AdminUnit unit = em.createNamedQuery("AdminUnit.byCodeOn", AdminUnit.class)
                .setParameter("code", code).setParameter("day", VietnamTime.today()).getSingleResult();
        unit.closeAfter(VietnamTime.today());
        em.flush();
    }
}
