package vn.doanthe.cadre.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.entity.AdminUnit;

/** The territorial unit a cadre list or report is asked for, by its code, refused as missing outside the scope. */
@Dependent
public class PlaceFilter {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminUnits adminUnits;

    /** The unit named by {@code code} (in force today, or on the day when it exists only then); null when none is named. */
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
