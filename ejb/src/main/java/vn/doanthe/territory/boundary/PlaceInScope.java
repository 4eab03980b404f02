package vn.doanthe.territory.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The territorial unit a list or a report is asked for, by its code (its {@code unit} parameter),
 * refused as missing outside the scope: the reports of every feature name their place this way.
 */
@Dependent
public class PlaceInScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminUnits adminUnits;

    /** The unit named by {@code code} (in force today, or on the day when it exists only then); null when none is named. */
    @Unguarded("a scope policy: it answers for the scope it is given, inside a boundary that checked its caller")
    public AdminUnit place(Scope scope, String code, LocalDate day) {
        if (code == null || code.isBlank()) {
            return null;
        }
        AdminUnit place = em.find(AdminUnit.class, adminUnits.findCurrentOrOn(code.trim(), day).id());
        scope.require(scope.coversPlace(place), "AdminUnit", code,
                () -> new RecordNotFound("unit", "territory.error.notFound", code));
        return place;
    }
}
