package vn.doanthe.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.doanthe.audit.control.AuditMasks;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.security.control.Scopes;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * What every view of the trail (search, export, a record as on a day, a reveal) reads through: the
 * reader's query within their scope, and the masks of personal data.
 */
@ApplicationScoped
class AuditReading {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    /** The query's conditions within the reader's scope (a scoped administrator reads their territory's entries). */
    AuditFilter filter(AuditQuery query) {
        return AuditFilter.of(query, unitSubtree(query.unit()), scopes.current());
    }

    /** How personal data is masked in the entries of each entity type. */
    AuditMasks masks() {
        return AuditMasks.of(em.getMetamodel());
    }

    /**
     * The subtree path of the territorial unit in force today with this code, under which the
     * entries concerning it or a unit below it lie; null when no code is given.
     */
    String unitSubtree(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.trim();
        return em.createNamedQuery("AdminUnit.byCodeOn", AdminUnit.class).setParameter("code", trimmed)
                .setParameter("day", VietnamTime.today()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInput("unit", "territory.error.notFound", trimmed)).subtreePath();
    }
}
