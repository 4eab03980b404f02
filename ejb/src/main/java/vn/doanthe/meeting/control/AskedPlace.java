package vn.doanthe.meeting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The territorial unit a report of meetings is asked for: the one named (in the caller's scope, 404
 * otherwise), or the caller's own unit when none is; an account of the whole installation names one.
 */
@Dependent
public class AskedPlace {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    PlaceInScope places;

    public AdminUnit of(Scope scope, String unit, LocalDate today) {
        if (unit == null || unit.isBlank()) {
            Long own = callers.current().scopeUnitId();
            if (own == null) {
                throw new InvalidInput("unit", "validation.required");
            }
            return em.find(AdminUnit.class, own);
        }
        return places.place(scope, unit, today);
    }
}
