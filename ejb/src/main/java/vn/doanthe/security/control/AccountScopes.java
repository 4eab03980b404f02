package vn.doanthe.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The scope of the caller, from their account: the system and auditors (who write nothing) see
 * everything; a user without a territorial unit sees the whole installation; a user serving the
 * Fatherland Front (an umbrella organisation) serves every organisation in their territory.
 */
@ApplicationScoped
public class AccountScopes implements Scopes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Override
    public Scope current() {
        return of(callers.current());
    }

    @Override
    public Scope of(Caller caller) {
        if (caller.isSystem() || caller.readsOnly()) {
            return Scope.everything();
        }
        Set<Long> organisations = caller.organisationIds();
        // Found through the persistence context: asked once per command or import row, read once per transaction.
        if (organisations.stream().map(id -> em.find(Organisation.class, id))
                .anyMatch(o -> o != null && o.isUmbrella())) {
            organisations = Set.of();
        }
        if (caller.scopeUnitId() == null) {
            return Scope.of(caller.username(), null, null, organisations);
        }
        AdminUnit unit = em.find(AdminUnit.class, caller.scopeUnitId());
        // A scope whose unit has gone covers nothing rather than everything.
        return Scope.of(caller.username(), caller.scopeUnitId(), unit == null ? "/gone/" : unit.subtreePath(),
                organisations);
    }
}
